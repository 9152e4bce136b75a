// Pictures and files of shared boards on the sync server: stored by content, each room reading
// only its own, uploads by those who may edit, limits per file and per board, the arrival told
// to everyone on the board, and the same over PostgreSQL with two processes behind Redis.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { api, client, server, serverProcess, startPostgres, startRedis, until } from './testing.mjs';

const sha256 = (/** @type {Uint8Array} */ bytes) => createHash('sha256').update(bytes).digest('hex');
const photo = (/** @type {number} */ size, /** @type {number} */ seed) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed * 7) % 251);

/**
 * One request to a room's blobs; `body` is JSON or bytes as the server answered.
 * @param {string} base @param {string} room @param {string} path
 * @param {{ method?: string, token?: string, bytes?: Uint8Array, json?: unknown }} [options]
 * @returns {Promise<{ status: number, type: string, sniff: string | null, body: any }>}
 */
async function blob(base, room, path, { method = 'GET', token = '', bytes = undefined, json = undefined } = {}) {
  const response = await fetch(`${base}/api/rooms/${room}/blobs/${path}`, {
    method,
    headers: { ...(token && { Authorization: `Bearer ${token}` }), ...(bytes && { 'Content-Type': 'application/octet-stream' }) },
    body: /** @type {any} */ (bytes ?? (json === undefined ? undefined : JSON.stringify(json))),
  });
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    type,
    sniff: response.headers.get('x-content-type-options'),
    body: type.includes('json') ? await response.json() : new Uint8Array(await response.arrayBuffer()),
  };
}

describe('pictures and files of shared boards', () => {
  it('stores by content, serves each room only its own, to its links, and only editors upload', async () => {
    const s = await server(undefined, undefined, { blobBytes: 40_000, roomBlobBytes: 100_000, thumbBytes: 2_000 });
    const { body: a } = await api(s.http, '/api/rooms');
    const { body: b } = await api(s.http, '/api/rooms');
    const one = photo(30_000, 1);
    const hash = sha256(one);

    // What is missing, with the limits (an uploader refuses a file too large before sending it).
    const asked = await blob(s.http, a.room, 'missing', { method: 'POST', token: a.edit, json: { hashes: [hash, hash] } });
    expect(asked).toMatchObject({ status: 200, body: { missing: [hash], limits: { blobBytes: 40_000, roomBlobBytes: 100_000 }, used: 0 } });

    // Viewers and commenters do not upload; a stranger's token does nothing.
    for (const token of [a.view, a.comment, b.edit, 'nonsense', ''])
      expect((await blob(s.http, a.room, hash, { method: 'PUT', token, bytes: one })).status).toBe(403);
    // Bytes that are not what the name says are refused, and nothing is kept.
    const wrong = await blob(s.http, a.room, sha256(photo(10, 2)), { method: 'PUT', token: a.edit, bytes: one });
    expect(wrong).toMatchObject({ status: 400, body: { error: 'The file arrived damaged (its content does not match its name)' } });

    expect((await blob(s.http, a.room, hash, { method: 'PUT', token: a.edit, bytes: one })).status).toBe(201);
    // Any link of the room reads it back, byte for byte, as data that is never sniffed.
    for (const token of [a.view, a.comment, a.edit, a.owner]) {
      const got = await blob(s.http, a.room, hash, { token });
      expect(got).toMatchObject({ status: 200, type: 'application/octet-stream', sniff: 'nosniff' });
      expect(sha256(got.body)).toBe(hash);
    }
    // Another room's link does not read it, even knowing the hash; nor does that room.
    expect((await blob(s.http, a.room, hash, { token: b.view })).status).toBe(403);
    expect((await blob(s.http, b.room, hash, { token: b.view })).status).toBe(404);
    // The other room uploading the same photo: one file on disk, counted in both rooms.
    expect((await blob(s.http, b.room, hash, { method: 'PUT', token: b.owner, bytes: one })).status).toBe(201);
    expect((await blob(s.http, b.room, hash, { token: b.view })).status).toBe(200);
    const files = readdirSync(join(s.dataDir, 'blobs'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.map((f) => f.name)).toEqual([hash]);
    // Sent again: taken, not counted twice.
    expect((await blob(s.http, a.room, hash, { method: 'PUT', token: a.edit, bytes: one })).status).toBe(201);
    expect((await blob(s.http, a.room, 'missing', { method: 'POST', token: a.edit, json: { hashes: [hash] } })).body).toMatchObject({
      missing: [],
      used: 30_000,
    });

    // A card rendition, for a picture the room holds only.
    const thumb = photo(1_500, 3);
    expect((await blob(s.http, a.room, `${hash}/thumb`, { method: 'PUT', token: a.edit, bytes: thumb })).status).toBe(201);
    expect((await blob(s.http, a.room, `${hash}/thumb`, { token: a.view })).body).toEqual(thumb);
    expect((await blob(s.http, a.room, `${sha256(thumb)}/thumb`, { method: 'PUT', token: a.edit, bytes: thumb })).status).toBe(404);
    expect((await blob(s.http, a.room, `${hash}/thumb`, { method: 'PUT', token: a.edit, bytes: photo(2_001, 4) })).status).toBe(413);
    expect((await blob(s.http, b.room, `${hash}/thumb`, { token: b.view })).status).toBe(404);

    // Limits: one file, then the room's total (30 000 + 40 000 fits, 30 000 more does not).
    const big = photo(40_001, 5);
    expect(await blob(s.http, a.room, sha256(big), { method: 'PUT', token: a.edit, bytes: big })).toMatchObject({
      status: 413,
      body: { error: 'This file is larger than the server takes' },
    });
    const two = photo(40_000, 6);
    expect((await blob(s.http, a.room, sha256(two), { method: 'PUT', token: a.edit, bytes: two })).status).toBe(201);
    const three = photo(30_001, 7);
    expect(await blob(s.http, a.room, sha256(three), { method: 'PUT', token: a.edit, bytes: three })).toMatchObject({
      status: 413,
      body: { error: 'This board has as many pictures and files as the server keeps' },
    });
    // Bad requests get answers.
    expect((await blob(s.http, a.room, 'missing', { method: 'POST', token: a.edit, json: { hashes: ['x'] } })).status).toBe(400);
    expect((await blob(s.http, a.room, 'not-a-hash', { token: a.edit })).status).toBe(400);
    expect((await blob(s.http, a.room, hash, { method: 'DELETE', token: a.owner })).status).toBe(405);
  });

  it('tells everyone on the board (its scenarios too) when a blob arrives, and keeps blobs across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bs-blobs-'));
    const first = await serverProcess(dataDir);
    const { body: room } = await api(first.http, '/api/rooms');
    const heard = (/** @type {ReturnType<typeof client>} */ c) => {
      /** @type {string[]} */
      const said = [];
      c.provider.on('stateless', (/** @type {{ payload: string }} */ { payload }) => said.push(payload));
      return said;
    };
    const viewer = client(first.ws, room.room, room.view);
    const onScenario = client(first.ws, `${room.room}.scenario1`, room.edit);
    await until(() => viewer.events.synced && onScenario.events.synced);
    const [toViewer, toScenario] = [heard(viewer), heard(onScenario)];
    const bytes = photo(5_000, 9);
    expect((await blob(first.http, room.room, sha256(bytes), { method: 'PUT', token: room.edit, bytes })).status).toBe(201);
    await until(() => toViewer.includes(JSON.stringify({ blob: sha256(bytes) })) && toScenario.includes(JSON.stringify({ blob: sha256(bytes) })));

    first.child.kill('SIGTERM');
    await first.exited;
    const second = await serverProcess(dataDir);
    expect(sha256((await blob(second.http, room.room, sha256(bytes), { token: room.view })).body)).toBe(sha256(bytes));
  }, 30_000);

  it('over PostgreSQL: uploaded through one process, read and announced through another (Redis)', async () => {
    const [databaseUrl, redisUrl] = await Promise.all([startPostgres(), startRedis()]);
    const env = { DATABASE_URL: databaseUrl };
    const oneDir = mkdtempSync(join(tmpdir(), 'bs-one-'));
    const one = await serverProcess(oneDir, redisUrl, undefined, env);
    const two = await serverProcess(mkdtempSync(join(tmpdir(), 'bs-two-')), redisUrl, undefined, env);
    const { body: room } = await api(one.http, '/api/rooms');
    const onTwo = client(two.ws, room.room, room.view);
    await until(() => onTwo.events.synced);
    /** @type {string[]} */
    const said = [];
    onTwo.provider.on('stateless', (/** @type {{ payload: string }} */ { payload }) => said.push(payload));

    const bytes = photo(200_000, 11);
    const hash = sha256(bytes);
    expect((await blob(one.http, room.room, hash, { method: 'PUT', token: room.edit, bytes })).status).toBe(201);
    expect((await blob(one.http, room.room, `${hash}/thumb`, { method: 'PUT', token: room.edit, bytes: photo(900, 12) })).status).toBe(201);
    await until(() => said.includes(JSON.stringify({ blob: hash })));
    expect(sha256((await blob(two.http, room.room, hash, { token: room.view })).body)).toBe(hash);
    expect((await blob(two.http, room.room, `${hash}/thumb`, { token: room.view })).body).toEqual(photo(900, 12));
    // Nothing went to the processes' own directories: the bytes are in PostgreSQL.
    expect(readdirSync(oneDir)).not.toContain('blobs');
  }, 60_000);
});
