import { expect, test, type Page } from '@playwright/test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { addCard, card, connection, newBoard, startSharing } from './helpers';
import { startSyncServer } from './syncServer';

type Server = Awaited<ReturnType<typeof startSyncServer>>;
let servers: Server[] = [];
test.afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

/** A collaborator outside the app: a Yjs client in this process, free to send anything. */
async function outsider(server: string, room: string, token: string) {
  const doc = new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({ url: server, WebSocketPolyfill: WebSocket as never });
  let synced = false;
  const provider = new HocuspocusProvider({ websocketProvider, name: room, document: doc, token, onSynced: () => void (synced = true) });
  provider.attach?.();
  await expect.poll(() => synced).toBe(true);
  return {
    doc,
    provider,
    close: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** The room and secret of a join link. */
const partsOf = (link: string) => {
  const [, room, query] = /#\/join\/([^?]+)\?(.*)$/.exec(link)!;
  return { room: decodeURIComponent(room!), key: new URLSearchParams(query).get('key')! };
};

async function shareAs(page: Page, name: string, server: string) {
  const { dialog, edit: link } = await startSharing(page, server, name);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(connection(page)).toContainText('Connected');
  return link;
}

test('a hostile collaborator’s presence and updates leave every member’s editor usable', async ({ page, browser }) => {
  const server = await startSyncServer();
  servers.push(server);
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Ana’s card');
  const link = await shareAs(page, 'Ana', server.url);
  const bo = await (await browser.newContext()).newPage();
  await bo.goto(link);
  await expect(card(bo, 'Ana’s card')).toBeVisible();

  // Mallory holds the edit link: a name that is an object, a selection that is text, someone
  // else's client id; then a card text turned into a number, a lane of an unknown kind, a newer format.
  const { room, key } = partsOf(link);
  const mallory = await outsider(server.url, room, key);
  mallory.provider.setAwarenessField('user', { name: { evil: true }, color: 'url(http://evil.example/beacon)' });
  mallory.provider.setAwarenessField('selection', 'not a list');
  const cards = mallory.doc.getMap<Y.Map<unknown>>('cards');
  const target = [...cards.values()].find((c) => String(c.get('text')) === 'Ana’s card')!;
  target.set('text', 42);
  mallory.doc.getMap<Y.Map<unknown>>('lanes').forEach((lane) => lane.set('kind', 'dungeon'));
  mallory.doc.getMap('meta').set('version', 99);

  // Both members go on working, and see each other's edits.
  await addCard(page, 'Frontstage actions', 'Step 2', 'Typed by Ana after the attack');
  await expect(card(bo, 'Typed by Ana after the attack')).toBeVisible();
  await addCard(bo, 'Backstage actions', 'Step 3', 'Typed by Bo after the attack');
  await expect(card(page, 'Typed by Bo after the attack')).toBeVisible();
  for (const member of [page, bo]) {
    await expect(card(member, 'Ana’s card')).toBeVisible();
    await expect(member.getByRole('rowheader', { name: 'Customer actions' })).toBeVisible();
    await expect(member.getByRole('alert')).toHaveCount(0);
  }
  // The owner can still open Share (and stop sharing if they want).
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Stop sharing' })).toBeVisible();
  await page.keyboard.press('Escape');
  // Reopening the board reads it as valid: nothing of Mallory's reached it.
  await bo.reload();
  await expect(card(bo, 'Ana’s card')).toBeVisible();
  await expect(card(bo, 'Typed by Bo after the attack')).toBeVisible();
  mallory.close();
});

test('a crafted join link naming another server never moves a shared board there: it can only be added as a separate board', async ({
  page,
  browser,
}) => {
  const real = await startSyncServer();
  const evil = await startSyncServer();
  servers.push(real, evil);
  await newBoard(page);
  await addCard(page, 'Customer actions', 'Step 1', 'Only for the real server');
  const link = await shareAs(page, 'Ana', real.url);
  const { room, key } = partsOf(link);

  // An editor copies the board into a room of their own on another server, and sends the owner a
  // link to it with the real room's name.
  const copy = await outsider(real.url, room, key);
  const created = await (await fetch(`${evil.url.replace('ws', 'http')}/api/rooms`, { method: 'POST' })).json();
  const planted = await outsider(evil.url, created.room, created.edit);
  Y.applyUpdate(planted.doc, Y.encodeStateAsUpdate(copy.doc));
  const check = await outsider(evil.url, created.room, created.view);
  await expect.poll(() => check.doc.getMap('cards').size).toBe(copy.doc.getMap('cards').size);
  for (const c of [copy, planted, check]) c.close();
  const crafted = `${new URL(page.url()).origin}/#/join/${encodeURIComponent(created.room)}?${new URLSearchParams({ server: evil.url, key: created.edit })}`;

  await page.goto(crafted);
  await expect(page.getByRole('heading', { name: /is already on this device/ })).toBeVisible();
  await expect(page.getByText(`Your board is shared through ${real.url}, and stays so.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Connect my board to this link' })).toHaveCount(0);
  await page.getByRole('link', { name: 'All boards' }).click();
  await page.getByRole('link', { name: 'Untitled service blueprint' }).click();
  await expect(connection(page)).toContainText('Connected');

  // Still synced with the real server: an edit made there arrives.
  const bo = await (await browser.newContext()).newPage();
  await bo.goto(link);
  await addCard(bo, 'Frontstage actions', 'Step 2', 'Through the real server');
  await expect(card(page, 'Through the real server')).toBeVisible();
});
