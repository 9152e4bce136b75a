import Papa from 'papaparse';
import { decodeText, type TextEncoding } from './textDecode';
import { FORMULA_START } from './csv';
import { issue, type BoardIssue } from '../model';
import { tableToBoard, type TableNames, type TableRead } from './boardTable';

/** More rows than this are refused before they are read: a board holds what people can look at. */
export const MAX_TABLE_ROWS = 50_000;

export type TableFileRead = (Extract<TableRead, { ok: true }> & { encoding?: TextEncoding }) | { ok: false; errors: BoardIssue[] };

const REFUSED = { empty: 'tableEmpty', noColumns: 'tableNoColumns', noCards: 'tableNoCards' } as const;
/** A table read, or why it was not, as the file's issues. */
export const tableResult = (read: TableRead, encoding?: TextEncoding): TableFileRead =>
  read.ok ? { ...read, ...(encoding && { encoding }) } : { ok: false, errors: [issue('(file)', REFUSED[read.reason])] };
const tooManyRows = (): TableFileRead => ({ ok: false, errors: [issue('(file)', 'tableTooManyRows', { max: MAX_TABLE_ROWS })] });

/** A cell as typed: the ' that keeps a formula-looking cell text in a spreadsheet (and in this app's CSV) is not part of it. */
const undefuse = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

/**
 * A board from a CSV file (one row per card, or lanes down and steps across), read in whatever
 * encoding a spreadsheet saved it (UTF-8, UTF-16, GB18030). Cells are text: a formula is never
 * evaluated. The board is named after the file.
 */
export function readBoardCsv(bytes: Uint8Array, names: TableNames, title: string): TableFileRead {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, errors: [issue('(file)', 'binary')] };
  // Tab-separated when the first line has tabs and no commas (a paste from a spreadsheet saved as text).
  const firstLine = decoded.text.slice(0, decoded.text.search(/\r|\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  // `preview` stops the parser past the limit. Not in papaparse's fast mode (a file without
  // quotes), which splits the whole text into lines first: 0.46 s for a million rows, against
  // 0.12 s for the rows kept.
  const parsed = Papa.parse<string[]>(decoded.text.replace(/^\uFEFF/, ''), {
    delimiter,
    preview: MAX_TABLE_ROWS + 1,
    skipEmptyLines: false,
    fastMode: false,
  });
  if (parsed.data.length > MAX_TABLE_ROWS) return tooManyRows();
  return tableResult(
    tableToBoard(
      parsed.data.map((r) => r.map(undefuse)),
      names,
      title,
    ),
    decoded.encoding,
  );
}
