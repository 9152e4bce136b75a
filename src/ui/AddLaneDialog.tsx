import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLane, newId, type LaneKind } from '../model';
import { useEditorStoreApi } from '../store/EditorStoreContext';
import { Dialog } from './Dialog';
import { LaneKindSelect } from './LaneKindSelect';

/** Choose a lane kind and name; the lane goes below the selected lane (or the one the cursor is in), else at the bottom. */
export function AddLaneDialog({ onClose }: { onClose(): void }) {
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  const [kind, setKind] = useState<LaneKind>('text');
  const [name, setName] = useState<string | null>(null);
  const shownName = name ?? t(`laneKind.${kind}`);
  return (
    <Dialog title={t('editor.addLane')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const { cursor, board, header } = store.getState();
          const laneId = header?.kind === 'lane' ? header.id : cursor?.laneId;
          const after = board?.lanes.findIndex((l) => l.id === laneId) ?? -1;
          const id = newId('ln_');
          store.getState().apply((b) => addLane(b, { id, kind, name: shownName, index: after >= 0 ? after + 1 : undefined }));
          store.getState().selectHeader({ kind: 'lane', id });
          onClose();
        }}
      >
        <div className="field">
          <label htmlFor="lane-kind">{t('lane.kind')}</label>
          <LaneKindSelect id="lane-kind" value={kind} onChange={setKind} autoFocus />
        </div>
        <div className="field">
          <label htmlFor="lane-name">{t('lane.name')}</label>
          <input id="lane-name" value={shownName} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('lane.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
