import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMetric,
  deleteMetric,
  METRIC_DIRECTIONS,
  METRIC_KINDS,
  METRIC_LIBRARY,
  METRIC_LIBRARY_KEYS,
  measurementIndex,
  updateMetric,
  type Metric,
  type MetricLibraryKey,
} from '../../model';
import { useEditorStore, useEditorStoreApi } from '../../store/EditorStoreContext';
import { Dialog } from '../Dialog';
import { ConfirmDialog } from '../ConfirmDialog';
import { numberOrUndefined } from '../CardFieldInput';
import { ImportMeasurements } from './ImportMeasurements';

const CUSTOM = 'custom';

/**
 * The board's metrics: each one's name, kind, unit, target and direction (and its scale's
 * bounds), edited in place; new ones from the library of well-known definitions or custom (each
 * with its lane); a metric deleted after asking (undoable); and the import of measurements.
 */
export function MetricsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const metrics = useEditorStore((s) => s.board?.metrics) ?? [];
  const measurements = useEditorStore((s) => s.board?.measurements);
  const readOnly = useEditorStore((s) => s.readOnly);
  const [choice, setChoice] = useState<MetricLibraryKey | typeof CUSTOM>('nps');
  const [deleting, setDeleting] = useState<Metric | null>(null);
  const addRef = useRef<HTMLSelectElement>(null);
  const id = useId();
  const add = () => {
    const fields =
      choice === CUSTOM
        ? { name: t('metric.newName'), kind: 'custom' as const, direction: 'higher' as const }
        : { name: t(`metric.library.${choice}.name`), ...METRIC_LIBRARY[choice] };
    store.getState().apply((b) => addMetric(b, fields));
  };
  const counts = measurementIndex(measurements);
  return (
    <Dialog title={t('metric.title')} onClose={onClose} wide>
      <p className="hint">{t('metric.intro')}</p>
      <fieldset className="bare" disabled={readOnly}>
        <section aria-label={t('metric.list')} className="metric-list">
          {metrics.length ? (
            metrics.map((m) => <MetricFields key={m.id} metric={m} count={counts.count(m.id)} onDelete={() => setDeleting(m)} />)
          ) : (
            <p className="hint">{t('metric.none')}</p>
          )}
        </section>
        <div className="metric-add">
          <div className="field">
            <label htmlFor={`${id}-add`}>{t('metric.addFrom')}</label>
            <select id={`${id}-add`} ref={addRef} value={choice} onChange={(e) => setChoice(e.target.value as MetricLibraryKey)}>
              {METRIC_LIBRARY_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(`metric.library.${k}.name`)}
                </option>
              ))}
              <option value={CUSTOM}>{t('metric.custom')}</option>
            </select>
          </div>
          <button type="button" onClick={add}>
            {t('metric.add')}
          </button>
        </div>
        <ImportMeasurements />
      </fieldset>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {deleting && (
        <ConfirmDialog
          title={t('metric.delete')}
          body={t('metric.deleteConfirm', { name: deleting.name, count: counts.count(deleting.id) })}
          confirmLabel={t('metric.delete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            store.getState().apply((b) => deleteMetric(b, deleting.id));
            setDeleting(null);
            // Its row is gone: the keyboard goes on from the list's "New metric".
            requestAnimationFrame(() => addRef.current?.focus());
          }}
        />
      )}
    </Dialog>
  );
}

/** One metric's definition, each field an edit of its own (typing in one is one undo step). */
function MetricFields({ metric, count, onDelete }: { metric: Metric; count: number; onDelete(): void }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const id = useId();
  const set = (field: keyof Metric, patch: Partial<Metric>) =>
    store.getState().apply((b) => updateMetric(b, metric.id, patch), { merge: `metric:${metric.id}:${field}` });
  const endBurst = () => store.getState().endBurst();
  const numberField = (key: 'target' | 'min' | 'max') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`metric.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        step="any"
        value={metric[key] ?? ''}
        onChange={(e) => set(key, { [key]: numberOrUndefined(e.target.value) })}
        onBlur={endBurst}
      />
    </div>
  );
  return (
    <fieldset className="metric-fields">
      <legend>
        {metric.name || t('metric.newName')} · {t('metric.measurements', { count })}
      </legend>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('metric.name')}</label>
        <input id={`${id}-name`} value={metric.name} maxLength={200} onChange={(e) => set('name', { name: e.target.value })} onBlur={endBurst} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('metric.kind')}</label>
        <select id={`${id}-kind`} value={metric.kind} onChange={(e) => set('kind', { kind: e.target.value as Metric['kind'] })}>
          {METRIC_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`metric.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-unit`}>{t('metric.unit')}</label>
        <input
          id={`${id}-unit`}
          value={metric.unit ?? ''}
          maxLength={40}
          onChange={(e) => set('unit', { unit: e.target.value || undefined })}
          onBlur={endBurst}
        />
      </div>
      {numberField('target')}
      <div className="field">
        <label htmlFor={`${id}-direction`}>{t('metric.direction')}</label>
        <select
          id={`${id}-direction`}
          value={metric.direction}
          onChange={(e) => set('direction', { direction: e.target.value as Metric['direction'] })}
        >
          {METRIC_DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`metric.directions.${d}`)}
            </option>
          ))}
        </select>
      </div>
      {numberField('min')}
      {numberField('max')}
      <button type="button" className="danger" onClick={onDelete} aria-label={`${t('metric.delete')}: ${metric.name}`}>
        {t('metric.delete')}
      </button>
    </fieldset>
  );
}
