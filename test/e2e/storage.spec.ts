import { expect, test } from '@playwright/test';
import { addCard, card, cellPoint, newBoard, openLibrary, saved } from './helpers';

test('a failing write (quota) keeps the edit, says so, retries, and nothing is lost', async ({ page }) => {
  await newBoard(page);
  await saved(page);
  await page.evaluate(() => {
    const w = window as unknown as { __realPut: typeof IDBObjectStore.prototype.put };
    w.__realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await addCard(page, 'Support processes', 'Step 2', 'Written while the disk was full');
  await expect(page.getByRole('status')).toContainText('Not saved');
  await expect(page.getByRole('status')).toContainText('quota');
  await expect(page.getByRole('button', { name: 'Download JSON' })).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { __realPut: typeof IDBObjectStore.prototype.put };
    IDBObjectStore.prototype.put = w.__realPut;
  });
  await page.getByRole('button', { name: 'Retry now' }).click();
  await saved(page);
  await page.reload();
  await expect(card(page, 'Written while the disk was full')).toBeVisible();
});

test('two tabs editing one board: the stale tab keeps its work as a conflict copy, nothing is overwritten', async ({ page, context }) => {
  await newBoard(page);
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('rowheader', { name: 'Customer actions' })).toBeVisible();

  await addCard(page, 'Customer actions', 'Step 1', 'From tab one');
  await saved(page);
  // Tab two starts typing; its first save finds tab one's newer revision while it is still typing.
  const p = await cellPoint(other, 'Customer actions', 'Step 2');
  await other.mouse.dblclick(p.x, p.y);
  const editor = other.getByRole('textbox', { name: 'Card text' });
  await editor.pressSequentially('From tab');
  await expect(other.getByRole('alert')).toContainText('changed in another tab');
  await editor.pressSequentially(' two'); // still typing: nothing is lost
  await editor.press('Enter');
  await expect(other.getByRole('textbox', { name: 'Board title' })).toHaveValue(/conflict copy/);
  await expect(card(other, 'From tab two')).toBeVisible();
  await saved(other);
  await other.reload();
  await expect(card(other, 'From tab two')).toBeVisible();

  await openLibrary(page);
  await expect(page.getByRole('link', { name: /conflict copy/ })).toBeVisible();
  await page.getByRole('link', { name: 'Untitled service blueprint', exact: true }).click();
  await expect(card(page, 'From tab one')).toBeVisible();
  await expect(card(page, 'From tab two')).toHaveCount(0);
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('the app starts in Simplified Chinese', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '看板' })).toBeVisible();
    await expect(page.getByRole('link', { name: '餐厅用餐' })).toBeVisible();
  });
});
