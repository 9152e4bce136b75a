import Papa from 'papaparse';
import {
  addMeasurements,
  addMetric,
  inRange,
  isCalendarDay,
  METRIC_LIBRARY,
  METRIC_LIBRARY_KEYS,
  newId,
  unseenMeasurements,
  type Board,
  type Measurement,
  type Metric,
  type MetricLibraryKey,
} from '../model';
import { decodeText, type TextEncoding } from './textDecode';

/** The columns of a measurements file; the first three are required. */
export const MEASUREMENT_COLUMNS = ['metric', 'date', 'value', 'step', 'stage', 'source', 'n'] as const;
export type MeasurementColumn = (typeof MEASUREMENT_COLUMNS)[number];
const REQUIRED: readonly MeasurementColumn[] = ['metric', 'date', 'value'];

/** More rows than this are refused before anything else is read: a board holds what a person can look at. */
export const MAX_MEASUREMENT_ROWS = 200_000;
/** Problems listed one by one; the rest are counted. */
const LISTED_PROBLEMS = 500;

/** The words a file may use, in every language the app has (the UI gathers them from its catalogues). */
export interface MeasurementNames {
  columns: Record<MeasurementColumn, readonly string[]>;
  /** Each library metric's names in every language (and short forms such as NPS). */
  library: Record<MetricLibraryKey, readonly string[]>;
  /** The name a metric created from the library gets: the user's language. */
  libraryName: (key: MetricLibraryKey) => string;
}

/**
 * The words of every language for a file's columns and the library's metrics, from a translator
 * that can answer in each language (`lookup(key, language)`); new metrics are named in `language`.
 */
export function measurementNames(
  lookup: (key: string, language: string) => string,
  languages: readonly string[],
  language: string,
): MeasurementNames {
  const all = (key: string) => languages.map((l) => lookup(key, l));
  const columns = byKey(MEASUREMENT_COLUMNS, (c) => all(`measureImport.columns.${c}`));
  const library = byKey(METRIC_LIBRARY_KEYS, (k) =>
    [k, ...all(`metric.library.${k}.name`), ...all(`metric.library.${k}.aliases`).flatMap((a) => a.split(/[,，]/))].filter((n) => n.trim()),
  );
  return { columns, library, libraryName: (k) => lookup(`metric.library.${k}.name`, language) };
}

const byKey = <K extends string, V>(keys: readonly K[], value: (key: K) => V) => Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;

export const IMPORT_PROBLEMS = [
  'noMetric',
  'unknownStep',
  'ambiguousStep',
  'unknownStage',
  'badDate',
  'notNumber',
  'outOfRange',
  'badN',
  'tooLong',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEMS)[number];
/** A row that cannot be added: its line (the header is line 1), what is wrong, and the cell as written. */
export interface ImportProblem {
  line: number;
  code: ImportProblemCode;
  value: string;
}

/** A metric the file names that the board does not have: created on confirmation. */
export interface NewMetric {
  metric: Metric;
  library?: MetricLibraryKey;
}

export type MeasurementPreview =
  | { ok: false; reason: 'binary' | 'empty' | 'tooManyRows'; max?: number }
  | { ok: false; reason: 'missingColumns'; missing: MeasurementColumn[] }
  | {
      ok: true;
      encoding: TextEncoding;
      /** Data rows read (the header and blank lines not counted). */
      rows: number;
      /** What confirming adds: rows the board does not hold yet. */
      add: Omit<Measurement, 'id'>[];
      /** Valid rows the board holds already (the file imported before). */
      duplicates: number;
      newMetrics: NewMetric[];
      /** The first problems, by line. */
      problems: ImportProblem[];
      problemCount: number;
    };

/** Names compared as people write them: case, width and runs of spaces do not matter. */
const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads a measurements file (`metric, date, value` and optional `step, stage, source, n`) against
 * a board: what would be added, the metrics to create, and every row that cannot be added with its
 * line. Nothing changes until `applyMeasurementImport`. Cells are only ever text or numbers: a
 * cell that looks like a formula is not one here.
 */
export function readMeasurementsCsv(bytes: Uint8Array, board: Board, names: MeasurementNames): MeasurementPreview {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, reason: 'binary' };
  // `preview` stops the parser past the limit, so a file of millions of rows is refused at once
  // (papaparse's fast mode would split the whole text into lines first).
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: false, preview: MAX_MEASUREMENT_ROWS + 2, fastMode: false });
  const rows = parsed.data;
  const header = rows[0];
  if (!header || header.every((c) => !c.trim())) return { ok: false, reason: 'empty' };
  const columns = columnIndexes(header, names);
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (missing.length) return { ok: false, reason: 'missingColumns', missing };
  const dataRows = rows.length - 1 - rows.slice(1).filter(blank).length;
  if (rows.length > MAX_MEASUREMENT_ROWS + 1 && dataRows > MAX_MEASUREMENT_ROWS)
    return { ok: false, reason: 'tooManyRows', max: MAX_MEASUREMENT_ROWS };

  const metrics = metricFinder(board, names);
  const places = placeFinder(board);
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const problem = (line: number, code: ImportProblemCode, value: string) => {
    problemCount++;
    if (problems.length < LISTED_PROBLEMS) problems.push({ line, code, value: value.slice(0, 200) });
  };
  const valid: Omit<Measurement, 'id'>[] = [];
  const cell = (row: string[], c: MeasurementColumn) => (columns[c] === undefined ? '' : (row[columns[c]!] ?? '').trim());
  const days = new Map<string, string | undefined>(); // a file's rows share a few thousand days
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (blank(row)) continue;
    const line = i + 1;
    const name = cell(row, 'metric');
    if (!name) {
      problem(line, 'noMetric', '');
      continue;
    }
    if (name.length > 200) {
      problem(line, 'tooLong', name);
      continue;
    }
    const metric = metrics.find(name);
    const place = places.find(cell(row, 'step'), cell(row, 'stage'));
    if ('problem' in place) {
      problem(line, place.problem, place.value);
      continue;
    }
    const dateText = cell(row, 'date');
    const date = days.get(dateText) ?? days.set(dateText, dayOf(dateText)).get(dateText);
    if (!date) {
      problem(line, 'badDate', dateText);
      continue;
    }
    const value = numberOf(cell(row, 'value'));
    if (value === undefined) {
      problem(line, 'notNumber', cell(row, 'value'));
      continue;
    }
    if (!inRange(metric, value)) {
      problem(line, 'outOfRange', cell(row, 'value'));
      continue;
    }
    const nText = cell(row, 'n');
    const n = nText ? numberOf(nText) : undefined;
    if (nText && (n === undefined || !Number.isInteger(n) || n < 1)) {
      problem(line, 'badN', nText);
      continue;
    }
    const source = cell(row, 'source').slice(0, 500);
    metrics.use(metric);
    valid.push({ metricId: metric.id, ...place, date, value, ...(source && { source }), ...(n !== undefined && { n }) });
  }
  const add = unseenMeasurements(board.measurements, valid);
  return {
    ok: true,
    encoding: decoded.encoding,
    rows: dataRows,
    add,
    duplicates: valid.length - add.length,
    newMetrics: metrics.created(),
    problems,
    problemCount,
  };
}

/** Measurements per document change on a shared board: each change stays well within the sync server's message size. */
export const SHARED_STEP = 10_000;

/**
 * Confirming an import, as ops to apply in order (one undo step together): the new metrics (each
 * with its lane) and the measurements the board does not hold yet, in parts of `perStep` (one
 * part unless the board is shared: see `SHARED_STEP`). What
 * is held is decided once, before the first part, so rows a file repeats on purpose all stay.
 */
export function measurementImportSteps(
  board: Board,
  preview: Extract<MeasurementPreview, { ok: true }>,
  perStep = Number.POSITIVE_INFINITY,
): ((board: Board) => Board)[] {
  const fresh = unseenMeasurements(board.measurements, preview.add);
  const steps = [
    (b: Board) => {
      let next = b;
      for (const { metric } of preview.newMetrics) if (!next.metrics?.some((m) => m.id === metric.id)) next = addMetric(next, metric);
      return addMeasurements(next, fresh.slice(0, perStep));
    },
  ];
  for (let i = perStep; i < fresh.length; i += perStep) steps.push((b: Board) => addMeasurements(b, fresh.slice(i, i + perStep)));
  return steps;
}

/** An import confirmed at once (tests, and callers without an undo history). */
export const applyMeasurementImport = (board: Board, preview: Extract<MeasurementPreview, { ok: true }>): Board =>
  measurementImportSteps(board, preview).reduce((b, step) => step(b), board);

const blank = (row: string[]) => row.every((c) => !c.trim());

function columnIndexes(header: string[], names: MeasurementNames): Partial<Record<MeasurementColumn, number>> {
  const out: Partial<Record<MeasurementColumn, number>> = {};
  header.forEach((h, i) => {
    const name = norm(h);
    const column = MEASUREMENT_COLUMNS.find((c) => norm(c) === name || names.columns[c].some((n) => norm(n) === name));
    if (column && out[column] === undefined) out[column] = i;
  });
  return out;
}

/** A board's metric by name or id; else one made from the library (by any of its names) or a custom one. */
function metricFinder(board: Board, names: MeasurementNames) {
  const library = new Map<string, MetricLibraryKey>();
  for (const key of METRIC_LIBRARY_KEYS) for (const n of names.library[key]) library.set(norm(n), key);
  // A board's metric is found by id, by name, and (named as a library metric) by the library's
  // names in every language: "等待时间" in a file finds the board's "Waiting time".
  const known = new Map<string, Metric>();
  for (const m of board.metrics ?? []) {
    known.set(m.id, m);
    if (!known.has(norm(m.name))) known.set(norm(m.name), m);
    const from = library.get(norm(m.name));
    if (from && !known.has(`library:${from}`)) known.set(`library:${from}`, m);
  }
  const made = new Map<string, NewMetric>();
  const used = new Set<string>();
  const seen = new Map<string, Metric>(); // a file names a few metrics on 100 000 rows
  return {
    find: (name: string): Metric => seen.get(name) ?? seen.set(name, findMetric(name)).get(name)!,
    use: (metric: Metric) => used.add(metric.id),
    /** Only metrics a row that can be added names: a metric named only on bad rows is not created. */
    created: () => [...made.values()].filter((m) => used.has(m.metric.id)),
  };
  function findMetric(name: string): Metric {
    const key = norm(name);
    const from = library.get(key);
    const found = known.get(name) ?? known.get(key) ?? (from && known.get(`library:${from}`));
    if (found) return found;
    const madeKey = from ? `library:${from}` : key;
    const earlier = made.get(madeKey);
    if (earlier) return earlier.metric;
    const metric: Metric = from
      ? { id: newId('mt_'), name: names.libraryName(from), ...METRIC_LIBRARY[from] }
      : { id: newId('mt_'), name: name.replace(/\s+/g, ' '), kind: 'custom', direction: 'higher' };
    made.set(madeKey, { metric, ...(from && { library: from }) });
    return metric;
  }
}

type Place = { stepId?: string; stageId?: string } | { problem: ImportProblemCode; value: string };

/** A row's step (by name within its stage when one is given, or by id), its stage alone, or neither: the whole journey. */
function placeFinder(board: Board) {
  const stageByName = new Map<string, string[]>();
  for (const s of board.stages) stageByName.set(norm(s.name), [...(stageByName.get(norm(s.name)) ?? []), s.id]);
  const stepByName = new Map<string, { id: string; stageId: string }[]>();
  for (const s of board.steps) stepByName.set(norm(s.name), [...(stepByName.get(norm(s.name)) ?? []), s]);
  const stepIds = new Set(board.steps.map((s) => s.id));
  const stageIds = new Set(board.stages.map((s) => s.id));
  const seen = new Map<string, Place>(); // a file names a few hundred places on 100 000 rows
  return {
    find(step: string, stage: string): Place {
      const key = `${step}\u0000${stage}`;
      return seen.get(key) ?? seen.set(key, findPlace(step, stage)).get(key)!;
    },
  };
  function findPlace(step: string, stage: string): Place {
    const stages = stage ? (stageIds.has(stage) ? [stage] : (stageByName.get(norm(stage)) ?? [])) : undefined;
    if (stages && !stages.length) return { problem: 'unknownStage', value: stage };
    if (!step) return stages ? (stages.length > 1 ? { problem: 'ambiguousStep', value: stage } : { stageId: stages[0]! }) : {};
    if (stepIds.has(step)) return { stepId: step };
    const matches = (stepByName.get(norm(step)) ?? []).filter((s) => !stages || stages.includes(s.stageId));
    if (!matches.length) return { problem: 'unknownStep', value: step };
    if (matches.length > 1) return { problem: 'ambiguousStep', value: step };
    return { stepId: matches[0]!.id };
  }
}

/** A day written as 2026-03-01, 2026/3/1 or 2026.03.01 (a time after it is ignored); nothing else is guessed. */
function dayOf(text: string): string | undefined {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!match) return undefined;
  const day = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isCalendarDay(day) ? day : undefined;
}

/** A plain decimal number (a trailing % is allowed: 45% is 45); "1,5", "=1+1" and "" are not numbers. */
function numberOf(text: string): number | undefined {
  const t = text.replace(/%$/, '').trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
