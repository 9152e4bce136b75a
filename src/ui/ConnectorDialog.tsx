import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteConnector, updateConnector } from '../model';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { Dialog, SaveActions } from './Dialog';
import { ConnectorKindField, type ConnectorKind } from './ConnectorKindField';

/** Label, kind and deletion of one connector. */
export function ConnectorDialog({ id, onClose }: { id: string; onClose(): void }) {
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  const connector = useEditorStore((s) => s.board?.connectors.find((c) => c.id === id));
  const [label, setLabel] = useState(connector?.label ?? '');
  const [kind, setKind] = useState<ConnectorKind>(connector?.kind ?? 'flow');
  if (!connector) return null;
  return (
    <Dialog title={t('connector.title')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          store.getState().apply((b) => updateConnector(b, id, { label, kind: kind === 'flow' ? undefined : kind }));
          onClose();
        }}
      >
        <div className="field">
          <label htmlFor="connector-label">{t('connector.label')}</label>
          <input id="connector-label" value={label} onChange={(e) => setLabel(e.target.value)} autoFocus />
        </div>
        <ConnectorKindField value={kind} onChange={setKind} />
        <SaveActions onCancel={onClose}>
          <button
            type="button"
            className="danger"
            onClick={() => {
              store.getState().apply((b) => deleteConnector(b, id));
              onClose();
            }}
          >
            {t('connector.delete')}
          </button>
        </SaveActions>
      </form>
    </Dialog>
  );
}
