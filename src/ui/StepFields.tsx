import { useTranslation } from 'react-i18next';
import { renameStep, setStepMinutes, setStepStage, startStageAt, type Step } from '../model';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';

/**
 * The selected step (a clicked or focused step header): its name, its stage (or a new stage
 * starting at it) and its duration. Every change is an op, undoable.
 */
export function StepFields({ step }: { step: Step }) {
  const store = useEditorStoreApi();
  const { apply } = store.getState();
  const { t } = useTranslation();
  const stages = useEditorStore((s) => s.board?.stages);
  const first = useEditorStore((s) => s.board?.steps.find((x) => x.stageId === step.stageId)?.id === step.id);
  return (
    <section className="fields" aria-labelledby="step-fields-title">
      <h3 id="step-fields-title">{t('step.details')}</h3>
      <div className="field">
        <label htmlFor="step-name">{t('step.fieldName')}</label>
        <input
          id="step-name"
          value={step.name}
          onChange={(e) => apply((b) => renameStep(b, step.id, e.target.value), { merge: `step:${step.id}` })}
          onBlur={() => store.getState().endBurst()}
        />
      </div>
      <div className="field">
        <label htmlFor="step-stage">{t('step.stage')}</label>
        <select id="step-stage" value={step.stageId} onChange={(e) => apply((b) => setStepStage(b, step.id, e.target.value))}>
          {stages?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={first} onClick={() => apply((b) => startStageAt(b, step.id, { name: t('editor.newStage') }))}>
        {t('step.startStage')}
      </button>
      <MinutesField step={step} field="durationMinutes" label={t('step.duration')} />
      <MinutesField step={step} field="toleranceMinutes" label={t('step.tolerance')} />
    </section>
  );
}

/** A step's minutes (duration or tolerance): empty clears it; typing is one undo step. */
function MinutesField({ step, field, label }: { step: Step; field: 'durationMinutes' | 'toleranceMinutes'; label: string }) {
  const store = useEditorStoreApi();
  const { apply } = store.getState();
  const id = `step-${field}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        value={step[field] ?? ''}
        onChange={(e) =>
          apply((b) => setStepMinutes(b, step.id, field, e.target.value === '' ? undefined : Math.max(0, Number(e.target.value))), {
            merge: `${field}:${step.id}`,
          })
        }
        onBlur={() => store.getState().endBurst()}
      />
    </div>
  );
}
