import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { issue, LANE_COLORS, type Board } from '../model';
import { tableToBoard, TABLE_FIELDS, type TableNames } from './boardTable';
import { boardToRows, type CsvLabels } from './csv';
import { MAX_TABLE_ROWS, tableResult, type TableFileRead } from './tableImport';
import type { AnalysisSection } from './analysisTables';

/**
 * Excel workbooks (loaded on first use): a board from a sheet, read like a CSV table (one row per
 * card, or lanes down and steps across), and a board written as a workbook — its cards, the
 * blueprint as a grid, and each register — with typed cells and frozen headers.
 */

/** What a workbook may unpack to, by the sizes it declares, before anything is unpacked (a zip bomb is refused). */
const MAX_UNPACKED = 200 * 1024 * 1024;

export type SheetRead = TableFileRead & { sheets?: string[]; sheet?: string };

/** A cell as text, as its sheet shows it: a formula's last result (never run), a date as YYYY-MM-DD, rich text as its words. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value) return String((value as { text: unknown }).text ?? '');
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/**
 * A board from a workbook's sheet (the first with content, or the one named), with the names of
 * its sheets so the preview can offer the others.
 */
export async function readBoardXlsx(bytes: Uint8Array, names: TableNames, title: string, sheetName?: string): Promise<SheetRead> {
  let unpacked = 0;
  try {
    // Declared sizes only: the filter keeps nothing, so nothing is inflated here.
    unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        if (unpacked > MAX_UNPACKED) throw new RangeError('too large');
        return false;
      },
    });
  } catch (e) {
    return {
      ok: false,
      errors: [issue('(file)', 'sheetUnreadable', { detail: e instanceof RangeError ? `> ${MAX_UNPACKED / 1024 / 1024} MB` : 'not a workbook' })],
    };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    return { ok: false, errors: [issue('(file)', 'sheetUnreadable', { detail: String((e as Error)?.message ?? e).slice(0, 200) })] };
  }
  const sheets = workbook.worksheets.filter((w) => w.actualRowCount > 0);
  const listed = { sheets: sheets.map((w) => w.name) };
  if (!sheets.length) return { ok: false, errors: [issue('(file)', 'tableEmpty')] };
  // The sheet named, else the first that reads as a map (a workbook often opens on notes).
  const chosen = sheetName ? sheets.filter((w) => w.name === sheetName) : sheets;
  let first: SheetRead | null = null;
  for (const sheet of chosen) {
    const read = { ...readSheet(sheet, names, title), ...listed, sheet: sheet.name };
    if (read.ok) return read;
    first ??= read;
  }
  return first ?? { ok: false, errors: [issue('(file)', 'tableEmpty')] };
}

/** One sheet as a table. */
function readSheet(sheet: ExcelJS.Worksheet, names: TableNames, title: string): TableFileRead {
  if (sheet.rowCount > MAX_TABLE_ROWS) return { ok: false, errors: [issue('(file)', 'tableTooManyRows', { max: MAX_TABLE_ROWS })] };
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    // A merged cell's others read as empty: a stage merged across its steps is its first cell.
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell.value));
    }
    rows.push(cells);
  }
  return tableResult(tableToBoard(rows, names, title));
}

/** The words a workbook is written with, in the user's language. */
export interface WorkbookTexts {
  labels: CsvLabels;
  /** Sheet names: the cards, and the blueprint as a grid. */
  cardsSheet: string;
  gridSheet: string;
}

/** A sheet's name as Excel takes it: at most 31 characters, none of []:*?/\, unique in its workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${base.slice(0, 28)} ${i}`;
  taken.add(out.toLowerCase());
  return out;
}

/** A register's cell as typed: a plain number as a number, a calendar day as a date, else text. */
const typed = (cell: string | number | undefined): string | number | Date | undefined => {
  if (typeof cell !== 'string') return cell;
  if (/^[+-]?\d+(\.\d+)?$/.test(cell)) return Number(cell);
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
  return cell;
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * The board as a workbook: its cards (the board CSV's columns, which the import reads back),
 * the blueprint as a grid (stages merged over their steps, lanes down, a cell's cards one per
 * line, lanes in their colours), then each register. Numbers are numbers, dates are dates, and
 * every sheet keeps its header in view.
 */
export async function boardToXlsx(board: Board, texts: WorkbookTexts, registers: readonly AnalysisSection[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(board.createdAt);
  workbook.modified = new Date(board.updatedAt);
  workbook.title = board.title;
  const taken = new Set<string>();

  // Cards: typed by their field (a number field's cell a number, a date field's a date).
  const cards = workbook.addWorksheet(sheetName(texts.cardsSheet, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header, ...rows] = boardToRows(board, texts.labels);
  const kinds = new Map(TABLE_FIELDS.map((f) => [texts.labels.column(f.key), f.kind]));
  cards.addRow(header);
  for (const row of rows)
    cards.addRow(
      row.map((cell, i) => {
        const kind = kinds.get(String(header![i]));
        if (cell === undefined || cell === '') return undefined;
        if ((kind === 'number' || kind === 'level') && typeof cell === 'number') return cell;
        if (kind === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
        return cell;
      }),
    );
  styleHeader(cards, header!.length);

  // The blueprint as it looks: stages, steps, then a row per lane.
  const grid = workbook.addWorksheet(sheetName(texts.gridSheet, taken), { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  const steps = board.stages.flatMap((stage) => board.steps.filter((s) => s.stageId === stage.id));
  grid.addRow(['', ...steps.map((s) => board.stages.find((g) => g.id === s.stageId)?.name ?? '')]);
  grid.addRow([texts.labels.column('lane'), ...steps.map((s) => s.name)]);
  let from = 2;
  for (const stage of board.stages) {
    const n = steps.filter((s) => s.stageId === stage.id).length;
    if (n > 1) grid.mergeCells(1, from, 1, from + n - 1);
    if (n) grid.getCell(1, from).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(stage.color ?? '#dbeafe') } };
    from += n;
  }
  for (const lane of board.lanes) {
    if (lane.kind === 'emotion' || lane.kind === 'metric') continue;
    const inCell = (stepId: string) =>
      board.cards
        .filter((c) => c.laneId === lane.id && c.stepId === stepId)
        .sort((a, b) => a.order - b.order)
        .map((c) => c.text)
        .join('\n');
    const row = grid.addRow([lane.name, ...steps.map((s) => inCell(s.id))]);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(LANE_COLORS[lane.kind]) } };
    });
    row.getCell(1).font = { bold: true };
  }
  grid.getColumn(1).width = 24;
  for (let i = 2; i <= steps.length + 1; i++) grid.getColumn(i).width = 28;
  for (const r of [1, 2]) grid.getRow(r).font = { bold: true };

  // Each register: a sheet of its own, numbers as numbers.
  for (const section of registers)
    for (const table of section.tables) {
      const sheet = workbook.addWorksheet(sheetName(table.caption, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.addRow(table.columns);
      for (const row of table.rows) sheet.addRow(row.cells.map(typed));
      styleHeader(sheet, table.columns.length);
    }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A header row in bold on grey, with columns wide enough for their headers. */
function styleHeader(sheet: ExcelJS.Worksheet, columns: number) {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (let i = 1; i <= columns; i++) sheet.getColumn(i).width = Math.min(40, Math.max(12, String(header.getCell(i).value ?? '').length + 2));
  for (const c of sheet.columns ?? []) if (c.values?.some((v) => v instanceof Date)) c.numFmt = 'yyyy-mm-dd';
}
