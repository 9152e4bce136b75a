import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, dragBoard, newBankBoard, openLibrary, saved } from './helpers';
import { violations } from './axe';

const SOLUTION = 'Tablets with pre-filled forms in the lobby';

const csvFile = (lines: string[], name = 'measurements.csv') => ({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n') + '\r\n') });

/** A metric lane's cell, found by the lane's and step's headers (the cells themselves are drawn, not read out). */
async function metricCell(page: Page, lane: string, step: string): Promise<Locator> {
  const laneId = await page.getByRole('rowheader', { name: lane }).getAttribute('data-header-id');
  const stepId = await page.getByRole('columnheader', { name: step }).getAttribute('data-header-id');
  return page.locator(`[data-metric-cell="${laneId}:${stepId}"]`);
}

const MEASUREMENTS = [
  'metric,step,date,value,source,n',
  'NPS,Queue,2026-09-01,-20,Survey,120',
  'NPS,Queue,2026-10-01,-10,Survey,110',
  'NPS,Counter,2026-10-01,35,Survey,95',
  'Waiting time,Queue,2026-09-01,25,Ticket system,',
  'Waiting time,Queue,2026-10-01,24,Ticket system,',
  'Waiting time,Queue,2026-11-10,8,Ticket system,',
  'Waiting time,Queue,2026-11-20,6,Ticket system,',
  'NPS,Lobby,2026-10-01,5,,', // line 9: the bank has no such step
  'CES,Signing,2026-10-01,5.5,,', // a metric the board does not have yet
];

test('metrics: defined, imported from CSV with a bad row, drawn in their lanes, used by the analysis, and did the solution work', async ({
  page,
}) => {
  await openLibrary(page);
  await newBankBoard(page);
  await expect(card(page, SOLUTION)).toBeVisible();

  await page.getByRole('button', { name: 'Metrics', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Metrics' });
  const choice = dialog.getByRole('combobox', { name: 'New metric' });
  for (const name of ['NPS', 'Waiting time']) {
    await choice.selectOption({ label: name });
    await dialog.getByRole('button', { name: 'Add metric' }).click();
  }
  const waiting = dialog.getByRole('group', { name: /^Waiting time/ });
  await expect(waiting.getByRole('spinbutton', { name: 'Target' })).toHaveValue('5');
  await expect(waiting.getByRole('combobox', { name: 'Better when' }).locator('option:checked')).toHaveText('lower is better');

  const file = dialog.getByLabel('CSV file');
  await file.setInputFiles(csvFile(MEASUREMENTS));
  await expect(dialog.getByText('9 rows read.')).toBeVisible();
  await expect(dialog.getByText('8 measurements will be added.')).toBeVisible();
  await expect(dialog.getByText(/^New metric “CES \(1–7\)” from the library/)).toBeVisible();
  const problems = dialog.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Line' }) });
  await expect(problems.getByRole('row')).toHaveCount(2);
  await expect(problems.getByRole('row').nth(1)).toHaveText(/^9\s*No step of this name on the board\s*Lobby$/);
  await dialog.getByRole('button', { name: 'Add measurements' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Added 8 measurements.');
  // The same file again: every row is on the board already, nothing to add.
  await file.setInputFiles(csvFile(MEASUREMENTS));
  await expect(dialog.getByText('8 rows are on the board already and are not added again.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Add measurements' })).toBeDisabled();
  await dialog.locator('.import-preview').getByRole('button', { name: 'Cancel' }).click();
  await expect(file).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The lanes: one per metric, the target in the header, each step's latest value against it.
  await expect(page.getByRole('rowheader', { name: 'Waiting time' })).toContainText('target ≤ 5 min');
  await expect(page.getByRole('rowheader', { name: 'CES (1–7)' })).toContainText('target ≥ 5');
  const queueWait = await metricCell(page, 'Waiting time', 'Queue');
  await expect(queueWait).toContainText('6 min');
  await expect(queueWait).toContainText('× target missed');
  await expect(queueWait).toHaveClass(/missed/);
  await expect(queueWait.locator('polyline')).toHaveCount(1); // four days: a trend line
  await expect(await metricCell(page, 'NPS', 'Counter')).toContainText('35✓ target met');
  await expect(await metricCell(page, 'CES (1–7)', 'Signing')).toContainText('5.5✓ target met');
  await expect(await metricCell(page, 'NPS', 'Research')).toContainText('not measured');

  // Choosing a cell lists its measurements; one added there moves the cell to "met". The new
  // lanes are below the screen's edge (even fitted, at a readable zoom), so the user first drags
  // the board up by its empty background: a click on a cell out of view would make the browser
  // scroll the board's clipped pane under the mouse, which no user can do.
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  const canvas = (await page.getByRole('application', { name: 'Board canvas' }).boundingBox())!;
  await dragBoard(page, [canvas.x + canvas.width - 60, canvas.y + canvas.height / 2], [0, -300]); // right of the board
  await expect(queueWait).toBeInViewport({ ratio: 0.99 });
  await queueWait.click();
  const panel = page.getByRole('region', { name: 'Waiting time at “Queue”' });
  await expect(panel.getByRole('row')).toHaveCount(5);
  await expect(panel.getByRole('row').nth(1)).toHaveText(/^2026-11-20\s*6 min\s*Ticket system/);
  await expect(page.getByRole('button', { name: /^Waiting time, Queue: 6 min, × target missed/ })).toBeAttached();
  await panel.getByRole('textbox', { name: 'Date' }).fill('2026-11-25');
  await panel.getByRole('spinbutton', { name: 'Value' }).fill('-3');
  await panel.getByRole('button', { name: 'Add measurement' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Enter a number from 0 to ∞.');
  await panel.getByRole('spinbutton', { name: 'Value' }).fill('5');
  await panel.getByRole('button', { name: 'Add measurement' }).click();
  await expect(panel.getByRole('row')).toHaveCount(6);
  await expect(queueWait).toContainText('✓ target met');
  await page.getByRole('button', { name: 'Edit the measurement of 2026-11-25' }).click();
  await panel.getByRole('spinbutton', { name: 'Value' }).first().fill('5.5');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(queueWait).toContainText('5.5 min≈ close to target');

  // The analysis uses the measured wait instead of the wait point's 25 minutes, and says so.
  await page.getByRole('button', { name: 'Analysis' }).click();
  const perStep = page.getByRole('table', { name: 'Per step', exact: true });
  await expect(perStep.getByRole('row', { name: /Queue/ })).toContainText('5.5 measured · 25 estimated');
  await expect(page.getByText('Measured waiting time or duration for 1 step:')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Metrics per step' }).getByRole('row')).toHaveCount(5);
  await page.getByRole('button', { name: 'Close analysis' }).click();

  // Did it work: the lobby tablets went live on 1 November and should cut the wait.
  await card(page, SOLUTION).click();
  await page.getByLabel('Go-live date').fill('2026-11-01');
  await page.getByRole('group', { name: 'Metrics it should move' }).getByRole('checkbox', { name: 'Waiting time' }).check();
  await page.getByRole('button', { name: 'Backlog' }).click();
  const impact = page.getByRole('table', { name: 'Did it work?' });
  // Before 1 November: 25 and 24 (24.5, 2); from it: 8, 6 and 5.5 (6.5, 3). Lower is better.
  await expect(impact.getByRole('row').nth(1)).toHaveText(
    new RegExp(`^${SOLUTION}\\s*2026-11-01\\s*Waiting time\\s*Queue\\s*24.5 min \\(2 measurements\\)\\s*6.5 min \\(3 measurements\\)\\s*better$`),
  );
  await saved(page);

  // Everything is in the board: after a reload the lanes, the measurements and the verdict are back.
  await page.reload();
  await expect(await metricCell(page, 'Waiting time', 'Queue')).toContainText('5.5 min');
  await page.getByRole('button', { name: 'Backlog' }).click();
  await expect(page.getByRole('table', { name: 'Did it work?' }).getByRole('row').nth(1)).toContainText('better');
});

test('metrics in Chinese: headers and metric names in Chinese, a GB18030 file, the lane in words', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await newBankBoard(page, { newBoard: '新建看板', bank: '银行网点：开户', create: '创建看板' });
  await page.getByRole('button', { name: '指标', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '指标' });
  await expect(dialog.getByText('还没有指标。')).toBeVisible();
  const queue = '排队';
  const text = ['指标,步骤,日期,数值,来源', `等待时间,${queue},2026-10-01,24,取号系统`, `等待时间,${queue},2026-11-20,4,取号系统`].join('\r\n');
  // Excel saves Chinese CSV as GB18030: the file is read as such, and says so.
  const { execFileSync } = await import('node:child_process');
  const gb = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
  await dialog.getByLabel('CSV 文件').setInputFiles({ name: '测量.csv', mimeType: 'text/csv', buffer: gb });
  await expect(dialog.getByText('按 GB18030 编码读取。')).toBeVisible();
  await expect(dialog.getByText('将添加 2 条测量。')).toBeVisible();
  await expect(dialog.getByText(/^来自指标库的新指标“等待时间”/)).toBeVisible();
  await dialog.getByRole('button', { name: '添加测量' }).click();
  await expect(dialog.getByRole('status')).toHaveText('已添加 2 条测量。');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('rowheader', { name: '等待时间' })).toContainText('目标 ≤ 5 min');
  await expect(await metricCell(page, '等待时间', queue)).toContainText('4 min✓ 达到目标');
  await context.close();
});
