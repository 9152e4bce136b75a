// `npm run loadtest`: the sync server under load on loopback. 50 simulated clients in 10 rooms,
// each making 20 edits a second for 60 s (LOADTEST_SECONDS to change), report edit-to-all-
// clients latency p50/p95, throughput and the server's CPU and memory, and check every client of
// a room ends with the same document. `npm run loadtest -- --scale-out`: two server processes
// with PostgreSQL and Redis (their own, on loopback; or DATABASE_URL and REDIS_URL), the clients
// of each room spread over both, so most edits cross from one process to the other.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from './freePort.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { docFromBoard } from '../src/document/index.ts';
import { localPostgres, localRedis } from './localServices.mjs';
import { generateBoard } from '../src/model/generate.ts';

const ROOMS = 10;
const PER_ROOM = 5;
const RATE = 20; // edits per second per client
const SECONDS = Number(process.env.LOADTEST_SECONDS || 60);

/** CPU seconds used so far and resident memory of a process, from /proc. */
function usage(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]); // utime + stime
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) * 1024;
  return { cpu: ticks / 100, rss };
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(q * s.length) - 1)];
};

const scaleOut = process.argv.includes('--scale-out');
/** @type {{ stop(): Promise<void> }[]} */
const services = [];
const env = { ...process.env };
if (scaleOut) {
  if (!env.DATABASE_URL) services.push(await localPostgres().then((pg) => ((env.DATABASE_URL = pg.url), pg)));
  if (!env.REDIS_URL) services.push(await localRedis().then((redis) => ((env.REDIS_URL = redis.url), redis)));
}
const dataDir = mkdtempSync(join(tmpdir(), 'bs-loadtest-'));
const servers = [];
for (let n = 0; n < (scaleOut ? 2 : 1); n++) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(import.meta.dirname, 'main.mjs')], {
    env: { ...env, PORT: String(port), DATA_DIR: join(dataDir, String(n)) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('listening') && resolve(undefined));
    child.on('exit', () => reject(new Error('the server did not start')));
  });
  servers.push({ child, port, url: `ws://127.0.0.1:${port}` });
}
const port = servers[0].port;

// Each room holds a real board of 200 cards (the server checks every edit against it).
const board = generateBoard({ cards: 200, steps: 20, seed: 7 });
const seed = Y.encodeStateAsUpdate(docFromBoard(board));
/** @type {{ room: string, edit: string }[]} */
const rooms = [];
for (let r = 0; r < ROOMS; r++) rooms.push(/** @type {any} */ (await (await fetch(`http://127.0.0.1:${port}/api/rooms`, { method: 'POST' })).json()));

/** Latencies (ms) from an edit to its arrival at each other client of the room. */
const latencies = [];
const clients = [];
for (const room of rooms)
  for (let i = 0; i < PER_ROOM; i++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, seed); // the same origin for all: the board is not doubled
    // Scaled out, the clients of a room alternate between the processes.
    const websocketProvider = new HocuspocusProviderWebsocket({ url: servers[i % servers.length].url, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider, name: room.room, document: doc, token: room.edit });
    // A provider given its socket joins it only when attached (Hocuspocus 4): without this the
    // clients never synced, and the socket's watchdog crashed the load test after 30 s.
    provider.attach();
    // Each edit rewrites the text of a card of this client's own (what typing changes), with the
    // time it was made at its end, so the others can tell how long it took to reach them.
    doc.getMap('cards').observeDeep((events) => {
      if (events[0]?.transaction.local) return;
      const now = performance.timeOrigin + performance.now();
      for (const event of events) {
        const sent = Number(/@(\d+(\.\d+)?)$/.exec(String(event.target))?.[1]);
        if (event.target instanceof Y.Text && Number.isFinite(sent)) latencies.push(now - sent);
      }
    });
    clients.push({ room: room.room, doc, provider, websocketProvider, index: i });
  }
await Promise.all(clients.map((c) => new Promise((resolve) => (c.provider.isSynced ? resolve(undefined) : c.provider.on('synced', resolve)))));

const before = servers.map((x) => usage(x.child.pid));
const started = Date.now();
let sent = 0;
await new Promise((resolve) => {
  const timers = clients.map((c, k) => {
    let seq = 0;
    // Spread the clients over the interval, then RATE edits a second each.
    return setTimeout(
      () => {
        const id = setInterval(() => {
          if (Date.now() - started >= SECONDS * 1000) return clearInterval(id);
          const text = c.doc.getMap('cards').get(board.cards[c.index].id).get('text');
          c.doc.transact(() => {
            text.delete(0, text.length);
            text.insert(0, `Edit ${seq++} @${performance.timeOrigin + performance.now()}`);
          });
          sent++;
        }, 1000 / RATE);
        timers[k] = id;
      },
      (k * 1000) / RATE / clients.length,
    );
  });
  setTimeout(resolve, SECONDS * 1000 + 200);
});
const after = servers.map((x) => usage(x.child.pid));

// Every client of a room ends with the same document.
const converged = async () => {
  for (const room of rooms) {
    const states = clients.filter((c) => c.room === room.room).map((c) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64'));
    if (new Set(states).size !== 1) return false;
  }
  return true;
};
const deadline = Date.now() + 30_000;
while (!(await converged()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
const same = await converged();

for (const c of clients) (c.provider.destroy(), c.websocketProvider.destroy());
for (const x of servers) {
  x.child.kill('SIGTERM');
  await new Promise((r) => x.child.on('exit', r));
}
for (const service of services) await service.stop();
rmSync(dataDir, { recursive: true, force: true });

const seconds = (Date.now() - started) / 1000;
console.log(`\n${clients.length} clients in ${ROOMS} rooms, ${RATE} edits/s each for ${SECONDS} s: ${sent} edits, ${latencies.length} deliveries`);
console.log(
  `edit → other clients: p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms, max ${latencies.reduce((a, b) => Math.max(a, b), 0).toFixed(0)} ms`,
);
console.log(`throughput: ${(latencies.length / SECONDS).toFixed(0)} deliveries/s (${(sent / SECONDS).toFixed(0)} edits/s sent)`);
servers.forEach((_, n) =>
  console.log(
    `${scaleOut ? `server ${n + 1} (PostgreSQL, Redis)` : 'server'}: CPU ${((100 * (after[n].cpu - before[n].cpu)) / seconds).toFixed(0)} % of one core, memory ${(after[n].rss / 1024 / 1024).toFixed(0)} MB resident`,
  ),
);
console.log(`every client of every room has the same document: ${same ? 'yes' : 'NO'}`);
process.exit(same ? 0 : 1);
