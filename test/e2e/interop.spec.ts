import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cellTexts, exportAs, openBoard, openLibrary } from './helpers';
import { violations } from './axe';
import ExcelJS from 'exceljs';

/** Chooses files through the library's Import button. */
async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[], button = 'Import') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles(files);
}
const csv = (name: string, text: string | Buffer) => ({ name, mimeType: 'text/csv', buffer: typeof text === 'string' ? Buffer.from(text) : text });

/** GB18030 bytes (what Excel saves Chinese CSV as), from a map of every two-byte code. */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) codes.set(decoder.decode(new Uint8Array([a, b])), [a, b]);
  return Buffer.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : codes.get(c)!)));
}

/** A blueprint the way a designer keeps it in a spreadsheet: stages merged across their steps, lanes down, a cell per step, lines for several cards. */
const GRID = [
  ',Arrive,,Visit,',
  'Lane,Book,Travel,Check in,Wait',
  'Physical evidence,"Booking e-mail\nMap link",,Queue ticket,Screens',
  'Customer,Books a slot online,Drives in,Takes a ticket,Waits to be called',
  'Frontstage,,,Greets the patient,',
  ',,,Checks the ID,',
  'Backstage,Confirms the slot,,,Prepares the room',
  'Emotions,1,0,-1,-2',
  'Support processes,Booking system,,Queue system,',
].join('\r\n');

test('a spreadsheet blueprint comes in: previewed (shape, cells that cannot be read) before anything is made, then a board', async ({ page }) => {
  await openLibrary(page);
  await importFiles(page, [csv('Clinic visit.csv', GRID)]);
  const dialog = page.getByRole('dialog', { name: 'Import “Clinic visit.csv”' });
  await expect(dialog).toContainText('2 stages × 4 steps × 6 lanes, 14 cards (Lanes down, steps across).');
  expect(await violations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported 1 board.');
  await openBoard(page, 'Clinic visit');
  expect(await cellTexts(page, 'Physical evidence', 'Book')).toEqual(['Booking e-mail', 'Map link']);
  expect(await cellTexts(page, 'Frontstage', 'Check in')).toEqual(['Greets the patient', 'Checks the ID']);
  expect(await cellTexts(page, 'Support processes', 'Check in')).toEqual(['Queue system']);
  await expect(page.getByRole('slider', { name: /emotion at Wait$/ })).toHaveAttribute('aria-valuenow', '-2');

  // A table with rows that cannot be read: each listed with its row and column; cancelled, nothing made.
  await page.getByRole('link', { name: /All boards/ }).click();
  await expect(page.getByRole('link', { name: 'Clinic visit', exact: true })).toBeVisible();
  const boards = await page.locator('.board-item').count();
  await importFiles(page, [
    csv(
      'bad.csv',
      'Stage,Step,Lane,Text,Importance,Failure severity\nVisit,Book,Customer,Books,high,\nVisit,Book,Customer,Calls,3,7\nVisit,,Customer,Nowhere,,\n',
    ),
  ]);
  const bad = page.getByRole('dialog', { name: 'Import “bad.csv”' });
  await expect(bad).toContainText('1 stage × 1 step × 1 lane, 2 cards (One row per card).');
  await expect(bad).toContainText('3 cells cannot be read and are left out:');
  const rows = bad.getByRole('row');
  await expect(rows.nth(1)).toHaveText(['2', 'Importance', '“high” is not a number'].join(''));
  await expect(rows.nth(2)).toHaveText(['3', 'Failure severity', '7 is outside what the field takes'].join(''));
  await expect(rows.nth(3)).toHaveText(['4', 'Step', '“Nowhere” has no step or lane'].join(''));
  await bad.getByRole('button', { name: 'Cancel' }).click();
  await expect(bad).toBeHidden();
  await expect(page.locator('.board-item')).toHaveCount(boards);

  // Not a table at all: refused with the reason.
  await importFiles(page, [csv('notes.csv', 'Things to do\nCall the clinic\n')]);
  await expect(page.getByRole('alert')).toContainText('Nothing was imported from “notes.csv”');
  await expect(page.getByRole('alert')).toContainText('neither one row per card');
});

test('CJML: a journey file becomes a board, and the board goes out as CJML', async ({ page }) => {
  await openLibrary(page);
  await importFiles(page, [{ name: 'bookis.xml', mimeType: 'application/xml', buffer: readFileSync('test/fixtures/cjml/bookis.xml') }]);
  await expect(page.getByRole('status')).toHaveText('Imported 1 board.');
  await openBoard(page, 'bookis');
  expect(await cellTexts(page, 'Customer actions', 'TP3')).toEqual(['Reads the text']);
  expect(await cellTexts(page, 'Frontstage actions', 'TP3')).toEqual(['Sends a text: "parcel ready"']);
  const xml = readFileSync(await exportAs(page, 'CJML'), 'utf8');
  expect(xml).toContain('<CJML version="2.0">');
  expect(xml).toContain('<plannedJourney>');
  expect(xml).toContain('<companyName>Posten &amp; Bring</companyName>');
});

test('an Excel workbook comes in (merged stage and lane cells, line breaks, the sheet chosen) and the board goes out as one', async ({ page }) => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Read me').addRow(['How we mapped the pharmacy']);
  const map = book.addWorksheet('Pharmacy');
  map.addRow(['', 'Before', '', 'At the counter']);
  map.mergeCells('B1:C1');
  map.addRow(['', 'Gets a prescription', 'Finds a pharmacy', 'Hands it over']);
  map.addRow(['Customer actions', 'Sees the doctor', 'Searches the map', 'Queues\nHands over the paper']);
  map.addRow(['Frontstage actions', '', '', 'Checks the prescription']);
  map.addRow(['', '', '', 'Asks about allergies']);
  map.mergeCells('A4:A5');
  map.addRow(['Support processes', 'E-prescription system', '', '']);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  await openLibrary(page);
  await importFiles(page, [{ name: 'Pharmacy.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer }]);
  const dialog = page.getByRole('dialog', { name: 'Import “Pharmacy.xlsx”' });
  // The first sheet is notes, not a map: the first that reads as one is shown, the others offered.
  const sheet = dialog.getByRole('combobox', { name: 'Sheet' });
  await expect(sheet).toHaveValue('Pharmacy');
  await expect(dialog).toContainText('2 stages × 3 steps × 3 lanes, 7 cards (Lanes down, steps across).');
  // Another sheet, chosen: said when it is no map, and nothing can be made of it.
  await sheet.selectOption('Read me');
  await expect(dialog.getByRole('alert')).toContainText('The sheet “Read me” cannot be read as a map');
  await expect(dialog.getByRole('button', { name: 'Create board' })).toBeDisabled();
  await sheet.selectOption('Pharmacy');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await openBoard(page, 'Pharmacy');
  expect(await cellTexts(page, 'Customer actions', 'Hands it over')).toEqual(['Queues', 'Hands over the paper']);
  expect(await cellTexts(page, 'Frontstage actions', 'Hands it over')).toEqual(['Checks the prescription', 'Asks about allergies']);

  const out = new ExcelJS.Workbook();
  const file = readFileSync(await exportAs(page, 'Excel'));
  await out.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  expect(out.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Cards', 'Blueprint']);
  expect(out.getWorksheet('Blueprint')!.getCell('D3').value).toBe('Queues\nHands over the paper');
  expect(out.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Touchpoints by gap', 'Failure register']));
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('a GB18030 table with Chinese headers, as Excel saves it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '看板' })).toBeVisible();
    const text = '阶段,步骤,泳道,文本,触点渠道\r\n到店,取号,顾客,在机器上取号,面对面\r\n到店,取号,前台,引导顾客取号,\r\n办理,开户,后台,审核身份,\r\n';
    await importFiles(page, [csv('银行开户.csv', gb18030(text))], '导入');
    const dialog = page.getByRole('dialog', { name: '导入“银行开户.csv”' });
    await expect(dialog).toContainText('2 个阶段 × 2 个步骤 × 3 条泳道，3 张卡片（每行一张卡片）。');
    await expect(dialog).toContainText('按 GB18030 读取。');
    await dialog.getByRole('button', { name: '创建看板' }).click();
    await page.getByRole('link', { name: '银行开户', exact: true }).click();
    await expect(page.getByRole('article', { name: '在机器上取号' })).toBeVisible();
    expect(await cellTexts(page, '前台', '取号')).toEqual(['引导顾客取号']);
  });
});
