import { expect, test, type Page } from '@playwright/test';
import { addCard, card, cellPoint, newBoard, saved, storedRow } from './helpers';

/**
 * Lets a test cut this tab's cross-tab channel (what Dexie tells other tabs about writes), as
 * a tab that loses it would: nothing sent, nothing received, until `window.__cut = false`.
 */
const cuttableChannel = () => {
  const w = window as unknown as { __cut: boolean };
  w.__cut = false;
  const Real = window.BroadcastChannel;
  window.BroadcastChannel = class extends Real {
    postMessage(message: unknown) {
      if (!w.__cut) super.postMessage(message);
    }
    set onmessage(handler: ((ev: MessageEvent) => void) | null) {
      super.onmessage = handler && ((ev: MessageEvent) => !w.__cut && handler.call(this, ev));
    }
    get onmessage() {
      return super.onmessage;
    }
  } as typeof BroadcastChannel;
};

async function secondTab(page: Page, options: { cuttable?: boolean } = {}) {
  const other = await page.context().newPage();
  if (options.cuttable) await other.addInitScript(cuttableChannel);
  await other.goto(page.url());
  await expect(other.getByRole('rowheader', { name: 'Customer actions' })).toBeVisible();
  return other;
}

/**
 * Waits until y-dexie's first compaction in `page` has run (10 s after its database opened; the
 * next is 5 min later). A compaction reads every stored update, so one running after the cut-off
 * tab wrote would show its card here without any notification.
 */
async function compacted(page: Page) {
  const stamp = async () => ((await storedRow(page, '$boards.content_updates', 0)) as { lastCompressed?: number } | undefined)?.lastCompressed;
  await expect.poll(stamp, { timeout: 30_000 }).toBeGreaterThan(0);
}

async function editCard(page: Page, text: string) {
  await card(page, text).dblclick();
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  return editor;
}

test('two tabs on one board edit at once and both see everything: other cards, other fields, the same text', async ({ page }) => {
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Shared card');
  await saved(page);
  const other = await secondTab(page);
  await expect(card(other, 'Shared card')).toBeVisible();

  // Different cards, typed at the same time.
  const p1 = await cellPoint(page, 'Customer actions', 'Step 2');
  const p2 = await cellPoint(other, 'Frontstage actions', 'Step 3');
  await page.mouse.dblclick(p1.x, p1.y);
  await other.mouse.dblclick(p2.x, p2.y);
  const [e1, e2] = [page.getByRole('textbox', { name: 'Card text' }), other.getByRole('textbox', { name: 'Card text' })];
  for (const [a, b] of [
    ['From', 'Also'],
    [' tab', ' from'],
    [' one', ' tab two'],
  ]) {
    await e1.pressSequentially(a!);
    await e2.pressSequentially(b!);
  }
  await e1.press('Enter');
  await e2.press('Enter');
  for (const tab of [page, other]) {
    await expect(card(tab, 'From tab one')).toBeVisible();
    await expect(card(tab, 'Also from tab two')).toBeVisible();
  }

  // The same card: one tab sets its owner while the other types in its text.
  await card(other, 'Shared card').click();
  await other.getByRole('combobox', { name: 'Owner' }).fill('Host');
  const shared = await editCard(page, 'Shared card');
  await shared.pressSequentially(' — first');
  // Both type into the same text at once: one at the end, one at the start.
  const sharedOther = await editCard(other, 'Shared card — first');
  await sharedOther.press('Home');
  for (const [a, b] of [
    [' and', 'Our '],
    [' last', 'very '],
  ]) {
    await shared.pressSequentially(a!);
    await sharedOther.pressSequentially(b!);
  }
  await shared.press('Enter');
  await sharedOther.press('Enter');
  const merged = 'Our very Shared card — first and last';
  for (const tab of [page, other]) await expect(card(tab, merged)).toBeVisible();
  await card(page, merged).click();
  await expect(page.getByRole('combobox', { name: 'Owner' })).toHaveValue('Host');

  await saved(page);
  await saved(other);
  await page.reload();
  await expect(card(page, merged)).toBeVisible();
  await expect(card(page, 'From tab one')).toBeVisible();
  await expect(card(page, 'Also from tab two')).toBeVisible();
});

test('a tab cut off from the others keeps editing, and everything merges when it is back', async ({ page }) => {
  await newBoard(page);
  await saved(page);
  await compacted(page);
  const other = await secondTab(page, { cuttable: true });
  await other.evaluate(() => ((window as unknown as { __cut: boolean }).__cut = true));

  await addCard(page, 'Customer actions', 'Step 1', 'Typed in the connected tab');
  await saved(page);
  await addCard(other, 'Support processes', 'Step 2', 'Typed in the cut-off tab');
  await saved(other);
  // Nothing told the connected tab about it (it would show within a moment otherwise).
  await expect(card(page, 'Typed in the cut-off tab')).toHaveCount(0);

  await other.evaluate(() => {
    (window as unknown as { __cut: boolean }).__cut = false;
    window.dispatchEvent(new Event('online'));
  });
  for (const tab of [page, other]) {
    await expect(card(tab, 'Typed in the connected tab')).toBeVisible();
    await expect(card(tab, 'Typed in the cut-off tab')).toBeVisible();
  }
  await other.reload();
  await expect(card(other, 'Typed in the connected tab')).toBeVisible();
  await expect(card(other, 'Typed in the cut-off tab')).toBeVisible();
});

test('undo in one tab undoes its own edits only', async ({ page }) => {
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Mine');
  const other = await secondTab(page);
  await addCard(other, 'Customer actions', 'Step 2', 'Theirs');
  await expect(card(page, 'Theirs')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Mine')).toHaveCount(0);
  await expect(card(page, 'Theirs')).toBeVisible();
  await expect(card(other, 'Mine')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});
