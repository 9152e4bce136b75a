import { byCellOrder, type Board, type Channel, type EvidenceStatus, type LaneKind, type ServqualDimension } from '../model';

export const CSV_COLUMNS = [
  'stage',
  'step',
  'lane kind',
  'lane',
  'text',
  'touchpoint channel',
  'importance',
  'performance',
  'failure severity',
  'cause',
  'recovery',
  'wait minutes',
  'owner',
  'duration',
  'cost',
  'SERVQUAL',
  'tags',
  'evidence',
] as const;

const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20'"]|^[\t\r\n]/;

/** One field, quoted when it holds a comma, quote, line break or edge space; formulas are defused. */
function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  // A cell that starts, after any spaces or line breaks, with = + - @ (or their full-width forms,
  // which some spreadsheets fold to ASCII) or a quote could run as a formula: a leading ' keeps it text.
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Column names and values as the UI shows them, in its language ("in person", not "in-person"). */
export interface CsvLabels {
  columns: Record<(typeof CSV_COLUMNS)[number], string>;
  laneKind(kind: LaneKind): string;
  channel(channel: Channel): string;
  servqual(dimension: ServqualDimension): string;
  evidence(status: EvidenceStatus): string;
}

/** The stored values themselves, for tools that read the file back. */
const RAW: CsvLabels = {
  columns: Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as CsvLabels['columns'],
  laneKind: (k) => k,
  channel: (c) => c,
  servqual: (d) => d,
  evidence: (e) => e,
};

/**
 * One row per card in board order (step, then lane, then position), UTF-8 with BOM and CRLF,
 * for spreadsheets; with `labels`, headers and values read as in the app.
 */
export function boardToCsv(board: Board, labels: CsvLabels = RAW): string {
  const cards = [...board.cards].sort(byCellOrder(board));
  const rows = cards.map((c) => {
    const step = board.steps.find((s) => s.id === c.stepId);
    const lane = board.lanes.find((l) => l.id === c.laneId);
    const stage = board.stages.find((s) => s.id === step?.stageId);
    const label = <T>(value: T | undefined, name: (v: T) => string) => (value === undefined ? undefined : name(value));
    return [
      stage?.name,
      step?.name,
      label(lane?.kind, labels.laneKind),
      lane?.name,
      c.text,
      label(c.touchpoint?.channel, labels.channel),
      c.touchpoint?.importance,
      c.touchpoint?.performance,
      c.failure?.severity,
      c.failure?.cause,
      c.failure?.recovery,
      c.wait?.minutes,
      c.owner,
      c.durationMinutes,
      c.cost,
      label(c.servqual, labels.servqual),
      c.tags?.join('; '),
      label(c.evidence, labels.evidence),
    ];
  });
  return toCsv([CSV_COLUMNS.map((c) => labels.columns[c]), ...rows]);
}

/** Rows of fields as a spreadsheet-ready file: UTF-8 with BOM (so Excel reads Chinese), CRLF. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
