import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearEmotion, curveOf, setEmotion, type Curve } from '../model';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { Dialog, SaveActions } from './Dialog';

/** The "why" of one emotion point (e.g. "queue at the counter"), or removing the point (a gap). */
export function EmotionNoteDialog({ personaId, stepId, curve, onClose }: { personaId: string; stepId: string; curve: Curve; onClose(): void }) {
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  const point = useEditorStore((s) => s.board?.emotions.find((e) => e.personaId === personaId && e.stepId === stepId && curveOf(e) === curve));
  const [note, setNote] = useState(point?.note ?? '');
  return (
    <Dialog title={t('emotion.note')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          store.getState().apply((b) => setEmotion(b, { personaId, stepId, curve, score: point?.score ?? 0, note }));
          onClose();
        }}
      >
        <div className="field">
          <label htmlFor="emotion-note">{t('emotion.noteLabel')}</label>
          <textarea id="emotion-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
        </div>
        <SaveActions onCancel={onClose}>
          {point && (
            <button
              type="button"
              className="danger"
              onClick={() => {
                store.getState().apply((b) => clearEmotion(b, personaId, stepId, curve));
                onClose();
              }}
            >
              {t('emotion.clear')}
            </button>
          )}
        </SaveActions>
      </form>
    </Dialog>
  );
}
