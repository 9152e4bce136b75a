import { expect, test, type Locator, type Page } from '@playwright/test';
import { boardRecord, storeRecordInPage } from './storeRecord.mjs';
import { smallRestaurant } from './smallRestaurant';

/** Opens the library on a fresh profile and waits for the first-run sample. */
export async function openLibrary(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Boards' })).toBeVisible();
  // The board list appears once the first-run sample is stored. Waiting on any link raced it: the
  // Portfolio link is there at once, and a test that then wrote a record into IndexedDB could
  // beat the sample's transaction (which only adds the sample to an empty library).
  await expect(page.locator('.board-list').or(page.getByText('No boards yet. Create one to start.'))).toBeVisible();
}

/** The library holding only the small restaurant blueprint most tests work on (see `smallRestaurant`). */
export async function openSmallRestaurant(page: Page) {
  await openLibrary(page);
  await page.evaluate(storeRecordInPage, { record: boardRecord(smallRestaurant()), replaceAll: true });
  await page.reload();
  await expect(page.getByRole('link', { name: 'Restaurant visit' })).toHaveCount(1);
}

export async function newBoard(page: Page, template = 'Service blueprint') {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New board' }).click();
  const dialog = page.getByRole('dialog', { name: 'New board' });
  await dialog.getByRole('radio', { name: new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).check();
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('textbox', { name: 'Board title' })).toBeVisible();
  await expect(page.getByRole('rowheader').first()).toBeVisible();
}

export const BANK = 'Bank branch: opening an account';

/** Creates the gallery's bank example from the library (words in the page's language). */
export async function newBankBoard(page: Page, words = { newBoard: 'New board', bank: BANK, create: 'Create board' }) {
  await page.getByRole('button', { name: words.newBoard }).click();
  const gallery = page.getByRole('dialog', { name: words.newBoard });
  await gallery.getByRole('radio', { name: new RegExp(`^${words.bank.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).check();
  await gallery.getByRole('button', { name: words.create }).click();
}

export async function openBoard(page: Page, title: string) {
  await page.getByRole('link', { name: title }).click();
  // A 2 000-card board opens in about a second here, and in several on a machine busy with other tests.
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(title, { timeout: 15_000 });
}

export const card = (page: Page, text: string): Locator => page.getByRole('article', { name: text, exact: true });

/** The centre of the cell at a lane × step, found through their headers. */
export async function cellPoint(page: Page, lane: string, step: string, dy = 0.75) {
  const l = (await page.getByRole('rowheader', { name: lane }).boundingBox())!;
  const s = (await page.getByRole('columnheader', { name: step }).boundingBox())!;
  return { x: s.x + s.width / 2, y: l.y + l.height * dy };
}

/** Double-clicks an empty spot of a cell, types the card text and commits it with Enter. */
export async function addCard(page: Page, lane: string, step: string, text: string) {
  const p = await cellPoint(page, lane, step);
  await page.mouse.dblclick(p.x, p.y);
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await editor.pressSequentially(text);
  await editor.press('Enter');
  await expect(card(page, text)).toBeVisible();
}

/** Waits until autosave reports everything stored. */
export async function saved(page: Page) {
  await expect(page.getByRole('status')).toHaveText('Saved');
}

/** Drags a card with the real mouse to a point, in small steps as a hand would. */
export async function dragCardTo(page: Page, text: string, to: { x: number; y: number }) {
  const box = (await card(page, text).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Card texts of one cell, top to bottom. */
export async function cellTexts(page: Page, lane: string, step: string): Promise<string[]> {
  const l = (await page.getByRole('rowheader', { name: lane }).boundingBox())!;
  const s = (await page.getByRole('columnheader', { name: step }).boundingBox())!;
  const cards = await page.getByRole('article').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.getAttribute('aria-label') ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }),
  );
  return cards
    .filter((c) => c.x > s.x && c.x < s.x + s.width && c.y > l.y && c.y < l.y + l.height)
    .sort((a, b) => a.y - b.y)
    .map((c) => c.text);
}

/** Stores a board straight into IndexedDB (as an earlier session would have, last changed now or at `updatedAt`) and shows the library. */
export async function seedBoard(page: Page, board: { id: string; title: string }, updatedAt?: string) {
  await openLibrary(page);
  await page.evaluate(storeRecordInPage, { record: boardRecord(board, updatedAt) });
  await page.reload();
}

/**
 * Pans the board with the mouse by (dx, dy), dragging its empty background from (x, y): checked to
 * be the background, since a press on a card would move the card and one on the legend nothing.
 */
export async function dragBoard(page: Page, [x, y]: [number, number], [dx, dy]: [number, number]) {
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.className, [x, y]), `the board's background at ${x}, ${y}`).toContain(
    'react-flow__pane',
  );
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 8 });
  await page.mouse.up();
}

/** Resolves once a value read from the page stops changing between two animation frames (an animated zoom or pan has ended). */
export async function settled<T>(page: Page, read: () => Promise<T>): Promise<T> {
  let last = await read();
  await expect
    .poll(async () => {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const next = await read();
      const same = JSON.stringify(next) === JSON.stringify(last);
      last = next;
      return same;
    })
    .toBe(true);
  return last;
}

/** A row of the app's database as stored now (read straight from IndexedDB, as after a reload), or undefined. */
export async function storedRow(page: Page, store: string, key: string | number): Promise<unknown> {
  return page.evaluate(
    ([s, k]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('blueprint-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(s).objectStore(s).get(k);
          get.onsuccess = () => {
            resolve(get.result);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [store, key] as const,
  );
}

/** A setting as stored in IndexedDB. */
export async function storedSetting(page: Page, key: string): Promise<unknown> {
  return ((await storedRow(page, 'settings', key)) as { value?: unknown } | undefined)?.value ?? null;
}

/** Exports the open board through the Export dialog in `format` and returns the downloaded file's path. */
export async function exportAs(page: Page, format: string, options: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}) {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  await options(dialog);
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Download' }).click();
  const file = await download;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/**
 * Shares the open board through `server` from the Share dialog (signing as `name` when given)
 * and returns the dialog, left open, with the links it shows.
 */
export async function startSharing(page: Page, server: string, name?: string) {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  if (name) await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(server);
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  const link = (kind: string) => dialog.getByRole('textbox', { name: `${kind} link` }).inputValue();
  return { dialog, edit: await link('Edit'), comment: await link('Comment'), view: await link('View') };
}

/** How a shared board's link to the server is, beside the save state. */
export const connection = (page: Page): Locator => page.locator('.connection');
