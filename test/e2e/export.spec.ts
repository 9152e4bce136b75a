import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateBoard } from '../../src/model/generate';
import { BOARD_VERSION } from '../../src/model/board';
import { exportAs, newBoard, openBoard, openLibrary, saved, seedBoard, openSmallRestaurant } from './helpers';
import { inspectPdf, pdfFonts } from './pdf';

test('PDF of the sample board: vector text for every card, title block, legend, no blank page', async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  const file = await exportAs(page, 'PDF', async (d) => {
    await d.getByLabel('Paper size').selectOption('A4');
    await d.getByLabel('Orientation').selectOption('landscape');
    await d.getByRole('radio', { name: 'Tile at readable size' }).check();
  });
  const pdf = inspectPdf(file);
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  const flat = pdf.text.replace(/\s+/g, ' ');
  for (const text of ['Booking page and phone line', 'Kitchen prepares the dish', 'Payment gateway', 'Asks for the bill and pays'])
    expect(flat).toContain(text);
  for (const text of ['Restaurant visit', 'Line of visibility', `Page 1 of ${pdf.pages}`, 'Failure point', 'Legend']) expect(flat).toContain(text);
  pdf.ink.forEach((share) => expect(share).toBeGreaterThan(0.01));
});

test('PDF of a 100-step board tiles into readable pages, under 2 MB, every page drawn', async ({ page }) => {
  const board = generateBoard({ cards: 800, steps: 100, seed: 100 });
  await seedBoard(page, board);
  await openBoard(page, board.title);
  const file = await exportAs(page, 'PDF', async (d) => {
    await d.getByLabel('Paper size').selectOption('A3');
    await d.getByRole('radio', { name: 'Tile at readable size' }).check();
  });
  const pdf = inspectPdf(file);
  expect(pdf.pages).toBeGreaterThan(5);
  expect(pdf.size).toBeLessThan(2 * 1024 * 1024);
  const flat = pdf.text.replace(/\s+/g, ' ');
  for (const c of [board.cards[0]!, board.cards[399]!, board.cards[799]!]) expect(flat).toContain(c.text);
  expect(flat).toContain('Step 100');
  pdf.ink.forEach((share) => expect(share).toBeGreaterThan(0.01));
});

test('a Chinese board exports with Chinese text that is embedded and selectable', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('button', { name: '新建看板' }).click();
  await page.getByRole('button', { name: '创建看板' }).click();
  await page.getByRole('textbox', { name: '看板标题' }).fill('银行网点服务蓝图');
  await page.getByRole('button', { name: '导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await dialog.getByRole('button', { name: '下载' }).click();
  const path = test.info().outputPath('zh.pdf');
  await (await download).saveAs(path);
  const pdf = inspectPdf(path);
  const flat = pdf.text.replace(/\s+/g, '');
  for (const text of ['银行网点服务蓝图', '有形展示', '顾客行为', '可视分界线', '图例']) expect(flat).toContain(text);
  pdf.ink.forEach((share) => expect(share).toBeGreaterThan(0.005));
  // Regular and bold are both embedded: titles and headers stay bold in Chinese.
  expect(pdfFonts(path).filter((f) => f.startsWith('NotoSansSC'))).toHaveLength(2);
});

test('JSON, CSV and Mermaid downloads; a JSON file imports back as a new board; a bad file changes nothing', async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  const json = await exportAs(page, 'JSON');
  expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({
    format: 'blueprint-studio/board',
    version: BOARD_VERSION,
    title: 'Restaurant visit',
  });
  const csv = readFileSync(await exportAs(page, 'CSV'), 'utf8');
  expect(csv.startsWith('\uFEFFStage,Step,Lane kind,Lane,Text,Touchpoint channel')).toBe(true); // as the app names them
  expect(csv).toContain('Kitchen prepares the dish');
  expect(csv).toContain('At the restaurant,Ordering,Customer actions,Customer actions,Orders dishes,in person,'); // values as shown: "in person", not "in-person"
  expect(readFileSync(await exportAs(page, 'Mermaid'), 'utf8')).toMatch(/^journey\n {2}title Restaurant visit\n {2}section Before the visit\n/);

  await page.getByRole('link', { name: /All boards/ }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles(json);
  await expect(page.getByRole('status')).toHaveText('Imported 1 board.');
  await expect(page.getByRole('link', { name: 'Restaurant visit' })).toHaveCount(2);
  // Its title exists already: the library never shows two identical rows.
  await expect(page.getByRole('link', { name: /^Restaurant visit \(imported .+\)$/ })).toHaveCount(1);

  const bad = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (
    await bad
  ).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"blueprint-studio/board","version":1,"title":') });
  await expect(page.getByRole('alert')).toContainText('Nothing was imported from “broken.json”');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(page.getByRole('link', { name: 'Restaurant visit' })).toHaveCount(2);
});

test('PNG of the whole board at 2×, and a board file dropped onto the library imports', async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  const png = readFileSync(
    await exportAs(page, 'PNG', async (d) => {
      await d.getByRole('radio', { name: 'Whole board' }).check();
      await d.getByLabel('Resolution').selectOption('2');
    }),
  );
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(width).toBe(2 * (16 + 176 + 5 * 232 + 16)); // the board with a margin, its title above and the legend below
  expect(height).toBeGreaterThan(2 * (56 + 76 + 5 * 96 + 16 + 40));

  const json = readFileSync(await exportAs(page, 'JSON'), 'utf8');
  await page.getByRole('link', { name: /All boards/ }).click();
  await expect(page.getByRole('link', { name: 'Restaurant visit' })).toHaveCount(1);
  const drop = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, json);
  await page.locator('main.library').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByRole('status')).toHaveText('Imported 1 board.');
  await expect(page.getByRole('link', { name: 'Restaurant visit' })).toHaveCount(2);
});

test('the journey layer is in the PDF: curve notes, stage averages, personas in the legend', async ({ page }) => {
  await newBoard(page, 'Customer journey map');
  await page.getByRole('slider', { name: 'Customer emotion at Pays' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await page.getByLabel('Why? (shown beside the point)').fill('Card declined without a reason');
  await page.getByRole('button', { name: 'Save' }).click();
  const file = await exportAs(page, 'PDF', async (d) => {
    await d.getByRole('radio', { name: 'Fit to one page' }).check();
  });
  const pdf = inspectPdf(file);
  expect(pdf.pages).toBe(1); // the legend fits below the board on the one page
  const flat = pdf.text.replace(/\s+/g, ' ');
  for (const text of [
    'Card declined without a reason',
    'avg Customer -2',
    '+2 very positive',
    'Awareness',
    'Loyalty',
    'Legend',
    'Customer To-be curve',
  ])
    expect(flat).toContain(text);
});

test('PNG of the current view is smaller than the whole board; a board beyond the canvas limit is scaled down with a warning', async ({ page }) => {
  const board = generateBoard({ cards: 2000, steps: 50, seed: 5 });
  await seedBoard(page, board);
  await openBoard(page, board.title);
  const view = readFileSync(
    await exportAs(page, 'PNG', async (d) => {
      await d.getByRole('radio', { name: 'Current view' }).check();
      await d.getByLabel('Resolution').selectOption('1');
    }),
  );
  expect(view.readUInt32BE(16)).toBeLessThan(176 + 50 * 232);

  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PNG', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Whole board' }).check();
  await dialog.getByLabel('Resolution').selectOption('2');
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Download' }).click();
  const path = test.info().outputPath('big.png');
  await (await download).saveAs(path);
  await expect(dialog.getByRole('alert')).toContainText('scaled down');
  const png = readFileSync(path);
  expect(png.readUInt32BE(16)).toBeLessThanOrEqual(16_384);
  expect(png.readUInt32BE(16)).toBeGreaterThan(10_000);
});

test('a card with all three markers shows every badge in full: on screen, and in the PDF', async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  const target = page.getByRole('article', { name: 'Orders dishes' });
  await target.click();
  for (const marker of ['Touchpoint', 'Failure point', 'Wait point']) {
    const box = page.getByRole('checkbox', { name: marker, exact: true });
    if (!(await box.isChecked())) await box.check();
  }
  await expect(target).toHaveAccessibleDescription(/Touchpoint.*Failure point.*Wait point/);
  const clipped = await target.evaluate((card) => {
    const c = card.getBoundingClientRect();
    return [...card.querySelectorAll<HTMLElement>('.badge')]
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return b.scrollWidth > b.clientWidth || r.left < c.left || r.right > c.right || r.top < c.top || r.bottom > c.bottom;
      })
      .map((b) => b.textContent);
  });
  expect(clipped).toEqual([]);
  expect(await target.locator('.badge').count()).toBe(3);
  const file = await exportAs(page, 'PDF', async (d) => {
    await d.getByRole('radio', { name: 'Fit to one page' }).check();
  });
  const flat = inspectPdf(file).text.replace(/\s+/g, ' ');
  for (const text of ['Touchpoint: in person', 'Failure point: severity', 'Wait point:']) expect(flat).toContain(text);
});

test('PDF: long card text is cut with "…" inside its card, characters the fonts lack are shown as □ with a warning; connectors keep their labels', async ({
  page,
}) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  const long = `Start of a long note. ${'The guest explains the allergy at length again and again. '.repeat(35)}The end of the note.`;
  await page.getByRole('article', { name: 'Menu and table setting' }).click();
  await page.getByLabel('Text', { exact: true }).fill(long);
  await page.getByRole('article', { name: 'Bill and receipt' }).click();
  await page.getByLabel('Text', { exact: true }).fill('收银员确认订单 🧾✅');
  // A labelled connector.
  await page.getByRole('article', { name: 'Reserves a table' }).click();
  await page.keyboard.press('c');
  const connect = page.getByRole('dialog', { name: 'Connect “Reserves a table” to…' });
  await connect.getByLabel('Target card').selectOption({ label: 'Host confirms the booking · Reservation' });
  await connect.getByRole('button', { name: 'Connect' }).click();
  const edge = page.getByRole('group', { name: 'Connector from Reserves a table to Host confirms the booking' });
  await edge.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Connector' }).getByLabel('Label').fill('Insurance check request');
  await page.getByRole('dialog', { name: 'Connector' }).getByRole('button', { name: 'Save' }).click();
  await saved(page);

  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PDF', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Fit to one page' }).check();
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Download' }).click();
  const path = test.info().outputPath('long.pdf');
  if (process.env.KEEP_PDF) await (await download).saveAs(process.env.KEEP_PDF);
  await (await download).saveAs(path);
  await expect(dialog.getByRole('alert')).toContainText('shown as □ in it: 🧾 ✅');
  const flat = inspectPdf(path).text.replace(/\s+/g, ' ');
  expect(flat).toContain('收银员确认订单 □□');
  expect(flat).toContain('Start of a long note.');
  expect(flat).not.toContain('The end of the note.');
  expect(flat).toMatch(/\S…/); // cut inside its card, marked
  expect(flat).toContain('Insurance check request');
});

test('the export dialog says how many pages the PDF will have and remembers paper and orientation per board', async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Paper size').selectOption('A4');
  await dialog.getByLabel('Orientation').selectOption('portrait');
  await dialog.getByRole('radio', { name: 'Tile at readable size' }).check();
  const said = Number(/(\d+) pages?/.exec(await dialog.locator('.page-count').innerText())![1]);
  expect(said).toBeGreaterThan(1);
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Download' }).click();
  const path = test.info().outputPath('count.pdf');
  await (await download).saveAs(path);
  expect(inspectPdf(path).pages).toBe(said);
  await page.reload();
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByLabel('Paper size')).toHaveValue('A4');
  await expect(dialog.getByLabel('Orientation')).toHaveValue('portrait');
  await dialog.getByRole('radio', { name: 'Fit to one page' }).check();
  await expect(dialog.locator('.page-count')).toHaveText('The PDF will have 1 page.');
});

test('"Details on cards" shows owner, duration and ratings on the cards and in the PDF', async ({ page }) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  await page.getByRole('article', { name: 'Orders dishes' }).click();
  await page.getByLabel('Owner').fill('Front of house');
  await page.getByLabel('Duration (minutes)').fill('12');
  const toggle = page.getByRole('button', { name: 'Details on cards' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('article', { name: 'Orders dishes' }).locator('.card-meta')).toHaveText(
    /^Front of house · 12 min · importance \d\/5 · performance \d\/5$/,
  );
  const file = await exportAs(page, 'PDF', async (d) => {
    await d.getByRole('radio', { name: 'Fit to one page' }).check();
  });
  expect(inspectPdf(file).text.replace(/\s+/g, ' ')).toContain('Front of house · 12 min · importance'); // cut with … to the card's width
  await page.getByRole('button', { name: 'Undo' }).click(); // the setting is part of the board, undoable
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.card-meta')).toHaveCount(0);
});
