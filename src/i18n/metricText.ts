import type { TFunction } from 'i18next';
import { formatMetricValue, STATUS_SYMBOL, type MetricCell, type Metric } from '../model';

/** A metric's target in words ("target ≥ 30", "target ≤ 5 min"), as the lane header and exports show it. */
export function targetText(metric: Metric, t: TFunction, locale: string): string {
  if (metric.target === undefined) return t('metric.noTarget');
  const target = formatMetricValue(metric.target, metric, locale);
  return t(metric.direction === 'higher' ? 'metric.targetHigher' : 'metric.targetLower', { target });
}

/** A metric cell's words: its value ("12 min", or "not measured") and its status ("✓ target met"). */
export function metricCellParts(cell: MetricCell, metric: Metric, t: TFunction, locale: string): { value: string; status?: string } {
  if (!cell.latest) return { value: t('metric.notMeasured') };
  const value = formatMetricValue(cell.latest.value, metric, locale);
  return cell.status ? { value, status: `${STATUS_SYMBOL[cell.status]} ${t(`metric.status.${cell.status}`)}` } : { value };
}

/** A metric cell in words: "12 min, ✓ target met", or "not measured". */
export function metricCellText(cell: MetricCell, metric: Metric, t: TFunction, locale: string): string {
  const { value, status } = metricCellParts(cell, metric, t, locale);
  return status ? `${value}, ${status}` : value;
}
