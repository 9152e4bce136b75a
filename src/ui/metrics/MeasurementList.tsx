import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMeasurements,
  deleteMeasurement,
  formatMetricValue,
  inRange,
  latestValue,
  localDay,
  measurementIndex,
  metricStatus,
  updateMeasurement,
  type MeasureScope,
  type Measurement,
  type Metric,
} from '../../model';
import { useEditorStore, useEditorStoreApi } from '../../store/EditorStoreContext';
import { numberOrUndefined } from '../CardFieldInput';

/** Rows shown at once: the newest; a cell measured daily for years stays a short list. */
const SHOWN = 50;

type Draft = { date: string; value: string; source: string; n: string };
const emptyDraft = (): Draft => ({ date: localDay(new Date()), value: '', source: '', n: '' });
const draftOf = (m: Measurement): Draft => ({
  date: m.date,
  value: String(m.value),
  source: m.source ?? '',
  n: m.n === undefined ? '' : String(m.n),
});

/** A draft as a measurement's fields, or the message that says what to fix. */
function checkDraft(draft: Draft, metric: Metric, t: (key: string, o?: Record<string, unknown>) => string) {
  const value = numberOrUndefined(draft.value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) return { error: t('measurement.badDate') };
  if (value === undefined) return { error: t('measurement.badValue') };
  if (!inRange(metric, value)) return { error: t('measurement.outOfRange', { min: metric.min ?? '−∞', max: metric.max ?? '∞' }) };
  const n = draft.n.trim() ? numberOrUndefined(draft.n) : undefined;
  if (draft.n.trim() && (n === undefined || !Number.isInteger(n) || n < 1)) return { error: t('measurement.badN') };
  return { fields: { date: draft.date, value, source: draft.source.trim() || undefined, n } };
}

/**
 * The measurements of one metric at one step (or over the whole journey), newest first: each
 * can be edited or deleted (undoable), and a new one added (today by default). The list a metric
 * cell opens in the side panel.
 */
export function MeasurementList({ metric, scope, title }: { metric: Metric; scope: MeasureScope; title: string }) {
  const { t, i18n } = useTranslation();
  const store = useEditorStoreApi();
  const measurements = useEditorStore((s) => s.board?.measurements);
  const series = measurementIndex(measurements).series(metric.id, scope);
  const [editing, setEditing] = useState<string | null>(null);
  const latest = latestValue(series);
  const status = latest && metricStatus(metric, latest.value);
  const id = useId();
  const shown = series.slice(-SHOWN).reverse();
  const format = (v: number) => formatMetricValue(v, metric, i18n.language);
  return (
    <section className="measurements" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {latest && (
        <p className="hint">
          {t('measurement.latest', {
            value: format(latest.value),
            date: latest.date,
            status: status ? t(`metric.status.${status}`) : t('metric.noTarget'),
          })}
        </p>
      )}
      {shown.length ? (
        <table className="measurement-table">
          <caption className="visually-hidden">{t('measurement.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('measurement.date')}</th>
              <th scope="col">{t('measurement.value')}</th>
              <th scope="col">{t('measurement.source')}</th>
              <th scope="col">{t('measurement.n')}</th>
              <th scope="col">{t('measurement.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) =>
              editing === m.id ? (
                <tr key={m.id}>
                  <td colSpan={5}>
                    <MeasurementForm
                      metric={metric}
                      initial={draftOf(m)}
                      submitLabel={t('measurement.save')}
                      onSubmit={(fields) => {
                        store.getState().apply((b) => updateMeasurement(b, m.id, fields));
                        setEditing(null);
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={m.id}>
                  <td>{m.date}</td>
                  <td>{format(m.value)}</td>
                  <td>{m.source ?? ''}</td>
                  <td>{m.n ?? ''}</td>
                  <td className="row-actions">
                    <button type="button" aria-label={t('measurement.editOne', { date: m.date })} onClick={() => setEditing(m.id)}>
                      {t('measurement.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('measurement.deleteOne', { date: m.date })}
                      onClick={() => store.getState().apply((b) => deleteMeasurement(b, m.id))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : (
        <p className="hint">{t('measurement.none')}</p>
      )}
      {series.length > SHOWN && <p className="hint">{t('measurement.more', { shown: SHOWN, count: series.length })}</p>}
      <MeasurementForm
        metric={metric}
        initial={emptyDraft()}
        submitLabel={t('measurement.add')}
        primary
        onSubmit={(fields) =>
          store.getState().apply((b) =>
            addMeasurements(b, [
              {
                metricId: metric.id,
                ...('stepId' in scope ? { stepId: scope.stepId } : 'stageId' in scope ? { stageId: scope.stageId } : {}),
                ...fields,
              },
            ]),
          )
        }
      />
    </section>
  );
}

/** Date, value, source and sample size; checked before anything is written, with the reason said. */
function MeasurementForm({
  metric,
  initial,
  submitLabel,
  primary,
  onSubmit,
  onCancel,
}: {
  metric: Metric;
  initial: Draft;
  submitLabel: string;
  primary?: boolean;
  onSubmit(fields: Omit<Measurement, 'id' | 'metricId'>): void;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkDraft(draft, metric, t);
    if ('error' in checked) return setError(checked.error ?? null);
    setError(null);
    onSubmit(checked.fields);
    if (primary) setDraft({ ...emptyDraft(), date: draft.date, source: draft.source });
  };
  const field = (key: keyof Draft, type: string, extra: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`measurement.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={draft[key]}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        {...extra}
      />
    </div>
  );
  return (
    <form className="measurement-form" onSubmit={submit} noValidate>
      {field('date', 'date')}
      {field('value', 'number', { step: 'any', ...(primary && { 'data-measurement-value': '' }) })}
      {field('source', 'text', { maxLength: 500 })}
      {field('n', 'number', { min: 1, step: 1 })}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('measurement.cancel')}
          </button>
        )}
        <button type="submit" className={primary ? 'primary' : undefined}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
