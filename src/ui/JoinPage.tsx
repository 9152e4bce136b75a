import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRepository } from '../persistence';
import { joinSharedBoard } from '../session/join';
import { errorMessage } from '../persistence/autosave';
import { boardHref, libraryHref } from './routes';

/** Where a shared board's link lands: the board is fetched (or found) and opened. */
export function JoinPage({ repo, room, server, secret }: { repo: BoardRepository; room: string; server: string; secret: string }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    joinSharedBoard(repo, { server, room, key: secret }).then(
      (result) => {
        if (!live) return;
        if (result.ok) window.location.replace(boardHref(result.id));
        else setFailure(result.reason ?? t('share.unreachable', { server }));
      },
      (e: unknown) => live && setFailure(errorMessage(e)),
    );
    return () => void (live = false);
  }, [repo, room, server, secret, t]);
  return (
    <main className="centered">
      {failure ? (
        <div role="alert" className="error">
          <p>{failure}</p>
          <p>
            <a href={libraryHref}>{t('editor.allBoards')}</a>
          </p>
        </div>
      ) : (
        <p role="status">{t('share.joining')}</p>
      )}
    </main>
  );
}
