import { expect, test } from '@playwright/test';
import { addCard, card, cellPoint, newBoard, saved } from './helpers';

test('undo and redo with buttons and shortcuts; a typing burst is one step', async ({ page }) => {
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Orders food');
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await undo.click(); // a new card and the text typed into it are one step
  await expect(card(page, 'Orders food')).toHaveCount(0);
  await expect(card(page, '(empty card)')).toHaveCount(0);
  await expect(undo).toBeDisabled();
  await redo.click();
  await expect(card(page, 'Orders food')).toBeVisible();
  await expect(redo).toBeDisabled();

  await page.keyboard.press('Control+z');
  await expect(card(page, 'Orders food')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(card(page, 'Orders food')).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(card(page, 'Orders food')).toBeVisible();
});

test('across a reload: the undone state is what was saved, and history starts fresh', async ({ page }) => {
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Keep me');
  await addCard(page, 'Customer actions', 'Step 2', 'Undo me');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Undo me')).toHaveCount(0);
  await saved(page);
  await page.reload();
  await expect(card(page, 'Keep me')).toBeVisible();
  await expect(card(page, 'Undo me')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await addCard(page, 'Customer actions', 'Step 3', 'After reload');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'After reload')).toHaveCount(0);
  await expect(card(page, 'Keep me')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('title edits are saved as you type and undone as one step', async ({ page }) => {
  await newBoard(page);
  const title = page.getByRole('textbox', { name: 'Board title' });
  const original = await title.inputValue();
  await title.fill('');
  await title.pressSequentially('Bank branch');
  await title.press('Enter');
  await saved(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue(original);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(title).toHaveValue('Bank branch');
});

test('a new card left empty (Escape, or a click away) goes again and leaves nothing to undo', async ({ page }) => {
  await newBoard(page);
  const undo = page.getByRole('button', { name: 'Undo' });
  const p = await cellPoint(page, 'Customer actions', 'Step 1');
  await page.mouse.dblclick(p.x, p.y);
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('article')).toHaveCount(0);
  await page.mouse.dblclick(p.x, p.y);
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Board title' }).click(); // clicked away
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(undo).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
});
