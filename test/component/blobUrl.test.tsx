// @vitest-environment jsdom
// A picture on a shared board that reaches the server after this browser first asked for it is
// shown once its arrival is told, whenever in the question's course the arrival comes.
import { afterEach, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { StoredBlob } from '../../src/model';
import { BlobContext, useBlobUrl, type BlobAccess } from '../../src/canvas/blobs';
import { createSharedBlobs, type LocalBlobs } from '../../src/session/share/blobSync';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

const memoryStore = (initial: StoredBlob[] = []): LocalBlobs => {
  const map = new Map(initial.map((b) => [b.hash, b]));
  return {
    get: async (hash) => map.get(hash),
    put: async (records) => void records.forEach((r) => map.set(r.hash, r)),
    has: async (hashes) => new Set(hashes.filter((h) => map.has(h))),
  };
};

it.each(['thumb', 'full'] as const)('a %s picture told arrived as its "missing" answer comes back is shown', async (kind) => {
  const { startServer } = await import('../../server/server.mjs');
  const server = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'bs-bloburl-')), quiet: true });
  stops.push(server.stop);
  const http = `http://127.0.0.1:${server.port}`;
  const room = (await (await fetch(`${http}/api/rooms`, { method: 'POST' })).json()) as Record<string, string>;
  const share = (token: string) => ({ server: `ws://127.0.0.1:${server.port}`, room: room.room!, token });

  const bytes = Uint8Array.from({ length: 5_000 }, (_, i) => (i * 7 + (kind === 'thumb' ? 1 : 2)) % 256);
  bytes.set([0x89, 0x50, 0x4e, 0x47]);
  const blob: StoredBlob = {
    hash: createHash('sha256').update(bytes).digest('hex'),
    type: 'image/png',
    bytes,
    createdAt: '2026-12-02T10:00:00.000Z',
  };

  const bob = createSharedBlobs({ local: memoryStore(), share: () => share(room.view!), onStatus: () => {} });
  stops.push(async () => bob.stop());
  // Bob's first question is answered "not on the server"; before that answer reaches the page,
  // Ana's upload ends and its arrival is told: the order a busy machine gave.
  let told = false;
  const access: BlobAccess = {
    get: async (hash) => {
      const got = await bob.get(hash);
      if (!got && !told) {
        const ana = createSharedBlobs({ local: memoryStore([blob]), share: () => share(room.edit!), onStatus: () => {} });
        await ana.upload(new Set([hash]));
        told = true;
        bob.arrived(hash);
      }
      return got;
    },
    put: bob.put,
    onArrival: bob.onArrival,
  };
  const wrapper = ({ children }: { children: ReactNode }) => <BlobContext.Provider value={access}>{children}</BlobContext.Provider>;
  const { result } = renderHook(() => useBlobUrl(blob.hash, kind), { wrapper });
  await waitFor(() => expect(told).toBe(true));
  await waitFor(() => expect(result.current).toMatch(/^blob:/));
});
