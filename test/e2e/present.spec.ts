import { expect, test } from '@playwright/test';
import { card, openBoard, openLibrary, settled } from './helpers';

test('present: the board alone, one stage at a time by keyboard, Esc ends', async ({ page }) => {
  await openLibrary(page);
  await openBoard(page, 'Restaurant visit');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('toolbar')).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Card details' })).toBeHidden();
  await expect(page.locator('.presentation-bar')).toContainText('Whole board');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Stage 2 of 3: At the restaurant')).toBeVisible();
  const ordering = (await settled(page, () => card(page, 'Orders dishes').boundingBox()))!; // the zoom animates
  expect(ordering.width).toBeGreaterThan(1.3 * 208); // larger than at 100 %, readable on a wall
  expect(ordering.x).toBeGreaterThan(0);
  expect(ordering.x + ordering.width).toBeLessThan(1400);
  const arrival = (await page.getByRole('columnheader', { name: 'Arrival' }).boundingBox())!;
  expect(arrival.x).toBeGreaterThan(150); // the stage starts right of the lane headers

  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar')).toBeVisible();
  await expect(page.getByText('Stage 2 of 3')).toHaveCount(0);
});
