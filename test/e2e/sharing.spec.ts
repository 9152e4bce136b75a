import { expect, test, type Page } from '@playwright/test';
import { addCard, card, connection, newBoard, saved, startSharing } from './helpers';
import { startSyncServer, syncServerForFile } from './syncServer';

const server = syncServerForFile();

/** Opens a link in a browser of its own (another person) and waits for the board. */
async function join(page: Page, link: string, title: string) {
  await page.goto(link);
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(title);
}

test('share a board: join by link, edits both ways, presence, offline edits merge, view links cannot edit, stopping revokes', async ({
  page,
  browser,
}) => {
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Before sharing');
  await saved(page);

  const { dialog, edit: editLink, view: viewLink } = await startSharing(page, server.url, 'Ana');
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
  // Her name is drawn above the cards, never under one.
  const label = bob.locator('.peer-pointer span').filter({ hasText: 'Ana' });
  const onTop = await label.evaluate((el) => {
    // Pointers let clicks through (pointer-events: none); hit-test the label itself for a moment.
    (el as HTMLElement).style.pointerEvents = 'auto';
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
    (el as HTMLElement).style.pointerEvents = '';
    return top;
  });
  expect(onTop).toBe(true);

  // Bob goes offline and both keep editing; everything merges when he is back.
  await bob.context().setOffline(true);
  await expect(connection(bob)).toContainText('Offline, changes kept on this device');
  await addCard(bob, 'Backstage actions', 'Step 1', 'Typed offline by Bob');
  await addCard(page, 'Physical evidence', 'Step 2', 'Typed by Ana meanwhile');
  await bob.context().setOffline(false);
  // Back online, the socket closed while offline is replaced at once (a retry at least every few seconds).
  await expect(connection(bob)).toContainText('Connected', { timeout: 8_000 });
  await expect(card(page, 'Typed offline by Bob')).toBeVisible();
  await expect(card(bob, 'Typed by Ana meanwhile')).toBeVisible();

  // A view link: the board, marked view only, with no control that edits; adding a card does nothing.
  const viewer = await (await browser.newContext()).newPage();
  await join(viewer, viewLink, 'Untitled service blueprint');
  await expect(connection(viewer)).toContainText('View only');
  await expect(card(viewer, 'Typed offline by Bob')).toBeVisible();
  const toolbar = viewer.getByRole('toolbar');
  for (const name of ['Add card', 'Add lane', 'Add step', 'Add stage', 'Undo', 'Redo'])
    await expect(toolbar.getByRole('button', { name })).toHaveCount(0);
  for (const name of ['Export', 'Analysis', 'Present', 'Share']) await expect(toolbar.getByRole('button', { name })).toBeVisible();
  await expect(viewer.getByRole('textbox', { name: 'Board title' })).not.toBeEditable();
  await expect(viewer.getByRole('button', { name: 'Add persona' })).toHaveCount(0);
  await card(viewer, 'Typed offline by Bob').click();
  await expect(viewer.getByRole('textbox', { name: 'Text', exact: true })).toBeDisabled();
  await viewer.keyboard.press('n');
  await expect(viewer.getByRole('textbox', { name: 'Card text' })).toHaveCount(0);
  await viewer.keyboard.press('Delete');
  await expect(card(viewer, 'Typed offline by Bob')).toBeVisible();
  // Neither a viewer nor an editor can stop sharing for everyone: they can leave.
  for (const other of [viewer, bob]) {
    await other.getByRole('button', { name: 'Share' }).click();
    const theirs = other.getByRole('dialog', { name: 'Share' });
    await expect(theirs.getByRole('button', { name: 'Leave' })).toBeVisible();
    await expect(theirs.getByRole('button', { name: 'Stop sharing' })).toHaveCount(0);
    await theirs.getByRole('button', { name: 'Close' }).click();
  }
  const cell = viewer.getByRole('rowheader', { name: 'Customer actions' });
  const box = (await cell.boundingBox())!;
  const step = (await viewer.getByRole('columnheader', { name: 'Step 4' }).boundingBox())!;
  await viewer.mouse.dblclick(step.x + step.width / 2, box.y + box.height * 0.75);
  await expect(viewer.getByRole('textbox', { name: 'Card text' })).toHaveCount(0);
  expect(await viewer.getByRole('article').count()).toBe(await page.getByRole('article').count());

  // Stop sharing (the owner, after saying yes): the links stop working, for those on the board and for anyone opening them.
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Stop sharing' }).click();
  const ask = page.getByRole('dialog', { name: 'Stop sharing for everyone?' });
  await expect(ask).toContainText('Everyone on this board is disconnected');
  await ask.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Start sharing' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Share' }).getByRole('textbox', { name: 'Edit link' })).toHaveCount(0);
  await expect(connection(viewer)).toContainText('This link is not valid or was revoked', { timeout: 15_000 });
  const late = await (await browser.newContext()).newPage();
  await late.goto(viewLink);
  await expect(late.getByRole('alert')).toContainText('This link is not valid or was revoked');
  // Everything stays in each person's own library.
  await bob.reload();
  await expect(card(bob, 'Typed by Ana meanwhile')).toBeVisible();

  // Shared again: Bob, who had the board before, opens the new link. He is asked, never shown a
  // storage error; connecting merges what he typed while cut off.
  await addCard(bob, 'Support processes', 'Step 4', 'Typed by Bob after the stop');
  await page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Start sharing' }).click();
  const newLink = await page.getByRole('dialog', { name: 'Share' }).getByRole('textbox', { name: 'Edit link' }).inputValue();
  expect(newLink).not.toBe(editLink);
  await bob.goto(newLink);
  await expect(bob.getByRole('heading', { name: '“Untitled service blueprint” is already on this device' })).toBeVisible();
  await bob.getByRole('button', { name: 'Connect my board to this link' }).click();
  await expect(connection(bob)).toContainText('Connected');
  await expect(card(page, 'Typed by Bob after the stop')).toBeVisible();
  await expect(bob.getByRole('link', { name: 'Untitled service blueprint' })).toHaveCount(0); // still one board: Bob's own, reconnected
});

test('a link opened before its board reached the server waits for it, says so, and opens the board when it arrives', async ({ page, browser }) => {
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Sent late');
  await saved(page);
  // Ana's connection to the sync server is held (a slow network): the room exists, her board has not reached it.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.routeWebSocket(/^ws:\/\/127\.0\.0\.1/, async (ws) => {
    await held;
    ws.connectToServer();
  });
  const { dialog, view } = await startSharing(page, server.url, 'Ana');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const bob = await (await browser.newContext()).newPage();
  await bob.goto(view);
  await expect(bob.getByRole('status')).toHaveText('Connected. Waiting for the board to reach the server from its owner’s browser…');
  release();
  await expect(bob.getByRole('textbox', { name: 'Board title' })).toHaveValue('Untitled service blueprint');
  await expect(card(bob, 'Sent late')).toBeVisible();
});

test('a server restart loses nothing: the board comes back from its SQLite file and editing goes on', async ({ page, browser }) => {
  const own = await startSyncServer();
  let current = own;
  try {
    await newBoard(page);
    await addCard(page, 'Customer actions', 'Step 1', 'Stored on the server');
    const { dialog, edit: editLink } = await startSharing(page, own.url);
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

test('copying a link says "Copied" only when the browser allowed it, and says what to do when it did not', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await newBoard(page);
  const { dialog, edit: link } = await startSharing(page, server.url);
  await dialog.getByRole('button', { name: 'Copy the Edit link' }).click();
  await expect(dialog.getByRole('button', { name: 'Copy the Edit link' })).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // A browser that refuses the clipboard: no "Copied", and the way to copy by hand.
  const other = await (await browser.newContext()).newPage();
  await other.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await other.goto(link);
  await expect(other.getByRole('textbox', { name: 'Board title' })).toHaveValue('Untitled service blueprint');
  await other.getByRole('button', { name: 'Share' }).click();
  const theirs = other.getByRole('dialog', { name: 'Share' });
  await theirs.getByRole('button', { name: 'Copy the Edit link' }).click();
  await expect(theirs.getByRole('alert')).toContainText('The browser did not allow copying');
  await expect(theirs.getByRole('button', { name: 'Copy the Edit link' })).not.toHaveText('Copied');
});
