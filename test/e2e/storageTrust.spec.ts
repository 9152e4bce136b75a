import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { newBoard, openLibrary, storedSetting } from './helpers';

/** Writes a setting straight into the app's database, as days of use would have left it. */
const putSetting = (page: Page, key: string, value: unknown) =>
  page.evaluate(
    ([k, v]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('blueprint-studio');
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: k, value: v });
          tx.oncomplete = () => (open.result.close(), resolve(undefined));
          tx.onerror = () => reject(tx.error);
        };
      }),
    [key, value] as const,
  );
const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000).toISOString();

test('the library says whether storage is persistent and how much is used; a new board asks the browser to keep the boards', async ({ page }) => {
  await openLibrary(page);
  const storage = page.getByRole('region', { name: 'Storage' });
  await expect(storage).toContainText(/used/);
  await expect(storage).toContainText(/kept on this device until you delete them|may clear your boards/);
  await newBoard(page);
  await page.getByRole('link', { name: /All boards/ }).click();
  // After the request the library reads the state again; Chromium decides, the page says what it decided.
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(storage).toContainText(persisted ? 'kept on this device until you delete them' : 'may clear your boards');
});

test('a backup reminder after a week of changes: "Back up all boards" downloads them and is remembered; "Not now" waits a week', async ({ page }) => {
  await openLibrary(page);
  await expect(page.getByText(/Boards changed since your last backup/)).toHaveCount(0); // a first-day user is not nagged
  await putSetting(page, 'firstUse', daysAgo(10));
  await page.reload();
  const reminder = page.getByRole('status').filter({ hasText: 'Boards changed since your last backup' });
  await expect(reminder).toBeVisible();
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Back up all boards' }).click();
  const file = test.info().outputPath('backup.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'blueprint-studio/backup', boards: [{ title: 'Restaurant visit' }] });
  await expect(reminder).toHaveCount(0);
  expect(await storedSetting(page, 'backup:last')).toEqual(expect.any(String));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Boards' })).toBeVisible();
  await expect(reminder).toHaveCount(0);

  await putSetting(page, 'backup:last', daysAgo(9));
  await page.reload();
  await reminder.getByRole('button', { name: 'Not now' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Restaurant visit' })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});
