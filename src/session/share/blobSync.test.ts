// A shared board's pictures between two browsers' blob stores, through a real sync server:
// what the server lacks is sent once, refusals are said, a blob missing here is fetched, checked
// and kept, and a server's wrong bytes are never kept.
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { StoredBlob } from '../../model';
import type { FilesStatus } from '../../store/editorStore';
import { createSharedBlobs } from './blobSync';
import { memoryBlobs, roomOnOwnServer } from '../../../test/support/roomServer';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

const serverWith = (limits: Record<string, number> = {}) => roomOnOwnServer(stops, limits);

const record = (size: number, seed: number, thumb = true): StoredBlob => {
  const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 13 + seed) % 256);
  bytes.set([0x89, 0x50, 0x4e, 0x47]); // a PNG's signature: the type is read from the bytes
  return {
    hash: createHash('sha256').update(bytes).digest('hex'),
    type: 'image/png',
    bytes,
    ...(thumb && { thumb: Uint8Array.from({ length: 300 }, (_, i) => (i + seed) % 256), thumbType: 'image/webp' }),
    createdAt: '2026-12-02T10:00:00.000Z',
  };
};

describe('a shared board’s pictures and files', () => {
  it('go up once from an editor, come down to a viewer, checked, with their card rendition, and are kept there', async () => {
    const s = await serverWith();
    const [a, b] = [record(20_000, 1), record(30_000, 2, false)];
    const ana = memoryBlobs([a, b]);
    const statuses: FilesStatus[] = [];
    const up = createSharedBlobs({ local: ana, share: () => s.share(s.room.edit), onStatus: (st) => statuses.push(st) });
    await up.upload(new Set([a.hash, b.hash, 'f'.repeat(64)])); // one this browser does not hold: not asked about
    expect(statuses.at(-1)).toEqual({ waiting: 0, refused: null });
    expect(statuses[0]).toEqual({ waiting: 2, refused: null });
    // A second round sends nothing: the server has them.
    statuses.length = 0;
    await up.upload(new Set([a.hash, b.hash]));
    expect(statuses).toEqual([{ waiting: 0, refused: null }]);

    const bob = memoryBlobs();
    const down = createSharedBlobs({ local: bob, share: () => s.share(s.room.view), onStatus: () => {} });
    const got = await down.get(a.hash);
    expect(got?.bytes).toEqual(a.bytes);
    expect(got?.type).toBe('image/png');
    expect(got?.thumb).toEqual(a.thumb);
    expect(bob.map.has(a.hash)).toBe(true); // kept for offline use
    expect((await down.get(b.hash))?.thumb).toBeUndefined();
    // A viewer's upload round is refused by the server: nothing happens, nothing breaks.
    await down.upload(new Set([a.hash]));
  });

  it('says why the server refused one (too large, the board full), before sending when it knows, and keeps saying it while a card uses it', async () => {
    const s = await serverWith({ blobBytes: 25_000, roomBlobBytes: 40_000 });
    const [small, large, third] = [record(20_000, 3), record(26_000, 4), record(21_000, 5)];
    const statuses: FilesStatus[] = [];
    const up = createSharedBlobs({
      local: memoryBlobs([small, large, third]),
      share: () => s.share(s.room.owner),
      onStatus: (st) => statuses.push(st),
    });
    await up.upload(new Set([small.hash, large.hash, third.hash]));
    const refusals = new Set(statuses.map((st) => st.refused).filter(Boolean));
    expect(refusals).toEqual(new Set(['This file is larger than the server takes', 'This board has as many pictures and files as the server keeps']));
    const missing = (await (
      await fetch(`${s.http}/api/rooms/${s.room.room}/blobs/missing`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${s.room.edit}` },
        body: JSON.stringify({ hashes: [small.hash, large.hash, third.hash] }),
      })
    ).json()) as { missing: string[] };
    expect(missing.missing.sort()).toEqual([large.hash, third.hash].sort());
    // The next round (a card edited) still says it; without the refused ones on cards, it is quiet.
    statuses.length = 0;
    await up.upload(new Set([small.hash, large.hash]));
    expect(statuses.at(-1)?.refused).toBeTruthy();
    await up.upload(new Set([small.hash]));
    expect(statuses.at(-1)).toEqual({ waiting: 0, refused: null });
  });

  it('never keeps bytes that do not match their hash, and asks again once a missing blob arrives', async () => {
    const s = await serverWith();
    const blob = record(5_000, 6);
    const bob = memoryBlobs();
    const down = createSharedBlobs({ local: bob, share: () => s.share(s.room.view), onStatus: () => {} });
    expect(await down.get(blob.hash)).toBeUndefined(); // not on the server yet
    const heard: string[] = [];
    down.onArrival((h) => heard.push(h));
    down.retry();
    expect(heard).toEqual([blob.hash]); // what could not be fetched is asked for again on reconnecting

    // A server answering other bytes under the hash (a hostile or broken one) is not believed.
    const { createServer } = await import('node:http');
    const liar = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(Buffer.from('not the picture')));
    await new Promise<void>((resolve) => liar.listen(0, '127.0.0.1', resolve));
    stops.push(() => new Promise((resolve) => liar.close(() => resolve())));
    const port = (liar.address() as { port: number }).port;
    const fooled = createSharedBlobs({
      local: bob,
      share: () => ({ server: `ws://127.0.0.1:${port}`, room: s.room.room, token: 'x' }),
      onStatus: () => {},
    });
    expect(await fooled.get(blob.hash)).toBeUndefined();
    expect(bob.map.size).toBe(0);
  });

  it('fetches again a blob said to arrive while it was being fetched (asked before its upload ended)', async () => {
    const s = await serverWith();
    const blob = record(8_000, 7);
    const bob = memoryBlobs();
    const down = createSharedBlobs({ local: bob, share: () => s.share(s.room.view), onStatus: () => {} });
    // Bob's first answer (404: not uploaded yet) is held on its way back until Ana's upload is
    // done and the arrival told: the order a slow network gave under load.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const realFetch = globalThis.fetch;
    let first = true;
    globalThis.fetch = (async (...args: Parameters<typeof fetch>) => {
      const answer = await realFetch(...args);
      if (first && String(args[0]).endsWith(blob.hash)) {
        first = false;
        expect(answer.status).toBe(404);
        await held;
      }
      return answer;
    }) as typeof fetch;
    stops.push(async () => void (globalThis.fetch = realFetch));

    const got = down.get(blob.hash);
    await expect.poll(() => first).toBe(false); // Bob's question reached the server and was answered
    await createSharedBlobs({ local: memoryBlobs([blob]), share: () => s.share(s.room.edit), onStatus: () => {} }).upload(new Set([blob.hash]));
    down.arrived(blob.hash);
    release();
    expect((await got)?.bytes).toEqual(blob.bytes);
    expect(bob.map.has(blob.hash)).toBe(true);
  });
});
