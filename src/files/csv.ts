import { CARD_FIELDS, MARKER_KINDS, byCellOrder, type Board, type Card, type CardField, type LaneKind, type MarkerKind } from '../model';

/** The columns that place a card (its stage, step and lane), before its own fields. */
const PLACE_COLUMNS = [
  { key: 'stage', column: 'stage' },
  { key: 'step', column: 'step' },
  { key: 'laneKind', column: 'lane kind' },
  { key: 'lane', column: 'lane' },
] as const;
/** The card fields CSV files carry, in the field table's order. */
const CSV_FIELDS = CARD_FIELDS.filter((f): f is CardField & { column: string } => !!f.column);

/** What a spreadsheet would run as a formula: such a cell is written with a leading ' (and read back without it). */
export const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20'"]|^[\t\r\n]/;

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
  marker(kind: MarkerKind): string;
}

/** The stored names and values themselves, for tools that read the file back. */
export const RAW: CsvLabels = {
  column: (key) => [...PLACE_COLUMNS, ...CSV_FIELDS, MARKERS_COLUMN].find((c) => c.key === key)!.column,
  laneKind: (k) => k,
  option: (_f, o) => o,
  marker: (k) => k,
};
/** Which markers a card has: a wait point without minutes has no other column to say so. */
const MARKERS_COLUMN = { key: 'markers', column: 'markers' } as const;

/**
 * One row per card in board order (step, then lane, then position), UTF-8 with BOM and CRLF,
 * for spreadsheets; with `labels`, headers and values read as in the app. Every lane comes
 * first as a row naming only it (so lanes keep their order, and an empty lane its place), and a
 * step without cards as a row naming only it: the import reads the same board back.
 */
export function boardToCsv(board: Board, labels: CsvLabels = RAW): string {
  return toCsv(boardToRows(board, labels));
}

/** The board CSV's rows, its header first (a workbook's cards sheet holds the same). */
export function boardToRows(board: Board, labels: CsvLabels = RAW): (string | number | undefined)[][] {
  const columns = [...PLACE_COLUMNS, ...CSV_FIELDS, MARKERS_COLUMN];
  const cards = [...board.cards].sort(byCellOrder(board));
  const stageOf = (stepId: string) => board.stages.find((s) => s.id === board.steps.find((st) => st.id === stepId)?.stageId);
  const cardRow = (c: Card) => {
    const step = board.steps.find((s) => s.id === c.stepId);
    const lane = board.lanes.find((l) => l.id === c.laneId);
    const fields = CSV_FIELDS.map((f) => {
      const value = f.get(c);
      if (value === undefined) return undefined;
      if (f.kind === 'choice') return labels.option(f, String(value));
      return Array.isArray(value) ? value.join('; ') : (value as string | number);
    });
    const markers = MARKER_KINDS.filter((m) => c[m])
      .map(labels.marker)
      .join('; ');
    return [stageOf(c.stepId)?.name, step?.name, lane && labels.laneKind(lane.kind), lane?.name, ...fields, markers || undefined];
  };
  const rows: (string | number | undefined)[][] = board.lanes.map((l) => [undefined, undefined, labels.laneKind(l.kind), l.name]);
  for (const step of board.steps) {
    const here = cards.filter((c) => c.stepId === step.id);
    if (here.length) rows.push(...here.map(cardRow));
    else rows.push([stageOf(step.id)?.name, step.name]);
  }
  return [columns.map((c) => labels.column(c.key)), ...rows];
}

/** Rows of fields as a spreadsheet-ready file: UTF-8 with BOM (so Excel reads Chinese), CRLF. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
