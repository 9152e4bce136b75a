// The kill test: people type on a shared board while the server process is killed (SIGKILL, no
// chance to flush anything) at a random moment; after a restart, every edit the server had
// acknowledged must be there. Once with one process, once with two processes over Redis sharing
// one data directory. Each prints what it tried, what survived and what was lost.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import Database from 'better-sqlite3';
import { merge } from './storage/documents.mjs';
import { client, lostFrom, randomFrom, serverProcess, sharedSample, startRedis, typist, until } from './testing.mjs';

async function killTest({ processes, kills, seed: seedNumber }) {
  const random = randomFrom(seedNumber);
  const dataDir = mkdtempSync(join(tmpdir(), 'bs-kill-'));
  const redisUrl = processes > 1 ? await startRedis() : undefined;
  let servers = [];
  for (let i = 0; i < processes; i++) servers.push(await serverProcess(dataDir, redisUrl));
  const { room, board, seed } = await sharedSample(servers[0]);

  // Read straight from the file, synchronously: what is on disk at the very moment of an acknowledgement.
  // Both tables in one read transaction: a fold committing between two reads would make the
  // updates it folded seem missing (the old snapshot, then the updates already gone).
  const file = new Database(join(dataDir, 'boards.sqlite'), { readonly: true });
  const onDisk = (/** @type {string} */ name) => file.transaction(() => read(name))();
  const read = (/** @type {string} */ name) =>
    merge({
      snapshot: /** @type {{ data: Uint8Array } | undefined} */ (file.prepare('SELECT data FROM documents WHERE name = ?').get(name))?.data,
      updates: /** @type {{ seq: number, data: Uint8Array }[]} */ (
        file.prepare('SELECT seq, data FROM updates WHERE name = ? ORDER BY seq').all(name)
      ),
    }).merged;
  const figures = { tried: 0, acknowledged: 0, lost: 0, sampled: 0, onDiskAtAck: 0 };
  for (let kill = 0; kill < kills; kill++) {
    // Three people on each process, each typing into a card of their own.
    const typists = [];
    for (const [p, server] of servers.entries())
      for (let w = 0; w < 3; w++) typists.push(await typist(server, room.room, room.edit, seed, board.cards[(p * 3 + w) % board.cards.length].id));
    // While they type: now and then, the moment an edit is acknowledged, is it in the file already?
    const sample = (t) => () => {
      if (t.acked() % 40 !== 0 || t.acked() === 0) return;
      figures.sampled += 1;
      if (lostFrom({ ...t, acked: () => t.acked() }, onDisk(room.room)) === 0) figures.onDiskAtAck += 1;
    };
    for (const t of typists) t.raw.socket.on('message', sample(t));
    // The kill comes after a random number of acknowledged edits, whatever the machine's speed.
    const killAt = 100 + random(700);
    await until(() => typists.reduce((n, t) => n + t.acked(), 0) >= killAt, 20_000);
    for (const s of servers) s.child.kill('SIGKILL');
    await Promise.all(servers.map((s) => s.exited));

    // After a restart (one process is enough: they share the data), someone who joins sees every acknowledged edit.
    servers = [await serverProcess(dataDir, redisUrl)];
    const reader = client(servers[0].ws, room.room, room.view);
    await until(() => reader.events.synced, 10_000);
    const state = Y.encodeStateAsUpdate(reader.doc);
    for (const t of typists) {
      figures.tried += t.clocks.length;
      figures.acknowledged += t.acked();
      figures.lost += lostFrom(t, state);
      t.raw.socket.terminate();
    }
    reader.provider.destroy();
    for (let i = 1; i < processes; i++) servers.push(await serverProcess(dataDir, redisUrl));
  }
  file.close();
  const percent = figures.sampled ? ((100 * figures.onDiskAtAck) / figures.sampled).toFixed(0) : '–';
  console.log(
    `kill test, ${processes} process${processes > 1 ? 'es over Redis' : ''}: ${kills} kills, ${figures.tried} edits tried, ` +
      `${figures.acknowledged} acknowledged, ${figures.acknowledged - figures.lost} survived, ${figures.lost} lost; ` +
      `on disk when acknowledged: ${figures.onDiskAtAck} of ${figures.sampled} sampled (${percent} %)`,
  );
  return figures;
}

describe('acknowledged edits survive the server being killed', () => {
  it('one process: 0 of the acknowledged edits lost over 6 kills, each on disk when acknowledged', async () => {
    const f = await killTest({ processes: 1, kills: 6, seed: 11 });
    expect(f.acknowledged).toBeGreaterThan(600);
    expect(f.lost).toBe(0);
    expect(f.sampled).toBeGreaterThan(10);
    expect(f.onDiskAtAck).toBe(f.sampled);
  }, 120_000);

  it('two processes over Redis sharing one data directory: 0 lost over 4 kills of both', async () => {
    const f = await killTest({ processes: 2, kills: 4, seed: 23 });
    expect(f.acknowledged).toBeGreaterThan(400);
    expect(f.lost).toBe(0);
    expect(f.onDiskAtAck).toBe(f.sampled);
  }, 120_000);
});
