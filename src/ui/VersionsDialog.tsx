import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRepository, LibraryEntry } from '../persistence';
import type { VersionEntry } from '../persistence/boardRepository';
import { Dialog } from './Dialog';
import { useVersionTime, VersionList } from './VersionList';

/**
 * A board's versions, from the library: how a board that no longer opens is brought back. Each
 * version can be restored as a new board; the damaged board itself stays as it is (its raw
 * content can still be downloaded).
 */
export function VersionsDialog({
  repo,
  entry,
  onClose,
  onRestored,
}: {
  repo: BoardRepository;
  entry: LibraryEntry;
  onClose(): void;
  onRestored(title: string): void;
}) {
  const { t } = useTranslation();
  const [versions, setVersions] = useState<VersionEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => void repo.versions.list(entry.id).then(setVersions), [repo, entry.id]);
  const time = useVersionTime();
  const restore = async (v: VersionEntry) => {
    const copy = await repo.restoreAsCopy(v.id, (title) => t('history.copyTitle', { title }));
    if (!copy) return setFailed(true);
    onRestored(copy.title);
  };
  return (
    <Dialog title={t('library.versionsOf', { title: entry.title || t('library.untitled') })} onClose={onClose}>
      <VersionList
        rows
        versions={versions}
        item={(v, name) => (
          <>
            <span>
              <strong>{name}</strong> {time(v.createdAt)} <span className="hint">{t('history.cards', { count: v.cards })}</span>
            </span>
            <button type="button" aria-label={t('library.restoreVersion', { time: time(v.createdAt) })} onClick={() => void restore(v)}>
              {t('history.restoreAsCopy')}
            </button>
          </>
        )}
      />
      {failed && <p role="alert">{t('history.unreadable')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
