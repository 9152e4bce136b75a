import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionEntry } from '../persistence/boardRepository';

/** A version's time as the user's language writes it. */
export function useVersionTime() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string) => format.format(new Date(iso));
}

/**
 * A board's versions, newest first (or that they are being read, or that there are none yet),
 * each drawn by `item` with its name: the one it was given, or why it was kept.
 */
export function VersionList({
  versions,
  item,
  rows,
}: {
  versions: VersionEntry[] | null;
  item(v: VersionEntry, name: string): ReactNode;
  /** Each version as a row: its name and time, then its own buttons. */
  rows?: boolean;
}) {
  const { t } = useTranslation();
  if (versions === null) return <p>{t('history.loading')}</p>;
  if (!versions.length) return <p>{t('history.none')}</p>;
  return (
    <ul aria-label={t('history.versions')} className={rows ? 'history-list version-rows' : 'history-list'}>
      {versions.map((v) => (
        <li key={v.id}>{item(v, v.reason === 'named' && v.name ? v.name : t(`history.reasons.${v.reason}`))}</li>
      ))}
    </ul>
  );
}
