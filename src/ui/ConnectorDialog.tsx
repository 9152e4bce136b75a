import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteConnector, updateConnector, type Connector } from '../model';
import { editorStore, useEditor } from '../store/editorStore';
import { Dialog } from './Dialog';

/** Label, kind and deletion of one connector. */
export function ConnectorDialog({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useTranslation();
  const connector = useEditor((s) => s.board?.connectors.find((c) => c.id === id));
  const [label, setLabel] = useState(connector?.label ?? '');
  const [kind, setKind] = useState<NonNullable<Connector['kind']>>(connector?.kind ?? 'flow');
  if (!connector) return null;
  return (
    <Dialog title={t('connector.title')} onClose={onClose}>
      <form onSubmit={(e) => {
        e.preventDefault();
        editorStore.getState().apply((b) => updateConnector(b, id, { label, kind: kind === 'flow' ? undefined : kind }));
        onClose();
      }}>
        <div className="field">
          <label htmlFor="connector-label">{t('connector.label')}</label>
          <input id="connector-label" value={label} onChange={(e) => setLabel(e.target.value)} autoFocus />
        </div>
        <div className="field">
          <label htmlFor="connector-kind">{t('connector.kind')}</label>
          <select id="connector-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="flow">{t('connector.flow')}</option>
            <option value="dependency">{t('connector.dependency')}</option>
          </select>
        </div>
        <div className="dialog-actions">
          <button type="button" className="danger" onClick={() => { editorStore.getState().apply((b) => deleteConnector(b, id)); onClose(); }}>{t('connector.delete')}</button>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="primary">{t('common.save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
