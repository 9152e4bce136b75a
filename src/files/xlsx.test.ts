// Excel workbooks in and out, through ExcelJS itself (as the app loads it): ExcelJS's Node build
// reads buffers of this realm, where jsdom's would be another's.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { analyseBoard, backlogOf, validateBoard } from '../model';
import { loopBoard } from '../model/test/loopBoard';
import { analysisSections, CSV_REGISTERS } from './analysisTables';
import { backlogSection } from './backlogTables';
import { boardToXlsx, readBoardXlsx } from './xlsx';
import { content, labelsIn, lookup, names, tricky } from './test/tables';

const texts = { labels: labelsIn('en'), cardsSheet: 'Cards', gridSheet: 'Blueprint' };
const t = ((key: string) => lookup(key, 'en') ?? key) as never;

async function workbook(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

describe('Excel workbooks', () => {
  it('a board goes out as a workbook and comes back the same: cards typed, the blueprint as a grid, the registers, headers frozen', async () => {
    const board = tricky();
    const registers = analysisSections(board, analyseBoard(board), t, 'en')
      .map((s) => ({ ...s, tables: s.tables.filter((x) => CSV_REGISTERS.includes(x.id)) }))
      .filter((s) => s.tables.length);
    const bytes = await boardToXlsx(board, texts, registers);

    const read = await readBoardXlsx(bytes, names, 'Restaurant');
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.sheet).toBe('Cards');
    expect(read.problems).toEqual([]);
    expect(validateBoard(read.board).ok).toBe(true);
    const [got, want] = [content(read.board), content(board)];
    expect(got).toEqual(want);

    const book = await workbook(bytes);
    expect(book.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Cards', 'Blueprint']);
    expect(book.worksheets.length).toBeGreaterThanOrEqual(2 + registers.flatMap((s) => s.tables).length);
    const cards = book.getWorksheet('Cards')!;
    expect(cards.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (cards.getRow(1).values as unknown[]).slice(1);
    const importance = header.indexOf('Importance') + 1;
    const typedRow = cards.getColumn(importance).values.findIndex((v) => typeof v === 'number');
    expect(typedRow).toBeGreaterThan(1); // a number, not text
    // The grid: stages merged over their steps, a cell's cards one per line.
    const grid = book.getWorksheet('Blueprint')!;
    expect(grid.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    const firstStageSteps = board.steps.filter((s) => s.stageId === board.stages[0]!.id).length;
    expect(grid.getCell(1, 2).value).toBe(board.stages[0]!.name);
    if (firstStageSteps > 1) expect(grid.getCell(1, 3).isMerged).toBe(true);
    expect(grid.getCell(2, 2).value).toBe(board.steps.find((s) => s.stageId === board.stages[0]!.id)!.name);
    // A register: its counts as numbers.
    const touchpoints = registers.flatMap((s) => s.tables).find((x) => x.id === 'touchpoints')!;
    const sheet = book.getWorksheet(touchpoints.caption.slice(0, 31))!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(touchpoints.columns);
    expect(sheet.actualRowCount).toBe(touchpoints.rows.length + 1);
  });

  it('writes the backlog’s sheets when the board has one, a date as a date', async () => {
    const board = loopBoard();
    const backlog = backlogOf(board, '2026-12-02');
    expect(backlog.solutions.length).toBeGreaterThan(0);
    const section = backlogSection(board, backlog, t, 'en');
    const book = await workbook(await boardToXlsx(board, texts, [section]));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Cards', 'Blueprint', ...section.tables.map((x) => x.caption.slice(0, 31))]);
    // A solution's due date is a date in its sheet, not text (an overdue one says so, in words).
    const due = backlog.solutions.find((x) => x.card.dueDate && !x.overdue)?.card.dueDate;
    expect(due).toBeTruthy();
    const values = book.worksheets.flatMap((w) => w.getSheetValues().flat());
    expect(values.some((v) => v instanceof Date && v.toISOString().startsWith(due!))).toBe(true);
  });

  it('reads a grid a designer made: merged stage cells, empty cells, line breaks in cells, a formula kept as its result, on the sheet chosen', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Notes').addRow(['Workshop notes, not a map']);
    const sheet = book.addWorksheet('Map');
    sheet.addRow(['', 'Arrive', '', 'Visit']);
    sheet.mergeCells('B1:C1');
    sheet.addRow(['', 'Book', 'Travel', 'Check in']);
    sheet.addRow(['Customer', 'Books online\nGets a reminder', null, { formula: 'UPPER("checks in")', result: 'CHECKS IN' }]);
    sheet.addRow(['Frontstage', null, null, 'Greets']);
    sheet.addRow([null, null, null, 'Checks the ID']);
    sheet.mergeCells('A4:A5');
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());

    // Notes first: the first sheet that reads as a map is read; the notes, asked for, are refused.
    expect(await readBoardXlsx(bytes, names, 'Clinic', 'Notes')).toMatchObject({ ok: false, errors: [{ code: 'tableNoColumns' }] });
    const read = await readBoardXlsx(bytes, names, 'Clinic');
    expect(read).toMatchObject({ sheet: 'Map' });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.sheets).toEqual(['Notes', 'Map']);
    const c = content(read.board);
    expect(c.stages).toEqual(['Arrive', 'Visit']);
    expect(c.steps).toEqual(['Arrive / Book', 'Arrive / Travel', 'Visit / Check in']);
    expect(read.board.cards.map((x) => x.text)).toEqual(['Books online', 'Gets a reminder', 'CHECKS IN', 'Greets', 'Checks the ID']);
  });

  it('refuses a zip bomb by the sizes it declares, and what is not a workbook', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(210 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await readBoardXlsx(bomb, names, 'x')).toMatchObject({ ok: false, errors: [{ code: 'sheetUnreadable' }] });
    expect(await readBoardXlsx(new TextEncoder().encode('stage,step\n'), names, 'x')).toMatchObject({
      ok: false,
      errors: [{ code: 'sheetUnreadable' }],
    });
  });
});
