import { expect, test } from '@playwright/test';
import { generateBoard } from '../../src/model/generate';
import { saved, seedBoard } from './helpers';

test('on a large board, keyboard navigation brings off-screen cards into view and focuses them', async ({ page }) => {
  const board = generateBoard({ cards: 600, steps: 40, seed: 3 });
  await seedBoard(page, board);
  await page.getByRole('link', { name: board.title }).click();
  const first = page.getByRole('article').first();
  await first.focus();
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
  const focused = page.locator('[role="article"]:focus');
  await expect(focused).toHaveCount(1);
  const box = (await focused.boundingBox())!;
  expect(box.x).toBeGreaterThan(0);
  expect(box.x + box.width).toBeLessThan(1400);
  await expect(page.getByRole('columnheader', { name: 'Step 26' })).toBeVisible();

  // Editing a card there is saved like anywhere else.
  await page.keyboard.press('Enter');
  await page.keyboard.type(' edited');
  await page.keyboard.press('Enter');
  await saved(page);
  const name = await focused.getAttribute('aria-label');
  expect(name).toMatch(/ edited$/);
});
