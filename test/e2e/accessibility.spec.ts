import { expect, test } from '@playwright/test';
import { knownBoard } from '../../src/model/test/knownBoard';
import { newBoard, openBoard, openLibrary, seedBoard } from './helpers';
import { violations } from './axe';

test('axe finds no serious or critical violation on the library, the editor with a selected card, and the export dialog', async ({ page }) => {
  await openLibrary(page);
  expect(await violations(page)).toEqual([]);
  await openBoard(page, 'Restaurant visit');
  await page.getByRole('article', { name: 'Books a table online' }).click();
  await expect(page.getByRole('article', { name: 'Books a table online' })).toHaveAttribute('aria-current', 'true');
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe finds no serious or critical violation on a new journey map and in present mode', async ({ page }) => {
  await newBoard(page, 'Customer journey map');
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('button', { name: 'End presentation' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  // A stage slide with a step in the spotlight, in high contrast.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('complementary', { name: /In the spotlight/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('c');
  expect(await violations(page)).toEqual([]);
});

test('axe finds no serious or critical violation in the New board gallery', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New board' }).click();
  await expect(page.getByRole('radio', { name: /^Overnight hotel stay/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe finds no serious or critical violation with the Analysis view open and the board highlighted', async ({ page }) => {
  await seedBoard(page, knownBoard());
  await openBoard(page, 'Known figures');
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByRole('heading', { name: 'Evidence', level: 3 })).toBeVisible();
  await page.getByLabel('Highlight').selectOption('Evidence status');
  await expect(page.getByRole('list', { name: 'Evidence status' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Wide view' }).click();
  await expect(page.getByRole('button', { name: 'Wide view' })).toHaveAttribute('aria-pressed', 'true');
  expect(await violations(page)).toEqual([]);
});
