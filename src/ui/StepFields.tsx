import { useTranslation } from 'react-i18next';
import { renameStep, setStepDuration, setStepStage, startStageAt, type Step } from '../model';
import { editorStore, useEditor } from '../store/editorStore';

const apply = (...args: Parameters<ReturnType<typeof editorStore.getState>['apply']>) => editorStore.getState().apply(...args);

/**
 * The selected step (a clicked or focused step header): its name, its stage (or a new stage
 * starting at it) and its duration. Every change is an op, undoable.
 */
export function StepFields({ step }: { step: Step }) {
  const { t } = useTranslation();
  const stages = useEditor((s) => s.board?.stages);
  const first = useEditor((s) => s.board?.steps.find((x) => x.stageId === step.stageId)?.id === step.id);
  return (
    <section className="fields" aria-labelledby="step-fields-title">
      <h3 id="step-fields-title">{t('step.details')}</h3>
      <div className="field">
        <label htmlFor="step-name">{t('step.fieldName')}</label>
        <input id="step-name" value={step.name} onChange={(e) => apply((b) => renameStep(b, step.id, e.target.value), { merge: `step:${step.id}` })}
          onBlur={() => editorStore.getState().endBurst()} />
      </div>
      <div className="field">
        <label htmlFor="step-stage">{t('step.stage')}</label>
        <select id="step-stage" value={step.stageId} onChange={(e) => apply((b) => setStepStage(b, step.id, e.target.value))}>
          {stages?.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <button type="button" disabled={first} onClick={() => apply((b) => startStageAt(b, step.id, { name: t('editor.newStage') }))}>
        {t('step.startStage')}
      </button>
      <div className="field">
        <label htmlFor="step-duration">{t('step.duration')}</label>
        <input id="step-duration" type="number" min={0} value={step.durationMinutes ?? ''}
          onChange={(e) => apply((b) => setStepDuration(b, step.id, e.target.value === '' ? undefined : Math.max(0, Number(e.target.value))), { merge: `step-duration:${step.id}` })}
          onBlur={() => editorStore.getState().endBurst()} />
      </div>
    </section>
  );
}
