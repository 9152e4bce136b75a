import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredBlob } from '../../src/model';
import { createRoom } from '../../src/session/share/api';
import type { LocalBlobs } from '../../src/session/share/blobSync';

/**
 * A sync server of the test's own (a free port, a fresh data directory; its stop pushed onto
 * `stops`) with one room made as the app makes it (`createRoom`): its secrets, and the share a
 * browser holding one of them connects with.
 */
export async function roomOnOwnServer(stops: (() => Promise<void> | void)[], limits: Record<string, number> = {}) {
  const { startServer } = await import('../../server/server.mjs');
  const server = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'bs-room-')), quiet: true, limits });
  stops.push(server.stop);
  const ws = `ws://127.0.0.1:${server.port}`;
  const made = await createRoom(ws);
  const room = { room: made.room, owner: made.owner!, edit: made.links!.edit!, comment: made.links!.comment!, view: made.links!.view! };
  return { http: `http://127.0.0.1:${server.port}`, ws, room, share: (token: string) => ({ server: ws, room: made.room, token }) };
}

/** A browser's blob store, in memory (its map open to the test). */
export function memoryBlobs(initial: StoredBlob[] = []): LocalBlobs & { map: Map<string, StoredBlob> } {
  const map = new Map(initial.map((b) => [b.hash, b]));
  return {
    map,
    get: async (hash) => map.get(hash),
    put: async (records) => void records.forEach((r) => map.set(r.hash, r)),
    has: async (hashes) => new Set(hashes.filter((h) => map.has(h))),
  };
}
