import { expect, test } from '@playwright/test';
import { addCard, card, newBoard, saved } from './helpers';

test('History: save a named version, see what changed, restore it (one undoable edit) and restore it as a copy', async ({ page }) => {
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Orders food');
  await saved(page);
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByLabel('Version name').fill('First draft');
  await history.getByRole('button', { name: 'Save version' }).click();
  const versions = history.getByRole('list', { name: 'Versions' });
  await expect(versions.getByRole('listitem').first()).toContainText('First draft');
  await expect(versions.getByRole('listitem').last()).toContainText('Opened'); // kept when the board was opened
  await history.getByRole('button', { name: 'Close' }).click();

  // Work goes on after the version.
  await addCard(page, 'Customer actions', 'Step 2', 'Waits for the bill');
  await card(page, 'Orders food').dblclick();
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await editor.fill('Orders food and drinks');
  await editor.press('Enter');
  await saved(page);

  await page.getByRole('button', { name: 'History' }).click();
  await history.getByRole('button', { name: /First draft/ }).click();
  await expect(history).toContainText('Cards: 1 added, 0 removed, 1 edited. Lanes: 0 added, 0 removed. Steps: 0 added, 0 removed.');
  await expect(history.getByRole('img', { name: /The board as it was on/ })).toBeVisible();
  await history.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(history).toBeHidden();
  await expect(card(page, 'Orders food')).toBeVisible();
  await expect(card(page, 'Waits for the bill')).toHaveCount(0);
  await saved(page);

  // One undo brings back everything in between; the state before the restore is a version too.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Orders food and drinks')).toBeVisible();
  await expect(card(page, 'Waits for the bill')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(card(page, 'Orders food')).toBeVisible();
  await saved(page);
  await page.getByRole('button', { name: 'History' }).click();
  await expect(versions.getByRole('listitem').first()).toContainText('Before restoring a version');

  // Restore as copy: a new board with that version, this one untouched.
  await history.getByRole('button', { name: /First draft/ }).click();
  await history.getByRole('button', { name: 'Restore as copy' }).click();
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(/\(restored\)$/);
  await expect(card(page, 'Orders food')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Restored as the new board');
});

test('deleting a lane that holds cards keeps a version first', async ({ page }) => {
  await newBoard(page);
  await addCard(page, 'Support processes', 'Step 1', 'Booking system');
  await saved(page);
  await page.getByRole('rowheader', { name: 'Support processes' }).focus();
  await page.keyboard.press('Delete');
  await page.getByRole('dialog', { name: 'Delete lane “Support processes”?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('rowheader', { name: 'Support processes' })).toHaveCount(0);
  await saved(page);
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText('Before a deletion');
  await history.getByRole('button', { name: /Before a deletion/ }).click();
  await expect(history).toContainText('Lanes: 0 added, 1 removed.');
});
