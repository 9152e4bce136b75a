import { expect, test, type Page } from '@playwright/test';
import { addCard, BANK, card, connection, newBankBoard, openLibrary, saved, startSharing } from './helpers';
import { inspectPdf } from './pdf';
import { violations } from './axe';
import { syncServerForFile } from './syncServer';

const server = syncServerForFile();

const WAIT_CARD = 'Waits for the number to be called';

async function createScenario(page: Page, name?: string) {
  await page.getByRole('button', { name: 'Create scenario' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create scenario' });
  const field = dialog.getByRole('textbox', { name: 'Scenario name' });
  await expect(field).toHaveValue('To-be');
  if (name) await field.fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
}

const figure = (page: Page, name: string) => page.getByRole('table', { name: 'Figures' }).getByRole('row', { name: new RegExp(`^${name} `) });

test('a to-be scenario of the bank: redesigned, compared (tables, marks, PDF, CSV) and switched by keyboard', async ({ page }) => {
  await openLibrary(page);
  await newBankBoard(page);
  await expect(card(page, WAIT_CARD)).toBeVisible();
  const asIsUrl = page.url();
  await createScenario(page);
  // The new scenario opens: same board, same cards, the switcher says which scenario this is.
  const scenario = page.getByRole('combobox', { name: 'Scenario' });
  await expect(scenario).toHaveValue(/.+/);
  await expect(scenario.locator('option:checked')).toHaveText('To-be');
  expect(page.url()).not.toBe(asIsUrl);
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(BANK);

  // Redesign: nobody waits for a number any more, and a self-service step comes in after the queue.
  await card(page, WAIT_CARD).click();
  await page.getByRole('checkbox', { name: 'Wait point' }).uncheck();
  await page.getByRole('columnheader', { name: 'Queue' }).click();
  await page.getByRole('button', { name: 'Add step' }).click();
  await expect(page.getByRole('textbox', { name: 'Step name' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Self-service');
  await page.keyboard.press('Enter');
  await addCard(page, 'Customer actions', 'Self-service', 'Opens the account on a tablet');
  await saved(page);

  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { name: 'Compare', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'First scenario' }).locator('option:checked')).toHaveText('As-is');
  await expect(page.getByRole('combobox', { name: 'Second scenario' }).locator('option:checked')).toHaveText('To-be');
  // The waiting the wait point stood for is gone: better, by exactly its minutes.
  const waiting = figure(page, 'Waiting');
  const [asIs, toBe, change, verdict] = await waiting.getByRole('cell').allTextContents();
  expect(parseFloat(asIs!)).toBeGreaterThan(0);
  expect(parseFloat(toBe!)).toBe(0);
  expect(change).toBe(`-${parseFloat(asIs!)}`);
  expect(verdict).toBe('better');
  expect(await violations(page)).toEqual([]);
  const changes = page.getByRole('table', { name: 'Changes' });
  await expect(changes.getByRole('row', { name: new RegExp(`^Changed ${WAIT_CARD}`) })).toContainText('Wait point: 25 min → (none)');
  await expect(changes.getByRole('row', { name: /^Added Step “Self-service”/ })).toBeVisible();
  await expect(changes.getByRole('row', { name: /^Added Opens the account on a tablet/ })).toBeVisible();
  // Both boards are drawn (ink on each canvas), and scroll together.
  const boards = page.locator('.compare-scroller');
  await expect(boards).toHaveCount(2);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await boards.first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  // Wherever the first one's (smooth) scroll ends, the other is there too, and it did move.
  const place = (i: number) => boards.nth(i).evaluate((el) => `${el.scrollLeft},${el.scrollTop}`);
  await expect.poll(async () => ((await place(0)) === (await place(1)) ? await place(0) : 'apart')).toMatch(/^[1-9]\d*,[1-9]\d*$/);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await place(0)) === (await place(1)) && (await place(0))).not.toBe(false);

  // The comparison on paper: both boards and both tables, in words a reviewer can search.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = test.info().outputPath('compare.pdf');
  await (await pdfDownload).saveAs(pdf);
  const { pages, text, ink } = inspectPdf(pdf);
  expect(pages).toBeGreaterThanOrEqual(3);
  for (const words of ['Scenario: As-is', 'Scenario: To-be', 'Changes', 'Figures', 'Waiting', 'Self-service', 'Added', 'Changed'])
    expect(text).toContain(words);
  expect(Math.min(...ink)).toBeGreaterThan(0.005); // no blank page
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = test.info().outputPath('compare.csv');
  await (await csvDownload).saveAs(csv);
  const { readFileSync } = await import('node:fs');
  const rows = readFileSync(csv, 'utf8');
  expect(rows).toMatch(/^\ufeff?Changes/);
  expect(rows).toContain('Waiting,');
  expect(rows).toContain(WAIT_CARD);

  // A card row leads to the card in its scenario.
  await changes.getByRole('row', { name: /^Added Opens the account on a tablet/ }).click();
  await expect(card(page, 'Opens the account on a tablet')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('To-be');

  // Switching scenarios by keyboard: the As-is board still waits.
  await page.getByRole('combobox', { name: 'Scenario' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('As-is');
  await expect(page.getByRole('columnheader', { name: 'Self-service' })).toHaveCount(0);
  await card(page, WAIT_CARD).click();
  await expect(page.getByRole('checkbox', { name: 'Wait point' })).toBeChecked();

  // The library lists the scenarios under their board; deleting one asks and keeps the other.
  await page.getByRole('link', { name: '← All boards' }).click();
  const family = page.getByRole('list', { name: `Scenarios of “${BANK}”` });
  await expect(family.getByRole('link', { name: `${BANK} · To-be` })).toBeVisible();
  await expect(page.getByRole('link', { name: `${BANK} · As-is` })).toBeVisible();
  await family
    .getByRole('group', { name: `${BANK} · To-be` })
    .getByRole('button', { name: 'Delete' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete board?' });
  await expect(confirm).toContainText('Its other scenarios stay as they are.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: `${BANK} · To-be` })).toHaveCount(0);
  await expect(page.getByRole('link', { name: `${BANK} · As-is` })).toBeVisible();
});

test('in Chinese: a scenario is made and compared in Chinese', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await newBankBoard(page, { newBoard: '新建看板', bank: '银行网点：开户', create: '创建看板' });
  await page.getByRole('button', { name: '创建场景' }).click();
  const dialog = page.getByRole('dialog', { name: '创建场景' });
  await expect(dialog.getByRole('textbox', { name: '场景名称' })).toHaveValue('目标状态');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('combobox', { name: '场景' }).locator('option:checked')).toHaveText('目标状态');
  await page.getByRole('button', { name: '对比' }).click();
  await expect(page.getByRole('heading', { name: '对比', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: '指标' }).getByRole('row', { name: /^等待 / })).toContainText('不变');
  await expect(page.getByRole('table', { name: '变化' })).toContainText('两个场景相同。');
  await context.close();
});

test('the scenarios of a shared board are shared with it: one link brings them all, and edits meet in each', async ({ page: ana, browser }) => {
  await openLibrary(ana);
  await newBankBoard(ana);
  await expect(card(ana, WAIT_CARD)).toBeVisible();
  // One scenario made before sharing…
  await createScenario(ana);
  await expect(ana.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('To-be');
  await ana.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'As-is' });
  await expect(ana.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('As-is');
  const { dialog, edit: link } = await startSharing(ana, server.url);
  await dialog.getByRole('button', { name: 'Close' }).click();
  // …and one after: it is shared as it opens.
  await createScenario(ana, 'Option B');
  await expect(ana.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('Option B');
  await expect(connection(ana)).toContainText('Connected');
  const url = new URL(link.replace('#/join/', 'join/'));
  const room = decodeURIComponent(url.pathname.split('/').at(-1)!);
  const key = url.searchParams.get('key')!;
  const http = server.url.replace('ws://', 'http://');
  await expect
    .poll(
      async () =>
        (
          (await (await fetch(`${http}/api/rooms/${room}/scenarios`, { headers: { Authorization: `Bearer ${key}` } })).json()) as {
            scenarios: string[];
          }
        ).scenarios.length,
    )
    .toBe(2);

  // Bo opens the one link: the board and its two scenarios come, listed as a family.
  const bo = await (await browser.newContext()).newPage();
  await bo.goto(link);
  // Joining syncs the board and both scenarios before it opens: seconds on a machine busy with other tests.
  await expect(card(bo, WAIT_CARD)).toBeVisible({ timeout: 15_000 });
  const switcher = bo.getByRole('combobox', { name: 'Scenario' });
  await expect(switcher.locator('option')).toHaveText(['As-is', 'To-be', 'Option B']);
  await switcher.focus();
  await bo.keyboard.press('ArrowDown');
  await expect(switcher.locator('option:checked')).toHaveText('To-be');
  await expect(connection(bo)).toContainText('Connected');
  // Bo's edit of the to-be reaches Ana's to-be, and only it.
  await card(bo, WAIT_CARD).click();
  await bo.getByRole('checkbox', { name: 'Wait point' }).uncheck();
  await ana.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'To-be' });
  await card(ana, WAIT_CARD).click();
  await expect(ana.getByRole('checkbox', { name: 'Wait point' })).not.toBeChecked();
  await ana.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'As-is' });
  await card(ana, WAIT_CARD).click();
  await expect(ana.getByRole('checkbox', { name: 'Wait point' })).toBeChecked();
  // Bo compares: as-is against the newest other (Option B, unchanged), then against the to-be.
  await bo.getByRole('button', { name: 'Compare' }).click();
  await expect(bo.getByRole('combobox', { name: 'Second scenario' }).locator('option:checked')).toHaveText('Option B');
  await expect(figure(bo, 'Waiting').getByRole('cell').last()).toHaveText('same');
  await bo.getByRole('combobox', { name: 'Second scenario' }).selectOption({ label: 'To-be' });
  await expect(figure(bo, 'Waiting').getByRole('cell').last()).toHaveText('better');
  await bo.context().close();
});
