import { expect, test } from '@playwright/test';
import { addCard, card, newBoard, saved } from './helpers';

test('a failing write (quota) keeps the edit, says so, retries, and nothing is lost', async ({ page }) => {
  await newBoard(page);
  await saved(page);
  await page.evaluate(() => {
    const w = window as unknown as { __realPut: typeof IDBObjectStore.prototype.put; __realAdd: typeof IDBObjectStore.prototype.add };
    w.__realPut = IDBObjectStore.prototype.put;
    w.__realAdd = IDBObjectStore.prototype.add;
    // A full disk refuses every write: the listing's and each stored edit's.
    IDBObjectStore.prototype.put = IDBObjectStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await addCard(page, 'Support processes', 'Step 2', 'Written while the disk was full');
  await expect(page.getByRole('status')).toContainText('Not saved');
  await expect(page.getByRole('status')).toContainText('quota');
  await expect(page.getByRole('button', { name: 'Download JSON' })).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { __realPut: typeof IDBObjectStore.prototype.put; __realAdd: typeof IDBObjectStore.prototype.add };
    IDBObjectStore.prototype.put = w.__realPut;
    IDBObjectStore.prototype.add = w.__realAdd;
  });
  await page.getByRole('button', { name: 'Retry now' }).click();
  await saved(page);
  await page.reload();
  await expect(card(page, 'Written while the disk was full')).toBeVisible();
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('the app starts in Simplified Chinese', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '看板' })).toBeVisible();
    await expect(page.getByRole('link', { name: '餐厅用餐' })).toBeVisible();
  });
});
