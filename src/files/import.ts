import { issue, readBoard, versionIssue, type Board, type BoardIssue } from '../model';
import { mermaidToBoard } from './mermaid';
import { BACKUP_FORMAT, BACKUP_VERSION } from './json';
import type { BundledBlob } from './bundle';
import type { ImportNames } from './importNames';
import { cjmlToBoard, looksLikeCjml } from './cjml';
import type { TableFileRead } from './tableImport';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportResult =
  /** `table`: the file was a table (CSV, spreadsheet): its one board is shown before it is created, with the cells left out. */
  | {
      ok: true;
      boards: Board[];
      blobs?: BundledBlob[];
      table?: Omit<Extract<TableFileRead, { ok: true }>, 'board' | 'ok'> & { sheets?: string[]; sheet?: string };
    }
  | { ok: false; file: string; errors: BoardIssue[] };

/** A file's name without its extension: the title of a board made from a file that names none. */
export const baseName = (name: string) => name.replace(/\.[^.]*$/, '') || name;

/**
 * Reads an imported file: a board (JSON), a backup of boards, or Mermaid journey text. Every
 * board is migrated and validated; any problem rejects the whole file with what and where.
 * Nothing is stored here: the caller adds the boards (as new boards) only on success.
 */
export async function readImportFile(file: File, names?: ImportNames, sheet?: string): Promise<ImportResult> {
  const fail = (errors: BoardIssue[]): ImportResult => ({ ok: false, file: file.name, errors });
  const tooLarge = (limit: number) =>
    fail([issue('(file)', 'fileTooLarge', { size: Math.round(file.size / 1024 / 1024), limit: limit / 1024 / 1024 })]);
  if (names && /\.xlsx$/i.test(file.name)) {
    // A workbook: one of its sheets read as a table, by code loaded now (ExcelJS).
    if (file.size > MAX_IMPORT_BYTES) return tooLarge(MAX_IMPORT_BYTES);
    const { readBoardXlsx } = await import('./xlsx');
    return asImport(await readBoardXlsx(new Uint8Array(await file.arrayBuffer()), names.table, baseName(file.name), sheet), file.name);
  }
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    // A bundle: boards with the bytes of their pictures and files (zip, read by code loaded now).
    const { MAX_BUNDLE_BYTES, readBundle } = await import('./bundle');
    if (file.size > MAX_BUNDLE_BYTES) return tooLarge(MAX_BUNDLE_BYTES);
    return readBundle(new Uint8Array(await file.arrayBuffer()), file.name);
  }
  if (file.size > MAX_IMPORT_BYTES) return tooLarge(MAX_IMPORT_BYTES);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (names && /\.(csv|tsv|tab)$/i.test(file.name)) {
    // A table: read by code loaded now (papaparse), into a board shown before it is created.
    const { readBoardCsv } = await import('./tableImport');
    return asImport(readBoardCsv(bytes, names.table, baseName(file.name)), file.name);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail([issue('(file)', 'notUtf8')]);
  }
  if (text.includes('\u0000')) return fail([issue('(file)', 'binary')]);
  return readImportText(text.replace(/^\uFEFF/, ''), file.name, names);
}

/** A table's board as an import (its board listed, the rest of what was read beside it). */
function asImport(table: TableFileRead & { sheets?: string[]; sheet?: string }, file: string): ImportResult {
  if (!table.ok) return { ok: false, file, errors: table.errors };
  const { ok: _ok, board, ...rest } = table;
  return { ok: true, boards: [board], table: rest };
}

export function readImportText(text: string, name: string, names?: ImportNames): ImportResult {
  const fail = (errors: BoardIssue[]): ImportResult => ({ ok: false, file: name, errors });
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return fail([issue(jsonErrorPlace(text, e), 'notJson', { detail: (e as Error).message })]);
    }
    const doc = json as { format?: unknown; version?: unknown; boards?: unknown };
    if (doc && typeof doc === 'object' && doc.format === BACKUP_FORMAT) {
      const refused = versionIssue(doc.version, BACKUP_VERSION);
      if (refused) return fail(refused.errors);
      if (!Array.isArray(doc.boards)) return fail([issue('boards', 'backupNoList')]);
      const boards: Board[] = [];
      const errors: BoardIssue[] = [];
      doc.boards.forEach((b, i) => {
        const r = readBoard(b);
        if (r.ok) boards.push(r.board);
        else errors.push(...r.errors.map((e) => ({ ...e, path: `boards[${i}].${e.path}` })));
      });
      return errors.length ? fail(errors) : { ok: true, boards };
    }
    const r = readBoard(json);
    return r.ok ? { ok: true, boards: [r.board] } : fail(r.errors);
  }
  if (names && looksLikeCjml(text)) {
    const r = cjmlToBoard(text, names.cjml, baseName(name));
    return r.ok ? { ok: true, boards: [r.board] } : fail(r.errors);
  }
  if (/^\s*(---\n[\s\S]*?\n---\n)?\s*((%%|#)[^\n]*\n\s*)*journey\b/i.test(text)) {
    const r = mermaidToBoard(text);
    return r.ok ? { ok: true, boards: [r.board] } : fail(r.errors);
  }
  return fail([issue('(file)', 'unknownFile')]);
}

/** "line L, column C" for a JSON.parse error, when the engine says where. */
function jsonErrorPlace(text: string, e: unknown): string {
  const m = /position (\d+)/.exec(String((e as Error).message));
  if (!m) {
    const lc = /line (\d+) column (\d+)/.exec(String((e as Error).message));
    return lc ? `line ${lc[1]}, column ${lc[2]}` : '(file)';
  }
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}
