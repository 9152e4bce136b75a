import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFile } from './backup';
import { backupReminder, requestPersistence, storageState, type StorageState } from '../persistence/storage';
import type { BoardRepository } from '../persistence';
import { downloadBlob, fileName } from './download';
import { formatBytes } from './formatBytes';

/** Whether the browser keeps the boards for good, and how much room they take. `version` re-reads it. */
export function StorageStatus({ version, repo }: { version: number; repo: BoardRepository }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<StorageState | null>(null);
  const [blobs, setBlobs] = useState<{ count: number; bytes: number } | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    void storageState().then(setState, () => setState(null));
    void repo.blobs.usage().then(setBlobs, () => setBlobs(null));
  }, [version, asked, repo]);
  if (!state) return null;
  return (
    <section className="storage-status" aria-label={t('storage.title')}>
      <span>{state.persistent ? t('storage.persistent') : t('storage.evictable')}</span>
      {state.usage !== undefined && <span> · {t('storage.used', { used: formatBytes(state.usage, i18n.language) })}</span>}
      {!!blobs?.count && <span> · {t('storage.blobs', { count: blobs.count, size: formatBytes(blobs.bytes, i18n.language) })}</span>}
      {!state.persistent && (
        <>
          {' '}
          <button type="button" onClick={() => void requestPersistence().then(() => setAsked((n) => n + 1))}>
            {t('storage.keep')}
          </button>
        </>
      )}
    </section>
  );
}

/** A gentle reminder to back up when boards changed since a backup a week or more ago. */
export function BackupReminder({ repo }: { repo: BoardRepository }) {
  const { t } = useTranslation();
  const [due, setDue] = useState(false);
  useEffect(() => {
    void backupReminder(repo).then(setDue, () => setDue(false));
  }, [repo]);
  if (!due) return null;
  const backUp = async () => {
    const file = await backupFile(repo);
    downloadBlob(fileName(t('export.backupName'), file.extension), file.blob);
    await repo.settings.set('backupLast', new Date().toISOString());
    setDue(false);
  };
  return (
    <div role="status" className="notice">
      {t('backup.reminder')}{' '}
      <button type="button" onClick={() => void backUp()}>
        {t('backup.now')}
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          // Hidden once stored: a reload right after the click must not bring it back.
          void repo.settings.set('backupDismissed', new Date().toISOString()).finally(() => setDue(false));
        }}
      >
        {t('backup.later')}
      </button>
    </div>
  );
}
