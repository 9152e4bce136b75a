import { expect, test, type Page } from '@playwright/test';
import { addCard, card, newBoard, saved } from './helpers';
import { startSyncServer } from './syncServer';

let server: Awaited<ReturnType<typeof startSyncServer>>;
test.beforeAll(async () => {
  server = await startSyncServer();
});
test.afterAll(async () => {
  await server.stop();
});

const connection = (page: Page) => page.locator('.connection');

/** Opens a link in a browser of its own (another person) and waits for the board. */
async function join(page: Page, link: string, title: string) {
  await page.goto(link);
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(title);
}

test('share a board: join by link, edits both ways, presence, offline edits merge, view links cannot edit, stopping revokes', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Before sharing');
  await saved(page);

  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ana');
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(server.url);
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  const editLink = await dialog.getByRole('textbox', { name: 'Edit link' }).inputValue();
  const viewLink = await dialog.getByRole('textbox', { name: 'View link' }).inputValue();
  expect(editLink).toContain('#/join/');
  expect(viewLink).not.toBe(editLink);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(connection(page)).toContainText('Connected');

  // A second person opens the edit link in their own browser: the board is in their library now.
  const bob = await (await browser.newContext()).newPage();
  await join(bob, editLink, 'Untitled service blueprint');
  await expect(card(bob, 'Before sharing')).toBeVisible();
  await expect(connection(bob)).toContainText('Connected');
  await expect(page.getByRole('list', { name: 'People here' })).toContainText('Guest');
  await expect(bob.getByRole('list', { name: 'People here' })).toContainText('Ana');

  // Edits both ways, each seen by the other within a second.
  await addCard(bob, 'Frontstage actions', 'Step 2', 'From Bob');
  await expect(card(page, 'From Bob')).toBeVisible({ timeout: 1000 });
  await addCard(page, 'Support processes', 'Step 3', 'From Ana');
  await expect(card(bob, 'From Ana')).toBeVisible({ timeout: 1000 });

  // Presence: Ana's selection is outlined in her colour on Bob's board, never stored.
  await card(page, 'From Ana').click();
  await expect(bob.locator('.peer-selection[data-peer="Ana"]')).toHaveCount(1);
  // And her pointer, with her name, wherever she points on the board.
  const target = (await card(page, 'From Bob').boundingBox())!;
  await page.mouse.move(target.x + 10, target.y + 10);
  await page.mouse.move(target.x + 20, target.y + 12);
  await expect(bob.locator('.peer-pointer').filter({ hasText: 'Ana' })).toBeVisible();

  // Bob goes offline and both keep editing; everything merges when he is back.
  await bob.context().setOffline(true);
  await expect(connection(bob)).toContainText('Offline, changes kept on this device');
  await addCard(bob, 'Backstage actions', 'Step 1', 'Typed offline by Bob');
  await addCard(page, 'Physical evidence', 'Step 2', 'Typed by Ana meanwhile');
  await bob.context().setOffline(false);
  await expect(connection(bob)).toContainText('Connected', { timeout: 15_000 });
  await expect(card(page, 'Typed offline by Bob')).toBeVisible();
  await expect(card(bob, 'Typed by Ana meanwhile')).toBeVisible();

  // A view link: the board, marked view only; adding a card does nothing.
  const viewer = await (await browser.newContext()).newPage();
  await join(viewer, viewLink, 'Untitled service blueprint');
  await expect(connection(viewer)).toContainText('View only');
  await expect(card(viewer, 'Typed offline by Bob')).toBeVisible();
  const cell = viewer.getByRole('rowheader', { name: 'Customer actions' });
  const box = (await cell.boundingBox())!;
  const step = (await viewer.getByRole('columnheader', { name: 'Step 4' }).boundingBox())!;
  await viewer.mouse.dblclick(step.x + step.width / 2, box.y + box.height * 0.75);
  await expect(viewer.getByRole('textbox', { name: 'Card text' })).toHaveCount(0);
  expect(await viewer.getByRole('article').count()).toBe(await page.getByRole('article').count());

  // Stop sharing: the links stop working, for those on the board and for anyone opening them.
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Stop sharing' }).click();
  await expect(page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Start sharing' })).toBeVisible();
  await expect(connection(viewer)).toContainText('This link is not valid or was revoked', { timeout: 15_000 });
  const late = await (await browser.newContext()).newPage();
  await late.goto(viewLink);
  await expect(late.getByRole('alert')).toContainText('This link is not valid or was revoked');
  // Everything stays in each person's own library.
  await bob.reload();
  await expect(card(bob, 'Typed by Ana meanwhile')).toBeVisible();
});

test('a server restart loses nothing: the board comes back from its SQLite file and editing goes on', async ({ page, browser }) => {
  const own = await startSyncServer();
  let current = own;
  try {
    await newBoard(page);
    await addCard(page, 'Customer actions', 'Step 1', 'Stored on the server');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share' });
    await dialog.getByRole('textbox', { name: 'Server address' }).fill(own.url);
    await dialog.getByRole('button', { name: 'Start sharing' }).click();
    const editLink = await dialog.getByRole('textbox', { name: 'Edit link' }).inputValue();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(connection(page)).toContainText('Connected');

    await own.stop();
    await expect(connection(page)).not.toContainText('Connected');
    await addCard(page, 'Frontstage actions', 'Step 2', 'Typed while the server was down');
    current = await startSyncServer({ port: own.port, dataDir: own.dataDir });
    await expect(connection(page)).toContainText('Connected', { timeout: 20_000 });

    // Someone new joins after the restart: everything is there, both cards.
    const later = await (await browser.newContext()).newPage();
    await join(later, editLink, 'Untitled service blueprint');
    await expect(card(later, 'Stored on the server')).toBeVisible();
    await expect(card(later, 'Typed while the server was down')).toBeVisible();
    await addCard(later, 'Support processes', 'Step 3', 'After the restart');
    await expect(card(page, 'After the restart')).toBeVisible();
  } finally {
    await current.stop();
  }
});
