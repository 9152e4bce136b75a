import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { laneMetric, renameLane, setLaneKind, setLaneMetric, type Lane } from '../model';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { MeasurementList } from './metrics/MeasurementList';
import { LaneKindSelect } from './LaneKindSelect';

/**
 * The selected lane (a clicked or focused lane header): its name and its kind. The kind decides
 * its colour and where the lines of interaction, visibility and internal interaction run.
 */
export function LaneFields({ lane }: { lane: Lane }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const { apply, endBurst } = store.getState();
  const id = useId(); // unique: the Add lane dialog has a lane name field too
  const metrics = useEditorStore((s) => s.board?.metrics);
  const metric = laneMetric(metrics, lane);
  return (
    <section className="fields" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('lane.details')}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('step.fieldName')}</label>
        <input
          id={`${id}-name`}
          value={lane.name}
          onChange={(e) => apply((b) => renameLane(b, lane.id, e.target.value), { merge: `lane:${lane.id}` })}
          onBlur={endBurst}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('lane.kind')}</label>
        <LaneKindSelect id={`${id}-kind`} value={lane.kind} onChange={(kind) => apply((b) => setLaneKind(b, lane.id, kind))} />
      </div>
      {lane.kind === 'metric' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-metric`}>{t('metric.laneMetric')}</label>
            <select
              id={`${id}-metric`}
              value={lane.metricId ?? ''}
              onChange={(e) => e.target.value && apply((b) => setLaneMetric(b, lane.id, e.target.value))}
            >
              {!metric && <option value="">—</option>}
              {(metrics ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          {metric && (
            <MeasurementList
              key={metric.id}
              metric={metric}
              scope={{ journey: true }}
              title={t('measurement.journeyTitle', { metric: metric.name })}
            />
          )}
        </>
      )}
    </section>
  );
}
