import { z } from 'zod';

/** What a metric measures; the kind decides what the analysis may use it for (waiting, duration). */
export const METRIC_KINDS = ['nps', 'csat', 'ces', 'waiting', 'duration', 'rate', 'count', 'custom'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];
export const METRIC_DIRECTIONS = ['higher', 'lower'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

/** A calendar day, as `<input type="date">` gives it: 2026-12-01. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => isCalendarDay(s));

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real day written YYYY-MM-DD: 2026-02-29 is not one. Arithmetic only: a board checks tens of thousands. */
export function isCalendarDay(s: string): boolean {
  const y = Number(s.slice(0, 4)),
    m = Number(s.slice(5, 7)),
    d = Number(s.slice(8, 10));
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0);
}

export const MAX_METRIC_NAME = 200;

export const metricSchema = z.object({
  id: z.string().min(1),
  name: z.string().max(MAX_METRIC_NAME),
  kind: z.enum(METRIC_KINDS),
  unit: z.string().max(40).optional(),
  /** The value the team aims for; met when a value is at least (higher) or at most (lower) it. */
  target: z.number().finite().optional(),
  direction: z.enum(METRIC_DIRECTIONS),
  /** The scale's bounds (NPS −100…100): a value outside them is refused on import. */
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
});
export type Metric = z.infer<typeof metricSchema>;

/**
 * One metric's value on one day, for a step, a stage, or (neither) the whole journey. Stored as
 * one value in the document (never merged field by field): a measurement is a fact, replaced
 * whole when corrected, and a board holds tens of thousands of them.
 */
export const measurementSchema = z.object({
  id: z.string().min(1),
  metricId: z.string().min(1),
  stepId: z.string().min(1).optional(),
  stageId: z.string().min(1).optional(),
  date: isoDateSchema,
  value: z.number().finite(),
  source: z.string().max(500).optional(),
  /** Sample size: how many answers or cases the value is of. */
  n: z.number().int().positive().optional(),
});
export type Measurement = z.infer<typeof measurementSchema>;

const isText = (v: unknown): v is string => typeof v === 'string' && v.length >= 1;
const isOptionalText = (v: unknown) => v === undefined || isText(v);

/**
 * `measurementSchema`'s check written out: a board holds 50 000 measurements and the schema takes
 * 5 µs on each in the browser, this a tenth of that. True exactly when the schema accepts the
 * value (a property test holds the two together). Like the schema, fields it does not know are
 * not looked at (the document's reader takes only the schema's fields).
 */
export function isMeasurement(v: Record<string, unknown>): v is Measurement {
  const { id, metricId, stepId, stageId, date, value, source, n } = v;
  return (
    isText(id) &&
    isText(metricId) &&
    isOptionalText(stepId) &&
    isOptionalText(stageId) &&
    typeof date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    isCalendarDay(date) &&
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (source === undefined || (typeof source === 'string' && source.length <= 500)) &&
    (n === undefined || (typeof n === 'number' && Number.isSafeInteger(n) && n > 0))
  );
}

/** What a measurement is of: a step, a stage, or the whole journey. */
export type MeasureScope = { stepId: string } | { stageId: string } | { journey: true };

/** A scope as one string: what two measurements of the same thing share. */
export const scopeKey = (s: MeasureScope | Pick<Measurement, 'stepId' | 'stageId'>): string =>
  'stepId' in s && s.stepId ? `step:${s.stepId}` : 'stageId' in s && s.stageId ? `stage:${s.stageId}` : 'journey';

/** Well-known metrics to start from: their names are in the catalogues (`metric.library.<key>`). */
export const METRIC_LIBRARY = {
  nps: { kind: 'nps', direction: 'higher', min: -100, max: 100, target: 30 },
  csat: { kind: 'csat', direction: 'higher', min: 1, max: 5, target: 4 },
  csatPercent: { kind: 'csat', direction: 'higher', unit: '%', min: 0, max: 100, target: 80 },
  ces: { kind: 'ces', direction: 'higher', min: 1, max: 7, target: 5 },
  waiting: { kind: 'waiting', direction: 'lower', unit: 'min', min: 0, target: 5 },
  duration: { kind: 'duration', direction: 'lower', unit: 'min', min: 0 },
  conversion: { kind: 'rate', direction: 'higher', unit: '%', min: 0, max: 100 },
  complaints: { kind: 'count', direction: 'lower', min: 0 },
} as const satisfies Record<string, Omit<Metric, 'id' | 'name'>>;
export type MetricLibraryKey = keyof typeof METRIC_LIBRARY;
export const METRIC_LIBRARY_KEYS = Object.keys(METRIC_LIBRARY) as MetricLibraryKey[];

/** A value the metric's scale allows (within its min and max, where set). */
export const inRange = (metric: Pick<Metric, 'min' | 'max'>, value: number) =>
  (metric.min === undefined || value >= metric.min) && (metric.max === undefined || value <= metric.max);
