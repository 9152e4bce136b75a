import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRepository } from '../persistence';
import { joinSharedBoard, type JoinResult } from '../session/share/join';
import { errorText } from './failureText';
import { boardHref, libraryHref } from './routes';
import { serverReason } from './serverReason';

type Choice = Extract<JoinResult, { ok: 'choose' }>;

/**
 * Where a shared board's link lands: the board is fetched (or found) and opened. A link to a
 * board this browser already has asks whether to connect that board to it or add a copy; a
 * storage or network error is said in words, with the way back to the boards.
 */
export function JoinPage({ repo, room, server, secret }: { repo: BoardRepository; room: string; server: string; secret: string }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [choice, setChoice] = useState<Choice | null>(null);
  // The server answered but the board is still on its way from its owner's browser.
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    let live = true;
    joinSharedBoard(repo, { server, room, key: secret }, () => live && setWaiting(true)).then(
      (result) => {
        if (!live) return;
        if (result.ok === 'choose') setChoice(result);
        else if (result.ok) window.location.replace(boardHref(result.id));
        else setFailure(result.reason ? serverReason(t, result.reason) : result.notYet ? t('share.notYet') : t('share.unreachable', { server }));
      },
      (e: unknown) => live && setFailure(t('share.joinFailed', { message: errorText(t, e) })),
    );
    return () => void (live = false);
  }, [repo, room, server, secret, t]);
  const decide = (pick: () => Promise<string>) =>
    pick().then(
      (id) => window.location.replace(boardHref(id)),
      (e: unknown) => setFailure(t('share.joinFailed', { message: errorText(t, e) })),
    );
  return (
    <main className="centered">
      {failure ? (
        <div role="alert" className="error">
          <p>{failure}</p>
          <p>
            <a href={libraryHref}>{t('editor.allBoards')}</a>
          </p>
        </div>
      ) : choice ? (
        <section aria-labelledby="join-choice" className="join-choice">
          <h1 id="join-choice">{t('share.alreadyHere', { title: choice.existing.title })}</h1>
          <p>
            {choice.reconnect ? t('share.alreadyHereBody', { server }) : t('share.alreadySharedElsewhere', { server, current: choice.sharedThrough })}
          </p>
          <div className="dialog-actions">
            <a href={libraryHref}>{t('editor.allBoards')}</a>
            <button type="button" className={choice.reconnect ? undefined : 'primary'} onClick={() => void decide(choice.addCopy)}>
              {t('share.addCopy')}
            </button>
            {choice.reconnect && (
              <button type="button" className="primary" onClick={() => void decide(choice.reconnect!)}>
                {t('share.reconnect')}
              </button>
            )}
          </div>
        </section>
      ) : (
        <p role="status">{t(waiting ? 'share.waitingForBoard' : 'share.joining')}</p>
      )}
    </main>
  );
}
