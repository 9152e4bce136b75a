import { expect, test, type Locator } from '@playwright/test';
import { loopBoard } from '../../src/model/test/loopBoard';
import { openLibrary, seedBoard } from './helpers';

const rowsOf = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));

test('the Portfolio lists the opportunities and solutions of every board, sorts and filters them, flags a stale board, and a row opens its card', async ({
  page,
}) => {
  await openLibrary(page);
  const recent = { ...loopBoard(), id: 'bd_recent', title: 'Checkout' };
  const old = { ...loopBoard(), id: 'bd_old', title: 'Returns' };
  old.cards = old.cards.map((c) => (c.text === 'A' ? { ...c, text: 'Refund faster' } : c));
  await seedBoard(page, recent);
  await seedBoard(page, old, '2025-01-01T00:00:00.000Z'); // untouched for almost two years
  await page.reload();
  await page.getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByRole('heading', { name: 'Portfolio', level: 1 })).toBeVisible();

  const boards = page.getByRole('region', { name: 'Boards' }).getByRole('table');
  await expect(boards.getByRole('row', { name: /Returns/ })).toContainText('going stale');
  await expect(boards.getByRole('row', { name: /Checkout/ })).not.toContainText('going stale');
  await expect(boards.getByRole('row', { name: /Checkout/ })).toContainText('In progress 1, Live 1');

  const items = page.getByRole('table', { name: 'Opportunities and solutions' });
  // Three boards: the two above and the first-run restaurant example, whose loop is filled in.
  // By priority, highest first; equal items keep the library's order (the most recently changed board first).
  expect((await rowsOf(items)).slice(0, 5).map((r) => [r[0], r[1], r[2]])).toEqual([
    ['Checkout', 'B (Opportunities)', '10.0'],
    ['Returns', 'B (Opportunities)', '10.0'],
    ['Restaurant visit', 'Let guests pay at the table (Opportunities)', '8.0'], // (4 + 4) ÷ 1
    ['Checkout', 'A (Opportunities)', '3.0'],
    ['Restaurant visit', 'Keep dishes moving at the pass (Opportunities)', '3.0'], // (5 + 4) ÷ 3
  ]);
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('solution');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('live');
  await expect(items.locator('tbody tr')).toHaveCount(2); // the filters have been applied
  expect((await rowsOf(items)).map((r) => [r[0], r[1], r[3]])).toEqual([
    ['Checkout', 'Pay by link (Solutions)', 'Live'],
    ['Returns', 'Pay by link (Solutions)', 'Live'],
  ]);
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('');
  await items.getByRole('button', { name: 'Board' }).click();
  await expect(items.getByRole('columnheader', { name: 'Board' })).toHaveAttribute('aria-sort', 'ascending');

  await items.getByRole('link', { name: 'Refund faster' }).click();
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Returns');
  await expect(page.getByRole('complementary', { name: 'Card details' }).getByLabel('Text', { exact: true })).toHaveValue('Refund faster');
});
