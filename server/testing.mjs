// Helpers for the sync server's tests: servers in this process or as processes of their own
// (the build `npm run serve` runs), clients (the real provider, or a bare socket to send
// anything), and the clean-up after each test. Everything listens on loopback.
import { afterEach, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { localPostgres, localRedis } from '../scripts/localServices.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from '../scripts/freePort.mjs';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { startServer } from './server.mjs';
import { docFromBoard } from '../src/document/index.ts';
import { sample } from '../src/model/test/fixtures.ts';

export const cleanups = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()();
});

export async function server(dataDir = mkdtempSync(join(tmpdir(), 'bs-server-')), redisUrl, limits) {
  const s = await startServer({ port: 0, dataDir, quiet: true, redisUrl, limits });
  cleanups.push(async () => {
    await s.stop();
  });
  return { ...s, dataDir, http: `http://127.0.0.1:${s.port}`, ws: `ws://127.0.0.1:${s.port}` };
}

/**
 * A POST to the server's HTTP API; `body` is its answer as JSON (a room: `{ room, owner, edit, view }`).
 * @returns {Promise<{ status: number, body: any }>}
 */
export const api = async (base, path, token = undefined) => {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.json() };
};

/** A client on a room: its doc, and what the server told it. */
export function client(url, room, token) {
  const doc = new Y.Doc();
  /** @type {{ failed: string | null, closed: string | null, synced: boolean }} */
  const events = { failed: null, closed: null, synced: false };
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxAttempts: 1 });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: room,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => (events.failed = reason),
    onSynced: () => (events.synced = true),
    onClose: ({ event }) => (events.closed = event?.reason ?? ''),
  });
  provider.attach?.();
  cleanups.push(async () => {
    provider.destroy();
    websocketProvider.destroy();
  });
  return { doc, events, provider };
}

/** Sends one raw HTTP request with `target` as the request target; resolves with the status code (0 if the connection dropped). */
export const rawStatus = (port, target) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (chunk) => (data += chunk));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', () => resolve(0));
  });

export const until = async (check, timeout = 5000) => {
  const start = Date.now();
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** A bare WebSocket on a room, authenticated with `token` (as the provider does), to send messages by hand. */
export async function rawClient(url, room, token) {
  const socket = new WebSocket(url);
  /** `acks`: "synced" answers (SyncStatus true) so far; the server sends one per update it took, in order. */
  /** @type {{ closed: string | null, acks: number, send(m: Uint8Array): void, socket: WebSocket }} */
  const state = { closed: null, acks: 0, send: (m) => socket.send(m), socket };
  socket.on('close', (_code, reason) => (state.closed = reason.toString()));
  // Hocuspocus closes one document of a socket with a CLOSE message (type 7) carrying the reason.
  socket.on('message', (data) => {
    const d = decoding.createDecoder(new Uint8Array(/** @type {ArrayBuffer} */ (data)));
    decoding.readVarString(d); // document name
    const type = decoding.readVarUint(d);
    if (type === 7) state.closed = decoding.readVarString(d);
    if (type === 8 && decoding.readVarUint(d) === 1) state.acks += 1;
  });
  cleanups.push(async () => socket.terminate());
  await new Promise((resolve) => socket.on('open', resolve));
  const auth = encoding.createEncoder();
  encoding.writeVarString(auth, room);
  encoding.writeVarUint(auth, 2); // Auth
  encoding.writeVarUint(auth, 0); // token
  encoding.writeVarString(auth, token);
  socket.send(encoding.toUint8Array(auth));
  await new Promise((resolve) => socket.once('message', resolve)); // authenticated
  return state;
}

/**
 * A new room on `server` holding the sample board, put there by its owner (as the app does when
 * it starts sharing): the room's secrets, the board, and its document's state as an update.
 * @param {{ http: string, ws: string }} server
 */
export async function sharedSample(server) {
  const { body: room } = await api(server.http, '/api/rooms');
  const board = sample();
  const seed = Y.encodeStateAsUpdate(docFromBoard(board));
  const owner = await rawClient(server.ws, room.room, room.owner);
  owner.send(contentMessage(room.room, seed));
  await until(() => owner.acks === 1);
  owner.socket.terminate();
  return { room, board, seed };
}

/** A Hocuspocus message carrying a Yjs update: a Sync update, or (`reply`) a SyncReply step 2 as a provider answers a read request. */
export function contentMessage(room, update, { reply = false } = {}) {
  const m = encoding.createEncoder();
  encoding.writeVarString(m, room);
  encoding.writeVarUint(m, reply ? 4 : 0); // SyncReply or Sync
  encoding.writeVarUint(m, reply ? 1 : 2); // step 2 or update
  encoding.writeVarUint8Array(m, update);
  return encoding.toUint8Array(m);
}

/** `npm run serve` as its own process (built once per test run, by `buildOnce.mjs`); resolves once it logs that it listens. */
export async function serverProcess(dataDir, redisUrl, port, env = {}) {
  port ??= await freePort();
  const child = spawn(process.execPath, [join(import.meta.dirname, 'dist', 'main.mjs')], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, REDIS_URL: redisUrl, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  cleanups.push(async () => {
    child.kill('SIGTERM');
    await exited;
  });
  let output = '';
  await new Promise((/** @type {(v?: unknown) => void} */ resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('listening')) resolve();
    });
    child.on('exit', () => reject(new Error(`server exited: ${output}`)));
  });
  expect(output.trim().split('\n')).toHaveLength(1); // one line when listening
  return { child, exited, port, output: () => output, http: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}` };
}

/** A Redis server of the test's own (`scripts/localServices.mjs`), stopped after the test. */
export async function startRedis() {
  const redis = await localRedis();
  cleanups.push(redis.stop);
  return redis.url;
}

/** A PostgreSQL server of the test's own (`scripts/localServices.mjs`), stopped after the test. */
export async function startPostgres() {
  const postgres = await localPostgres();
  cleanups.push(postgres.stop);
  return postgres.url;
}

/**
 * A TCP load balancer on loopback in front of several servers: each new connection goes to the
 * next server in turn that accepts it (one that is down is skipped), as a proxy without sticky
 * sessions would. What a client behind it sees when one server dies: its socket drops, and it
 * reconnects to another.
 * @param {number[]} ports
 */
export async function loadBalancer(ports) {
  const { createServer } = await import('node:net');
  let next = 0;
  const sockets = new Set();
  const balancer = createServer((incoming) => {
    sockets.add(incoming);
    incoming.on('close', () => sockets.delete(incoming));
    incoming.on('error', () => incoming.destroy());
    const tryFrom = (/** @type {number} */ tries) => {
      if (tries >= ports.length) return incoming.destroy();
      const port = ports[next++ % ports.length];
      const outgoing = connect(port, '127.0.0.1');
      outgoing.once('connect', () => {
        incoming.pipe(outgoing).pipe(incoming);
        outgoing.on('close', () => incoming.destroy());
        incoming.on('close', () => outgoing.destroy());
      });
      outgoing.once('error', () => (outgoing.destroy(), tryFrom(tries + 1)));
    };
    tryFrom(0);
  });
  await new Promise((resolve) => balancer.listen(0, '127.0.0.1', () => resolve(undefined)));
  const port = /** @type {import('node:net').AddressInfo} */ (balancer.address()).port;
  cleanups.push(async () => {
    for (const s of sockets) /** @type {import('node:net').Socket} */ (s).destroy();
    await new Promise((resolve) => balancer.close(resolve));
  });
  return { port, ws: `ws://127.0.0.1:${port}`, http: `http://127.0.0.1:${port}` };
}

/** A small deterministic random source (`random(n)` is 0…n-1), so a failing run can be replayed from its seed. */
export function randomFrom(seed) {
  return (n) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
}

/**
 * One person typing into a card as fast as the server acknowledges (up to 8 edits in flight, at
 * most `edits`), over a bare socket, starting from the board's state `seed`: `clocks[i]` is this
 * writer's Yjs clock once edit i is in, so the edits a document holds are those its state
 * vector covers.
 */
export async function typist(server, room, token, seed, cardId, edits = 350) {
  const raw = await rawClient(server.ws, room, token);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed);
  const text = doc.getMap('cards').get(cardId).get('text');
  const clocks = [];
  doc.on('update', (update) => raw.send(contentMessage(room, update)));
  const pump = () => {
    while (raw.socket.readyState === 1 && clocks.length - raw.acks < 8 && clocks.length < edits) {
      text.insert(text.length, 'x');
      clocks.push(Y.getState(doc.store, doc.clientID));
    }
  };
  raw.socket.on('message', pump);
  pump();
  return { raw, doc, clocks, acked: () => raw.acks, done: () => raw.acks === edits };
}

/** How many of a typist's acknowledged edits the document state `update` lacks. */
export const lostFrom = (t, update) => {
  const have = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)).get(t.doc.clientID) ?? 0;
  return t.clocks.slice(0, t.acked()).filter((clock) => clock > have).length;
};
