import { expect, test } from '@playwright/test';
import { card, exportAs, openLibrary } from './helpers';
import { copyFileSync } from 'node:fs';

test('shots', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openLibrary(page);
  await page.getByRole('button', { name: 'New board' }).click();
  const gallery = page.getByRole('dialog', { name: 'New board' });
  await gallery.getByRole('radio', { name: /^Bank branch/ }).check();
  await gallery.getByRole('button', { name: 'Create board' }).click();
  await expect(card(page, 'Tablets with pre-filled forms in the lobby')).toBeVisible();
  await page.getByRole('button', { name: 'Metrics', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Metrics' });
  for (const name of ['NPS', 'Waiting time']) {
    await dialog.getByRole('combobox', { name: 'New metric' }).selectOption({ label: name });
    await dialog.getByRole('button', { name: 'Add metric' }).click();
  }
  const lines = ['metric,step,date,value,source,n'];
  const steps = ['Research', 'Take a number', 'Queue', 'Counter', 'Signing', 'Activation'];
  for (const [i, s] of steps.entries())
    for (let d = 1; d <= 8; d++) {
      lines.push(`NPS,${s},2026-10-${String(d * 3).padStart(2, '0')},${-30 + i * 12 + ((d * 7) % 11)},Survey,100`);
      lines.push(`Waiting time,${s},2026-10-${String(d * 3).padStart(2, '0')},${Math.max(0, 12 - i * 2 - d + ((d * 5) % 4))},Ticket,`);
    }
  lines.push('NPS,Lobby,2026-10-01,5,,');
  lines.push('CES,Signing,2026-10-01,5.5,,');
  lines.push('NPS,Queue,2026-13-01,5,,');
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'm.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(dialog.getByText(/measurements will be added/)).toBeVisible();
  await dialog.locator('.import-preview').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shot-dialog2.png' });
  await dialog.evaluate((d) => (d.scrollTop = 0));
  await page.screenshot({ path: '/tmp/shot-dialog.png' });
  await dialog.getByRole('button', { name: 'Add measurements' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('rowheader', { name: 'Waiting time' }).scrollIntoViewIfNeeded();
  await page.setViewportSize({ width: 1600, height: 1500 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shot-board.png' });
  const laneId = await page.getByRole('rowheader', { name: 'Waiting time' }).getAttribute('data-header-id');
  const stepId = await page.getByRole('columnheader', { name: 'Queue' }).getAttribute('data-header-id');
  await page.locator(`[data-metric-cell="${laneId}:${stepId}"]`).click();
  await page.screenshot({ path: '/tmp/shot-cell.png' });
  await card(page, 'Tablets with pre-filled forms in the lobby').click();
  await page.getByLabel('Go-live date').fill('2026-10-12');
  await page.getByRole('group', { name: 'Metrics it should move' }).getByRole('checkbox', { name: 'Waiting time' }).check();
  await page.getByRole('group', { name: 'Metrics it should move' }).getByRole('checkbox', { name: 'NPS' }).check();
  await page.getByRole('button', { name: 'Backlog' }).click();
  await page.getByRole('table', { name: 'Did it work?' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shot-backlog.png' });
  await page.getByRole('button', { name: 'Close backlog' }).click();
  const pdf = await exportAs(page, 'PDF', async (d) => {
    await d.getByRole('checkbox', { name: /analysis/i }).first().check().catch(() => {});
  });
  copyFileSync(pdf, '/tmp/shot.pdf');
  const png = await exportAs(page, 'PNG');
  copyFileSync(png, '/tmp/shot-export.png');
});
