import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPersona, deletePersona, setToBeCurve, updatePersona, type Persona } from '../model';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { ConfirmDialog } from './ConfirmDialog';

/** One empty list, so a selector without a board returns a stable value. */
const NONE: never[] = [];

/**
 * Personas of the journey layer: name, colour, description, to-be curve (added, shown or hidden,
 * deleted after a question); deleting a persona takes its emotion points along (undoable).
 */
export function PersonasPanel() {
  const store = useEditorStoreApi();
  const { endBurst } = store.getState();
  const { t } = useTranslation();
  const personas = useEditorStore((s) => s.board?.personas ?? NONE);
  const emotions = useEditorStore((s) => s.board?.emotions ?? NONE);
  // View only: the fields show (disabled by the side panel); the buttons that add or delete do not.
  const readOnly = useEditorStore((s) => s.readOnly);
  const [deleting, setDeleting] = useState<Persona | null>(null);
  const [deletingToBe, setDeletingToBe] = useState<Persona | null>(null);
  const toBeCount = (personaId: string) => emotions.filter((e) => e.personaId === personaId && e.curve === 'to-be').length;
  const apply = store.getState().apply;
  return (
    <section className="personas" aria-labelledby="personas-heading">
      <h2 id="personas-heading">{t('persona.title')}</h2>
      <ul>
        {personas.map((p) => (
          <li key={p.id} className="persona">
            <div className="persona-row">
              <input
                type="color"
                aria-label={t('persona.color', { name: p.name })}
                value={p.color}
                onChange={(e) => apply((b) => updatePersona(b, p.id, { color: e.target.value }), { merge: `persona-color:${p.id}` })}
                onBlur={endBurst}
              />
              <input
                aria-label={t('persona.name')}
                value={p.name}
                onChange={(e) => apply((b) => updatePersona(b, p.id, { name: e.target.value }), { merge: `persona-name:${p.id}` })}
                onBlur={endBurst}
              />
              {!readOnly && (
                <button type="button" className="icon" aria-label={t('persona.delete', { name: p.name })} onClick={() => setDeleting(p)}>
                  ×
                </button>
              )}
            </div>
            <textarea
              aria-label={t('persona.description', { name: p.name })}
              rows={2}
              value={p.description ?? ''}
              placeholder={t('persona.descriptionHint')}
              onChange={(e) => apply((b) => updatePersona(b, p.id, { description: e.target.value || undefined }), { merge: `persona-desc:${p.id}` })}
              onBlur={endBurst}
            />
            {toBeCount(p.id) ? (
              <>
                {/* Showing and deleting are two controls: a visibility switch never deletes points. */}
                <label className="check">
                  <input
                    type="checkbox"
                    checked={!p.toBeHidden}
                    onChange={(e) => apply((b) => updatePersona(b, p.id, { toBeHidden: e.target.checked ? undefined : true }))}
                  />
                  {t('persona.showToBe', { name: p.name })}
                </label>
                {!readOnly && (
                  <button type="button" onClick={() => setDeletingToBe(p)}>
                    {t('persona.deleteToBe', { name: p.name })}
                  </button>
                )}
              </>
            ) : (
              !readOnly && (
                <button type="button" onClick={() => apply((b) => setToBeCurve(updatePersona(b, p.id, { toBeHidden: undefined }), p.id, true))}>
                  {t('persona.addToBe', { name: p.name })}
                </button>
              )
            )}
            <label className="check">
              <input
                type="checkbox"
                checked={!p.hidden}
                onChange={(e) => apply((b) => updatePersona(b, p.id, { hidden: e.target.checked ? undefined : true }))}
              />
              {t('persona.show', { name: p.name })}
            </label>
          </li>
        ))}
      </ul>
      {!readOnly && (
        <button type="button" onClick={() => apply((b) => addPersona(b, { name: t('persona.new', { n: b.personas.length + 1 }) }))}>
          {t('persona.add')}
        </button>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('persona.confirmDelete', { name: deleting.name })}
          body={t('persona.deleteBody', { count: emotions.filter((e) => e.personaId === deleting.id).length })}
          confirmLabel={t('library.delete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            apply((b) => deletePersona(b, deleting.id));
            setDeleting(null);
          }}
        />
      )}
      {deletingToBe && (
        <ConfirmDialog
          title={t('persona.confirmDeleteToBe', { name: deletingToBe.name })}
          body={t('persona.deleteToBeBody', { count: toBeCount(deletingToBe.id) })}
          confirmLabel={t('library.delete')}
          onCancel={() => setDeletingToBe(null)}
          onConfirm={() => {
            apply((b) => setToBeCurve(b, deletingToBe.id, false));
            setDeletingToBe(null);
          }}
        />
      )}
    </section>
  );
}
