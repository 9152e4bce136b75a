// Opening a shared board's link at once after it was made: the room on the server may still be
// empty while the owner's browser sends the board. The board is waited for, and said so; a board
// that never comes is said in its own words, not as an unreachable server.
import { afterEach, expect, it, vi } from 'vitest';
import { docFromBoard, readDoc } from '../../document';
import { knownBoard } from '../../model/test/knownBoard';
import { fetchRoom } from './join';
import { BrowserSocket } from '../../../test/support/browserSocket';
import { roomOnOwnServer } from '../../../test/support/roomServer';

const stops: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
  vi.unstubAllGlobals();
});

async function emptyRoom() {
  vi.stubGlobal('WebSocket', BrowserSocket);
  return roomOnOwnServer(stops);
}

it('waits for a board still on its way to the server, says it waits, and opens it when it comes', async () => {
  const { ws, room } = await emptyRoom();
  let waiting = false;
  const fetched = fetchRoom({ server: ws, room: room.room, key: room.edit }, { onWaiting: () => (waiting = true) });
  await vi.waitFor(() => expect(waiting).toBe(true), { timeout: 10_000 }); // synced with the room: nothing in it yet
  // Now the owner's browser connects and sends the board.
  const board = knownBoard();
  const { HocuspocusProvider } = await import('@hocuspocus/provider');
  const owner = new HocuspocusProvider({ url: ws, name: room.room, document: docFromBoard(board), token: room.owner });
  stops.push(() => owner.destroy());
  const result = await fetched;
  expect(result.ok).toBe(true);
  expect(result.ok && readDoc(result.doc).title).toBe(board.title);
  expect(result.ok && result.access).toBe('edit');
});

it('a board that does not come is said as not there yet, after waiting as long again as for the server', async () => {
  const { ws, room } = await emptyRoom();
  let waitingAt = 0;
  const started = Date.now();
  const result = await fetchRoom({ server: ws, room: room.room, key: room.view }, { onWaiting: () => (waitingAt = Date.now()), waitMs: 800 });
  expect(result).toEqual({ ok: false, reason: null, notYet: true });
  expect(waitingAt).toBeGreaterThan(0);
  expect(Date.now() - waitingAt).toBeGreaterThanOrEqual(790); // the wait for the board starts when the room answered
  expect(Date.now() - started).toBeLessThan(10_000);
});

it('a server that never answers is said as unreachable, not as a board on its way', async () => {
  vi.stubGlobal('WebSocket', BrowserSocket);
  const net = await import('node:net');
  // A port that accepts connections and never speaks: the handshake never completes.
  const silent = net.createServer(() => {}).listen(0, '127.0.0.1');
  await new Promise((r) => silent.once('listening', r));
  stops.push(() => void silent.close());
  const port = (silent.address() as { port: number }).port;
  let waiting = false;
  const result = await fetchRoom({ server: `ws://127.0.0.1:${port}`, room: 'r', key: 'k' }, { onWaiting: () => (waiting = true), waitMs: 800 });
  expect(result).toEqual({ ok: false, reason: null });
  expect(waiting).toBe(false);
});
