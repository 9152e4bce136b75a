import { expect, test } from '@playwright/test';
import { addCard, card, newBoard, saved } from './helpers';

test('create a board, add and edit cards, rename it, reload: everything is still there', async ({ page }) => {
  await newBoard(page);
  const title = page.getByRole('textbox', { name: 'Board title' });
  await title.fill('Hotel check-in');
  await title.press('Enter');
  await addCard(page, 'Customer actions', 'Step 1', 'Arrives at the desk');
  await addCard(page, 'Backstage actions', 'Step 2', 'Room is cleaned');
  await card(page, 'Room is cleaned').dblclick();
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await editor.press('End');
  await editor.pressSequentially(' and checked');
  await editor.press('Enter');
  await expect(card(page, 'Room is cleaned and checked')).toBeVisible();
  await saved(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Hotel check-in');
  await expect(card(page, 'Arrives at the desk')).toBeVisible();
  await expect(card(page, 'Room is cleaned and checked')).toBeVisible();
  await page.getByRole('link', { name: /All boards/ }).click();
  await expect(page.getByRole('link', { name: 'Hotel check-in' })).toBeVisible();
});

test('keyboard: Enter edits the focused card, Escape cancels, Delete removes it', async ({ page }) => {
  await newBoard(page);
  await addCard(page, 'Frontstage actions', 'Step 3', 'Greets guest');
  await card(page, 'Greets guest').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' warmly');
  await page.keyboard.press('Escape');
  await expect(card(page, 'Greets guest')).toBeVisible();
  await card(page, 'Greets guest').focus();
  await page.keyboard.press('Delete');
  await expect(card(page, 'Greets guest')).toHaveCount(0);
  await saved(page);
  await page.reload();
  await expect(page.getByRole('rowheader', { name: 'Frontstage actions' })).toBeVisible();
  await expect(card(page, 'Greets guest')).toHaveCount(0);
});

test('card text is plain text: markup is shown, never interpreted', async ({ page }) => {
  await newBoard(page);
  const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
  await addCard(page, 'Customer actions', 'Step 1', markup);
  await expect(card(page, markup)).toContainText('<b>bold</b>');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('.react-flow__node b')).toHaveCount(0);
});

test('a card whose text is longer than its eight lines ends in "…" and shows the whole text on hover and in the inspector', async ({ page }) => {
  await newBoard(page);
  const long = `Patient arrives. ${'Waits at the desk while the clerk looks for the referral. '.repeat(8)}Finally seated.`;
  await addCard(page, 'Customer actions', 'Step 1', 'short');
  await card(page, 'short').click();
  await page.getByLabel('Text', { exact: true }).fill(long);
  const shown = card(page, long);
  const text = shown.locator('.card-text');
  await expect(text).toHaveAttribute('title', long);
  const clamp = await text.evaluate((el) => ({ clipped: el.scrollHeight > el.clientHeight + 1, clamp: getComputedStyle(el).webkitLineClamp }));
  expect(clamp).toEqual({ clipped: true, clamp: '8' });
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue(long);
});

test('"?" lists every keyboard shortcut, and what screen readers hear about cards matches the keys', async ({ page }) => {
  await newBoard(page);
  await page.getByRole('rowheader').first().focus();
  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const rows = dialog.getByRole('row');
  await expect(rows.filter({ hasText: 'Add card' })).toContainText('N');
  await expect(rows.filter({ hasText: 'Connect to…' })).toContainText('C');
  await expect(rows.filter({ hasText: 'Move the focused card to the neighbouring cell' })).toContainText('Alt+');
  await expect(rows.filter({ hasText: 'Move focus between cards and cells' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.react-flow')).toContainText('Alt+arrow keys move the card');
  await expect(page.locator('.react-flow')).not.toContainText('arrow keys to move the node');
});
