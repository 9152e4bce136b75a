import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addCard, card, exportAs, openBoard, saved, openSmallRestaurant } from './helpers';
import { inspectPdf } from './pdf';

const rowsOf = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Card details' });

/** Adds a lane of a kind right below the selected lane header, by keyboard in the dialog. */
async function addLaneOf(page: Page, kind: string, below: string, name: string) {
  await page.getByRole('rowheader', { name: below }).click();
  await page.getByRole('button', { name: 'Add lane' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add lane' });
  await dialog.getByLabel('Kind').selectOption(kind);
  await expect(dialog.getByLabel('Lane name')).toHaveValue(name); // the kind's own name
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
}

async function score(page: Page, text: string, customer: string, business: string, effort: string) {
  await card(page, text).click();
  await inspector(page).getByLabel('Customer value (1–5)').selectOption(customer);
  await inspector(page).getByLabel('Business value (1–5)').selectOption(business);
  await inspector(page).getByLabel('Effort (1–5)').selectOption(effort);
}

test('the improvement loop on the board: opportunities scored and linked, a solution with owner, due date and a safe link, the Backlog ordered with its matrix', async ({
  page,
}) => {
  await openSmallRestaurant(page);
  await openBoard(page, 'Restaurant visit');
  await addLaneOf(page, 'opportunity', 'Customer actions', 'Opportunities');
  await addLaneOf(page, 'solution', 'Opportunities', 'Solutions');

  await addCard(page, 'Opportunities', 'Meal', 'Faster kitchen');
  await score(page, 'Faster kitchen', '5', '4', '3');
  await expect(inspector(page).getByText('Priority 3.0')).toBeVisible();
  await expect(inspector(page).getByText('Priority = (customer value + business value) ÷ effort')).toBeVisible();
  await expect(card(page, 'Faster kitchen')).toContainText('Priority 3.0'); // on the card too
  await addCard(page, 'Opportunities', 'Payment', 'Pay at the table');
  await score(page, 'Pay at the table', '4', '3', '1');

  await addCard(page, 'Solutions', 'Meal', 'Kitchen display screen');
  const fields = inspector(page);
  await fields.getByLabel('Status').selectOption({ label: 'In progress' });
  await fields.getByLabel('Owner').fill('Kitchen');
  await fields.getByLabel('Due date').fill('2020-01-15');
  // A link that is not a web address is kept as typed, never opened.
  await fields.getByLabel('Link', { exact: true }).fill('javascript:alert(1)');
  await expect(fields.getByText('Only http:// and https:// addresses can be opened.')).toBeVisible();
  await expect(fields.getByRole('link', { name: 'Open link (new tab)' })).toHaveCount(0);
  await fields.getByLabel('Link', { exact: true }).fill('https://example.com/KDS-12');
  await expect(fields.getByRole('link', { name: 'Open link (new tab)' })).toHaveAttribute('href', 'https://example.com/KDS-12');
  await expect(fields.getByRole('link', { name: 'Open link (new tab)' })).toHaveAttribute('target', '_blank');

  // Links are connectors, made here by keyboard with "Connect to…".
  for (const target of ['Kitchen prepares the dish', 'Kitchen display screen']) {
    await card(page, 'Faster kitchen').click();
    await page.keyboard.press('c');
    const dialog = page.getByRole('dialog', { name: 'Connect “Faster kitchen” to…' });
    await page.keyboard.type(target);
    await expect(dialog.getByLabel('Target card').locator('option').first()).toHaveText(new RegExp(`^${target}`));
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
  }
  // The side panel names each link and follows it.
  await card(page, 'Faster kitchen').click();
  const links = inspector(page).getByRole('region', { name: 'Links' });
  await expect(links.getByRole('heading', { level: 4 })).toHaveText(['Addresses', 'Solved by']);
  await links.getByRole('button', { name: 'Kitchen display screen' }).click();
  await expect(inspector(page).getByLabel('Text')).toHaveValue('Kitchen display screen');
  await expect(inspector(page).getByRole('region', { name: 'Links' }).getByRole('heading', { level: 4 })).toHaveText(['Serves']);
  await saved(page);

  await page.keyboard.press('b');
  const backlog = page.getByRole('region', { name: 'Backlog' });
  await expect(backlog).toBeVisible();
  const opportunities = backlog.getByRole('table', { name: 'Opportunities' });
  await expect(opportunities.locator('tbody tr')).toHaveCount(2);
  expect(await rowsOf(opportunities)).toEqual([
    ['Pay at the table', 'Leaving › Payment', '4', '3', '1', '7.0', 'Open', '', ''],
    ['Faster kitchen', 'At the restaurant › Meal', '5', '4', '3', '3.0', 'Open', 'Kitchen prepares the dish', 'Kitchen display screen'],
  ]);
  await expect(backlog.getByRole('button', { name: 'Pay at the table: value 3.5, effort 1, Quick wins' })).toBeVisible();
  await expect(backlog.getByRole('button', { name: 'Faster kitchen: value 4.5, effort 3, Big bets' })).toBeVisible();
  expect(await rowsOf(backlog.getByRole('table', { name: 'Solutions' }))).toEqual([
    ['Kitchen display screen', 'In progress', 'Kitchen', '2020-01-15 (overdue)', 'https://example.com/KDS-12', 'Faster kitchen'],
  ]);

  // A row leads to its card; filters narrow the tables.
  await opportunities.getByRole('row', { name: /Pay at the table/ }).click();
  await expect(inspector(page).getByLabel('Text')).toHaveValue('Pay at the table');
  await backlog.getByLabel('Owner').selectOption('Kitchen');
  await expect(opportunities.getByText('No opportunities yet. Add cards to an Opportunities lane.')).toBeVisible();
  expect(await rowsOf(backlog.getByRole('table', { name: 'Solutions' }))).toHaveLength(1);
  await backlog.getByLabel('Owner').selectOption('');

  const download = page.waitForEvent('download');
  await backlog.getByRole('button', { name: 'Download CSV: Opportunities' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFOpportunity,Step,Customer value,Business value,Effort,Priority,Status,Addresses,Solved by');
  expect(csv.split('\r\n')[1]).toBe('Pay at the table,Leaving › Payment,4,3,1,7,Open,,');

  const issues = page.waitForEvent('download');
  await backlog.getByRole('button', { name: 'Issues CSV for Jira or Linear' }).click();
  expect(readFileSync(await (await issues).path(), 'utf8').split('\r\n')).toEqual([
    '\uFEFFSummary,Description,Assignee,Due date,Labels,Labels',
    'Kitchen display screen,"Step: At the restaurant › Meal\nServes: Faster kitchen\nAddresses: Kitchen prepares the dish\nhttps://example.com/KDS-12",Kitchen,2020-01-15,service-blueprint,in-progress',
    '',
  ]);

  // What the analysis flags and nothing addresses yet: the wait at Arrival (the bottleneck), one click from an opportunity.
  const unaddressed = backlog.getByRole('region', { name: /Not yet addressed/ });
  await expect(unaddressed.getByRole('listitem')).toHaveText(['Bottleneck · Arrival: Shorten the wait at Arrival Create opportunity']);
  await unaddressed.getByRole('button', { name: 'Create opportunity: Shorten the wait at Arrival' }).click();
  await expect(card(page, 'Shorten the wait at Arrival')).toBeVisible();
  await expect(inspector(page).getByLabel('Text')).toHaveValue('Shorten the wait at Arrival');
  await expect(unaddressed.getByText('Every flagged problem has an opportunity.')).toBeVisible();
  await expect(opportunities.locator('tbody tr')).toHaveCount(3);
  await page.keyboard.press('Control+z'); // one undo step takes it away again
  await expect(card(page, 'Shorten the wait at Arrival')).toHaveCount(0);
  await expect(unaddressed.getByRole('listitem')).toHaveCount(1);
  await saved(page);

  // The backlog as a PDF appendix, drawn as text like the analysis pages.
  const pdf = inspectPdf(await exportAs(page, 'PDF', async (d) => d.getByRole('checkbox', { name: 'Include backlog' }).check()));
  const flat = pdf.text.replace(/\s+/g, ' ');
  for (const text of [
    'Backlog',
    'Priority = (customer value + business value) ÷ effort',
    'Pay at the table',
    'Kitchen display screen',
    '2020-01-15 (overdue)',
  ])
    expect(flat).toContain(text);

  // Everything typed is kept: reloaded, the solution still has its fields.
  await page.reload();
  await expect(card(page, 'Kitchen display screen')).toContainText('Solution: In progress · due 2020-01-15');
  await page.getByRole('button', { name: 'Backlog' }).click();
  await page
    .getByRole('table', { name: 'Solutions' })
    .getByRole('row', { name: /Kitchen display screen/ })
    .click();
  await expect(inspector(page).getByLabel('Due date')).toHaveValue('2020-01-15');
  await expect(inspector(page).getByLabel('Link', { exact: true })).toHaveValue('https://example.com/KDS-12');
});

test('in Chinese, the restaurant example’s Backlog is in Chinese with its chain filled in', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: '新建看板' }).click();
  const gallery = page.getByRole('dialog', { name: '新建看板' });
  await gallery.getByRole('radio', { name: /^餐厅用餐/ }).check();
  await gallery.getByRole('button', { name: '创建看板' }).click();
  await expect(page.getByRole('textbox', { name: '看板标题' })).toHaveValue('餐厅用餐');
  await page.getByRole('button', { name: '待办', exact: true }).click();
  const backlog = page.getByRole('region', { name: '待办' });
  await expect(backlog.getByRole('table', { name: '机会点' }).locator('tbody tr')).toHaveCount(3); // drawn once its code has loaded
  expect((await rowsOf(backlog.getByRole('table', { name: '机会点' }))).map((r) => [r[0], r[5], r[6], r[8]])).toEqual([
    ['让顾客在桌边付款', '8.0', '已选定', '服务员用的手持刷卡终端'],
    ['让出餐口的菜品不积压', '3.0', '已选定', '每桌带计时的厨房显示屏'],
    ['顾客稍晚到时保留桌位', '2.5', '待定', ''],
  ]);
  await expect(backlog.getByRole('button', { name: '让顾客在桌边付款：价值 4，投入 1，速赢' })).toBeVisible();
  await expect(backlog.getByRole('heading', { name: /尚未应对/ })).toBeVisible();
  await context.close();
});
