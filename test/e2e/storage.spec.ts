import { expect, test } from '@playwright/test';
import { addCard, card, newBankBoard, newBoard, openLibrary, saved } from './helpers';
import { chooseFiles, picture } from './pictures';

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
  // The session also retries by itself, with backoff: on a busy machine its retry can come first,
  // and the button goes with the error. A click may fail only because of that.
  const retry = page.getByRole('button', { name: 'Retry now' });
  await retry.click({ timeout: 5_000 }).catch(async (e) => {
    if (await retry.isVisible()) throw e;
  });
  await saved(page);
  await page.reload();
  await expect(card(page, 'Written while the disk was full')).toBeVisible();
});

test('a full disk when adding a picture: said in the dialog, nothing half-added, and it goes in once there is room', async ({ page }) => {
  await openLibrary(page);
  await newBankBoard(page);
  const photo = await picture(page, 800, 600, '#0f766e');
  await page.evaluate(() => {
    const w = window as unknown as { __realAdd: typeof IDBObjectStore.prototype.add };
    w.__realAdd = IDBObjectStore.prototype.add;
    // The disk is full for the bytes of pictures (the board's own edits still store).
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'blobs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return w.__realAdd.apply(this, args);
    };
  });
  const machine = card(page, 'Ticket machine, queue display');
  await machine.click();
  await chooseFiles(page, 'Add picture', [{ name: 'machine.png', mimeType: 'image/png', buffer: photo }]);
  const dialog = page.getByRole('dialog', { name: 'Add a picture' });
  await dialog.getByRole('textbox', { name: 'Description' }).fill('The ticket machine');
  await dialog.getByRole('button', { name: 'Add picture' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Nothing was added');
  await expect(dialog.getByRole('alert')).toContainText('quota');
  await expect(machine.getByRole('img')).toHaveCount(0);
  // Room again: the same dialog adds it, description kept.
  await page.evaluate(() => {
    IDBObjectStore.prototype.add = (window as unknown as { __realAdd: typeof IDBObjectStore.prototype.add }).__realAdd;
  });
  await dialog.getByRole('button', { name: 'Add picture' }).click();
  await expect(dialog).toBeHidden();
  await expect(machine.getByRole('img', { name: 'The ticket machine' })).toBeVisible();
  await saved(page);
  await page.reload();
  await expect
    .poll(() => machine.getByRole('img', { name: 'The ticket machine' }).evaluate((i: HTMLImageElement) => i.naturalWidth))
    .toBeGreaterThan(0);
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('the app starts in Simplified Chinese', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '看板' })).toBeVisible();
    await expect(page.getByRole('link', { name: '餐厅用餐' })).toBeVisible();
  });
});
