import { CARD_FIELDS, byCellOrder, type Board, type CardField, type LaneKind } from '../model';

/** The columns that place a card (its stage, step and lane), before its own fields. */
const PLACE_COLUMNS = [
  { key: 'stage', column: 'stage' },
  { key: 'step', column: 'step' },
  { key: 'laneKind', column: 'lane kind' },
  { key: 'lane', column: 'lane' },
] as const;
/** The card fields CSV files carry, in the field table's order. */
const CSV_FIELDS = CARD_FIELDS.filter((f): f is CardField & { column: string } => !!f.column);

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
  /** A column's header, by its field key (`stage`, `step`, `laneKind`, `lane`, then the card fields'). */
  column(key: string): string;
  laneKind(kind: LaneKind): string;
  /** A choice's value, by its field and option (`servqual`, `empathy`). */
  option(field: CardField & { kind: 'choice' }, option: string): string;
}

/** The stored names and values themselves, for tools that read the file back. */
const RAW: CsvLabels = {
  column: (key) => [...PLACE_COLUMNS, ...CSV_FIELDS].find((c) => c.key === key)!.column,
  laneKind: (k) => k,
  option: (_f, o) => o,
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
    const fields = CSV_FIELDS.map((f) => {
      const value = f.get(c);
      if (value === undefined) return undefined;
      if (f.kind === 'choice') return labels.option(f, String(value));
      return Array.isArray(value) ? value.join('; ') : (value as string | number);
    });
    return [stage?.name, step?.name, lane && labels.laneKind(lane.kind), lane?.name, ...fields];
  });
  return toCsv([[...PLACE_COLUMNS, ...CSV_FIELDS].map((c) => labels.column(c.key)), ...rows]);
}

/** Rows of fields as a spreadsheet-ready file: UTF-8 with BOM (so Excel reads Chinese), CRLF. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
