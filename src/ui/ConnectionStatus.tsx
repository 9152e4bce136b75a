import { useTranslation } from 'react-i18next';
import { serverReason } from './serverReason';
import { useEditorStore } from '../store/EditorStoreContext';

/**
 * How a shared board's link to the server is, beside the save state (announced politely; not
 * a second role=status, which is the save state's): connected, offline with changes kept
 * here, reconnecting, or the server's reason for refusing. Nothing for a board not shared.
 */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const connection = useEditorStore((s) => s.connection);
  const readOnly = useEditorStore((s) => s.readOnly);
  const canComment = useEditorStore((s) => s.canComment);
  const refused = useEditorStore((s) => s.refusedEdits);
  const newer = useEditorStore((s) => s.newerFormat);
  const invalid = useEditorStore((s) => s.invalidChanges);
  const files = useEditorStore((s) => s.files);
  const invalidNote = invalid > 0 && (
    <span className="connection refused" aria-live="polite">
      {t('share.invalidChanges', { count: invalid })}
    </span>
  );
  if (newer)
    return (
      <span className="connection refused" aria-live="polite">
        {t('share.newerFormat')}
      </span>
    );
  if (!connection) return invalidNote || null;
  const text =
    connection.state === 'connected'
      ? t('share.connected')
      : connection.state === 'connecting'
        ? t('share.connecting')
        : connection.state === 'reconnecting'
          ? t('share.reconnecting')
          : connection.state === 'offline'
            ? t('share.offline')
            : serverReason(t, connection.reason);
  return (
    <span className={`connection ${connection.state}`}>
      <span aria-live="polite">{text}</span>
      {readOnly && <span className="view-only">{t(canComment ? 'share.commentOnly' : 'share.viewOnly')}</span>}
      {/* Said again at each refused key, so a screen reader hears it each time. */}
      {readOnly && refused > 0 && (
        <span className="connection-note" aria-live="polite" key={refused}>
          {t(canComment ? 'share.cannotEditComment' : 'share.cannotEditView')}
        </span>
      )}
      {files && (files.waiting > 0 || files.refused) && (
        <span className={`connection-note${files.refused ? ' refused' : ''}`} aria-live="polite">
          {files.refused ? serverReason(t, files.refused) : t('share.filesWaiting', { count: files.waiting })}
        </span>
      )}
      {invalidNote}
    </span>
  );
}

/** The other people on the shared board now, each in their colour. */
export function PeopleHere() {
  const { t } = useTranslation();
  const peers = useEditorStore((s) => s.peers);
  const shared = useEditorStore((s) => s.connection !== null);
  if (!shared) return null;
  return (
    <ul className="people" aria-label={t('share.people')}>
      {peers.map((p) => (
        <li key={p.id}>
          <span className="person-dot" style={{ background: p.color }} aria-hidden="true" />
          {p.name}
        </li>
      ))}
      {!peers.length && <li className="hint">{t('share.alone')}</li>}
    </ul>
  );
}
