// @vitest-environment jsdom
// A picture on a shared board that reaches the server after this browser first asked for it is
// shown once its arrival is told, whenever in the question's course the arrival comes.
import { afterEach, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createHash } from 'node:crypto';
import type { StoredBlob } from '../../src/model';
import { BlobContext, useBlobUrl, type BlobAccess } from '../../src/canvas/blobs';
import { createSharedBlobs } from '../../src/session/share/blobSync';
import { memoryBlobs, roomOnOwnServer } from '../support/roomServer';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

it.each(['thumb', 'full'] as const)('a %s picture told arrived as its "missing" answer comes back is shown', async (kind) => {
  const { room, share } = await roomOnOwnServer(stops);

  const bytes = Uint8Array.from({ length: 5_000 }, (_, i) => (i * 7 + (kind === 'thumb' ? 1 : 2)) % 256);
  bytes.set([0x89, 0x50, 0x4e, 0x47]);
  const blob: StoredBlob = {
    hash: createHash('sha256').update(bytes).digest('hex'),
    type: 'image/png',
    bytes,
    createdAt: '2026-12-02T10:00:00.000Z',
  };

  const bob = createSharedBlobs({ local: memoryBlobs(), share: () => share(room.view), onStatus: () => {} });
  stops.push(async () => bob.stop());
  // Bob's first question is answered "not on the server"; before that answer reaches the page,
  // Ana's upload ends and its arrival is told: the order a busy machine gave.
  let told = false;
  const access: BlobAccess = {
    get: async (hash) => {
      const got = await bob.get(hash);
      if (!got && !told) {
        const ana = createSharedBlobs({ local: memoryBlobs([blob]), share: () => share(room.edit), onStatus: () => {} });
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
