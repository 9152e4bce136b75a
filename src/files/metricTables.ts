import { formatMetricValue, latestValue, measurementIndex, metricStatus, STATUS_SYMBOL, trend, type Board, type Metric } from '../model';
import type { AnalysisSection, Translate } from './analysisTables';
import { toCsv } from './csv';

/**
 * The board's metrics as the Analysis view, the PDF appendix and the CSV registers show them:
 * each metric's definition, and per metric and step its latest value against the target (with
 * the symbol that says it without colour) and its recent trend.
 */
export function metricsSection(board: Board, t: Translate, locale: string): AnalysisSection | null {
  const metrics = board.metrics ?? [];
  if (!metrics.length) return null;
  const index = measurementIndex(board.measurements);
  const stages = new Map(board.stages.map((s) => [s.id, s.name]));
  const format = (m: Metric, v: number | undefined) => (v === undefined ? '' : formatMetricValue(v, m, locale));
  const stepRows = metrics.flatMap((metric) =>
    board.steps.flatMap((step) => {
      const series = index.series(metric.id, { stepId: step.id });
      const latest = latestValue(series);
      if (!latest) return [];
      const status = metricStatus(metric, latest.value);
      return [
        {
          stepId: step.id,
          marked: status === 'missed',
          cells: [
            metric.name,
            stages.get(step.stageId) ?? '',
            step.name,
            format(metric, latest.value),
            latest.date,
            status ? `${STATUS_SYMBOL[status]} ${t(`metric.status.${status}`)}` : '',
            trend(series)
              .map((v) => format(metric, v))
              .join(' → '),
            String(series.length),
          ],
        },
      ];
    }),
  );
  const journeyRow = (metric: Metric) => latestValue(index.series(metric.id, { journey: true }));
  return {
    id: 'metrics',
    title: t('metric.title'),
    notes: [],
    tables: [
      {
        id: 'metrics',
        caption: t('metric.list'),
        columns: [
          t('metric.name'),
          t('metric.kind'),
          t('metric.unit'),
          t('metric.target'),
          t('metric.direction'),
          t('measurement.journey'),
          t('measurement.list'),
        ],
        rows: metrics.map((m) => ({
          cells: [
            m.name,
            t(`metric.kinds.${m.kind}`),
            m.unit ?? '',
            format(m, m.target),
            t(`metric.directions.${m.direction}`),
            format(m, journeyRow(m)?.value),
            String(index.count(m.id)),
          ],
        })),
      },
      {
        id: 'metric-steps',
        caption: t('analysis.metricSteps'),
        columns: [
          t('metric.name'),
          t('analysis.stage'),
          t('analysis.step'),
          t('analysis.metricLatest'),
          t('measurement.date'),
          t('analysis.metricStatus'),
          t('analysis.metricTrend'),
          t('measurement.list'),
        ],
        rows: stepRows,
      },
    ],
  };
}

/** Every measurement as a file the import reads back: one row each, named columns, in date order. */
export function measurementsToCsv(board: Board, t: Translate): string {
  const metrics = new Map((board.metrics ?? []).map((m) => [m.id, m.name]));
  const steps = new Map(board.steps.map((s) => [s.id, s]));
  const stages = new Map(board.stages.map((s) => [s.id, s.name]));
  const rows = [...(board.measurements ?? [])]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
    .map((m) => {
      const step = m.stepId ? steps.get(m.stepId) : undefined;
      return [metrics.get(m.metricId), step?.name ?? '', stages.get(step?.stageId ?? m.stageId ?? '') ?? '', m.date, m.value, m.source, m.n];
    });
  return toCsv([(['metric', 'step', 'stage', 'date', 'value', 'source', 'n'] as const).map((c) => t(`measureImport.columns.${c}`)), ...rows]);
}
