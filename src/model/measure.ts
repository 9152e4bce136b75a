import type { Board } from './board';
import type { Card } from './card';
import type { Lane } from './lane';
import type { Point } from './routing';
import { scopeKey, type MeasureScope, type Measurement, type Metric, type MetricKind } from './metric';

/** One day of a series: the mean of that day's values (two sources on one day are one point). */
export interface DailyValue {
  date: string;
  value: number;
  /** How many measurements the day's value is the mean of. */
  count: number;
}

const byDateThenId = (a: Measurement, b: Measurement) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface MeasurementIndex {
  /** A metric's measurements of one step, stage or the journey, oldest first. */
  series(metricId: string, scope: MeasureScope): readonly Measurement[];
  /** Every scope a metric has measurements of, as `scopeKey`s. */
  scopes(metricId: string): ReadonlySet<string>;
  /** How many measurements a metric has, over every scope. */
  count(metricId: string): number;
}

const indexes = new WeakMap<readonly Measurement[], MeasurementIndex>();
const NONE: readonly Measurement[] = [];

/**
 * The board's measurements grouped by metric and scope, each series by date. Built once per
 * measurements array (the board keeps the array while no measurement changes), so a card edit
 * on a board of 50 000 measurements costs nothing here.
 */
export function measurementIndex(measurements: readonly Measurement[] | undefined): MeasurementIndex {
  const list = measurements ?? NONE;
  const known = indexes.get(list);
  if (known) return known;
  const groups = new Map<string, Measurement[]>();
  const scopes = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const m of list) {
    counts.set(m.metricId, (counts.get(m.metricId) ?? 0) + 1);
    const scope = scopeKey(m);
    const key = `${m.metricId}\u0000${scope}`;
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
    const of = scopes.get(m.metricId);
    if (of) of.add(scope);
    else scopes.set(m.metricId, new Set([scope]));
  }
  for (const group of groups.values()) group.sort(byDateThenId);
  const index: MeasurementIndex = {
    series: (metricId, scope) => groups.get(`${metricId}\u0000${scopeKey(scope)}`) ?? NONE,
    scopes: (metricId) => scopes.get(metricId) ?? new Set(),
    count: (metricId) => counts.get(metricId) ?? 0,
  };
  indexes.set(list, index);
  return index;
}

/** A series (oldest first) as one value per day, oldest first. */
export function dailyValues(series: readonly Measurement[]): DailyValue[] {
  const out: DailyValue[] = [];
  let sum = 0;
  for (const m of series) {
    const last = out.at(-1);
    if (last && last.date === m.date) {
      sum += m.value;
      last.count++;
      last.value = sum / last.count;
    } else {
      sum = m.value;
      out.push({ date: m.date, value: m.value, count: 1 });
    }
  }
  return out;
}

/** The latest day's value (the mean of its measurements when a day has several); none for an empty series. */
export function latestValue(series: readonly Measurement[]): DailyValue | undefined {
  if (!series.length) return undefined;
  const date = series.at(-1)!.date;
  let i = series.length;
  let sum = 0;
  while (i > 0 && series[i - 1]!.date === date) sum += series[--i]!.value;
  const count = series.length - i;
  return { date, value: sum / count, count };
}

/** The last `count` days' values, oldest first: what a trend line draws. */
export const trend = (series: readonly Measurement[], count = 8): number[] =>
  dailyValues(series)
    .slice(-count)
    .map((d) => d.value);

export const METRIC_STATUSES = ['met', 'close', 'missed'] as const;
export type MetricStatus = (typeof METRIC_STATUSES)[number];

/**
 * A value against the metric's target: *met* at or beyond it (per the metric's direction);
 * *close* when short of it by at most a tenth of the scale (max − min), or of the target's own
 * size on a scale without both bounds; else *missed*. None without a target.
 */
export function metricStatus(metric: Pick<Metric, 'target' | 'direction' | 'min' | 'max'>, value: number): MetricStatus | undefined {
  const { target } = metric;
  if (target === undefined) return undefined;
  const short = metric.direction === 'higher' ? target - value : value - target;
  if (short <= 0) return 'met';
  const span = metric.min !== undefined && metric.max !== undefined ? metric.max - metric.min : Math.abs(target);
  return short <= span / 10 ? 'close' : 'missed';
}

export type Verdict = 'better' | 'worse' | 'same';

/** Whether `after` is better than `before` for a metric going in `direction`. */
export function verdictOf(direction: Metric['direction'], before: number, after: number): Verdict {
  if (after === before) return 'same';
  return after > before === (direction === 'higher') ? 'better' : 'worse';
}

export interface SideMean {
  mean: number;
  /** Measurements on this side. */
  count: number;
}

export interface BeforeAfter {
  before: SideMean | null;
  after: SideMean | null;
  /** Set when both sides have measurements. */
  verdict?: Verdict;
}

/**
 * A series split at a go-live day: measurements dated before it are *before*, those on or after
 * it are *after* (the day it went live counts as after); each side's plain mean.
 */
export function beforeAfter(series: readonly Measurement[], liveDate: string, direction: Metric['direction']): BeforeAfter {
  const side = (list: readonly Measurement[]): SideMean | null =>
    list.length ? { mean: list.reduce((s, m) => s + m.value, 0) / list.length, count: list.length } : null;
  const before = side(series.filter((m) => m.date < liveDate));
  const after = side(series.filter((m) => m.date >= liveDate));
  return { before, after, ...(before && after && { verdict: verdictOf(direction, before.mean, after.mean) }) };
}

export interface MetricImpact {
  metric: Metric;
  scope: MeasureScope;
  split: BeforeAfter;
}

/**
 * Did a live solution work: for each metric it should move, the before/after split of that
 * metric at each step it is linked to (its own step, the steps of the cards it is linked to and
 * of the problems its opportunities address) and over the whole journey, where measured. Empty
 * without a go-live day or metrics.
 */
export function solutionImpact(board: Board, card: Card): MetricImpact[] {
  if (!card.liveDate || !card.metricIds?.length) return [];
  const steps = linkedSteps(board, card);
  const index = measurementIndex(board.measurements);
  const out: MetricImpact[] = [];
  for (const id of card.metricIds) {
    const metric = board.metrics?.find((m) => m.id === id);
    if (!metric) continue;
    const measured = index.scopes(id);
    const scopes: MeasureScope[] = [
      ...board.steps.filter((s) => steps.has(s.id) && measured.has(scopeKey({ stepId: s.id }))).map((s) => ({ stepId: s.id })),
      ...(measured.has('journey') ? [{ journey: true } as const] : []),
    ];
    for (const scope of scopes) out.push({ metric, scope, split: beforeAfter(index.series(id, scope), card.liveDate, metric.direction) });
  }
  return out;
}

/** A card's own step, the steps of the cards linked to it, and of the cards those are linked to (an opportunity's problems). */
function linkedSteps(board: Board, card: Card): Set<string> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  for (const c of board.connectors) {
    link(c.from, c.to);
    link(c.to, c.from);
  }
  const stepOf = new Map(board.cards.map((c) => [c.id, c.stepId]));
  const steps = new Set([card.stepId]);
  for (const first of neighbours.get(card.id) ?? []) {
    const step = stepOf.get(first);
    if (step) steps.add(step);
    for (const second of neighbours.get(first) ?? []) {
      const further = stepOf.get(second);
      if (further) steps.add(further);
    }
  }
  return steps;
}

/**
 * The latest measured minutes per step of the first metric of a kind (waiting time, duration)
 * that measures that step: what the time analysis uses instead of the card estimates.
 */
export function measuredMinutes(
  board: Pick<Board, 'metrics' | 'measurements' | 'steps'>,
  kind: Extract<MetricKind, 'waiting' | 'duration'>,
): Map<string, DailyValue> {
  const out = new Map<string, DailyValue>();
  const metrics = (board.metrics ?? []).filter((m) => m.kind === kind);
  if (!metrics.length || !board.measurements?.length) return out;
  const index = measurementIndex(board.measurements);
  for (const step of board.steps)
    for (const metric of metrics) {
      const latest = latestValue(index.series(metric.id, { stepId: step.id }));
      if (latest) {
        out.set(step.id, latest);
        break;
      }
    }
  return out;
}

/** A measurement's identity for import: the same fact in a file twice is the same measurement. */
export const measurementKey = (m: Omit<Measurement, 'id'> & { id?: string }) =>
  [m.metricId, scopeKey(m), m.date, m.value, m.source ?? '', m.n ?? ''].join('\u0000');

/**
 * The measurements of `list` the board does not hold yet, counted as a multiset: a fact the board
 * has once and the list has twice is added once. So importing the same file again adds nothing,
 * and a file that repeats a row on purpose keeps both.
 */
export function unseenMeasurements<T extends Omit<Measurement, 'id'>>(existing: readonly Measurement[] | undefined, list: readonly T[]): T[] {
  const held = new Map<string, number>();
  for (const m of existing ?? []) {
    const key = measurementKey(m);
    held.set(key, (held.get(key) ?? 0) + 1);
  }
  return list.filter((m) => {
    const key = measurementKey(m);
    const left = held.get(key) ?? 0;
    if (left) held.set(key, left - 1);
    return !left;
  });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A metric's value as shown: one decimal at most, with its unit (45%, 12 min). */
export function formatMetricValue(value: number, metric: Pick<Metric, 'unit'>, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false })));
  const n = format.format(value);
  return !metric.unit ? n : metric.unit === '%' ? `${n}%` : `${n} ${metric.unit}`;
}

/** What a metric lane shows in a step's cell: the latest value, its status and the trend. */
export interface MetricCell {
  latest?: DailyValue;
  status?: MetricStatus;
  trend: number[];
  count: number;
}

export function metricCell(board: Pick<Board, 'measurements'>, metric: Metric, stepId: string): MetricCell {
  const series = measurementIndex(board.measurements).series(metric.id, { stepId });
  const latest = latestValue(series);
  return { latest, status: latest && metricStatus(metric, latest.value), trend: trend(series), count: series.length };
}

/** The metric a lane shows: a metric lane's, when the board still has it; none for any other lane. */
export const laneMetric = (metrics: readonly Metric[] | undefined, lane: Pick<Lane, 'kind' | 'metricId'> | undefined): Metric | undefined =>
  lane?.kind === 'metric' ? metrics?.find((m) => m.id === lane.metricId) : undefined;

/** A trend's values as the points of a line filling `box` (oldest at the left; a flat line across the middle when they are equal). */
export function trendPoints(values: readonly number[], box: { x: number; y: number; width: number; height: number }): Point[] {
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  return values.map((v, i) => ({
    x: box.x + (i / Math.max(1, values.length - 1)) * box.width,
    y: box.y + (hi === lo ? box.height / 2 : (1 - (v - lo) / (hi - lo)) * box.height),
  }));
}

/** The symbol that says a status without colour. */
export const STATUS_SYMBOL: Record<MetricStatus, string> = { met: '✓', close: '≈', missed: '×' };
