import { describe, expect, it } from 'vitest';
import { repositoryPerTest } from '../../test/support/repositoryPerTest';
import { sample } from '../model/test/fixtures';
import { blobsInJson, newId, type Board, type CardImage } from '../model';
import type { BlobRecord } from './db';
import { BLOB_GRACE_MS } from './blobStore';

const t = repositoryPerTest('blobs');

const hashOf = (n: number) => n.toString(16).padStart(64, '0');
const blob = (n: number, size: number): BlobRecord => ({
  hash: hashOf(n),
  type: 'image/png',
  bytes: new Uint8Array(size),
  createdAt: '2026-12-01T00:00:00.000Z',
});
const image = (n: number): CardImage => ({ hash: hashOf(n), type: 'image/png', size: 10, width: 4, height: 3, alt: `picture ${n}` });
/** The sample board with pictures `ns` on its first card. */
const withPictures = (board: Board, ...ns: number[]): Board => ({
  ...board,
  cards: board.cards.map((c, i) => (i === 0 ? { ...c, images: ns.map(image) } : c)),
});
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.parse('2026-12-02T09:00:00.000Z') + days * DAY);

describe('freeing pictures and files nothing uses', () => {
  it('keeps what a board, a version or a template names; frees the rest only a grace period after it was first found unused', async () => {
    const { repo } = t;
    // 1 on a board; 2 only in one of its versions; 3 only in a template; 4 on nothing; 5 on a board then deleted.
    await repo.blobs.put([blob(1, 100), blob(2, 200), blob(3, 300), blob(4, 400), blob(5, 500)]);
    const board = await repo.create(withPictures(sample(), 1, 2));
    await repo.versions.save(board, 'named', 'with both');
    await repo.commit(board.id, withPictures(board, 1)); // picture 2 removed from the board since
    await repo.templates.save('Template', withPictures({ ...sample(), id: newId('bd_') }, 3));
    const other = await repo.create(withPictures({ ...sample(), id: newId('bd_') }, 5));
    await repo.delete(other.id);

    expect(await repo.blobsInUse()).toEqual(new Set([hashOf(1), hashOf(2), hashOf(3)]));
    // The first collection only marks 4 and 5; a week less a minute later, nothing is freed yet.
    expect(await repo.blobs.collect((await repo.blobsInUse())!, at(0))).toEqual({ marked: 2, freed: 0, bytes: 0 });
    expect(await repo.blobs.collect((await repo.blobsInUse())!, new Date(at(7).getTime() - 60_000))).toEqual({ marked: 0, freed: 0, bytes: 0 });
    // 4 is added again meanwhile (the same picture on a new card, then undone): its mark goes.
    await repo.blobs.put([blob(4, 400)]);
    // A week after the first: 5 is freed; 4 is marked anew, freed only a week from now.
    expect(await repo.blobs.collect((await repo.blobsInUse())!, at(7))).toEqual({ marked: 1, freed: 1, bytes: 500 });
    expect([...(await repo.blobs.has([1, 2, 3, 4, 5].map(hashOf)))].sort()).toEqual([1, 2, 3, 4].map(hashOf));
    expect(await repo.blobs.collect((await repo.blobsInUse())!, new Date(at(7).getTime() + BLOB_GRACE_MS))).toEqual({
      marked: 0,
      freed: 1,
      bytes: 400,
    });
    expect(await repo.blobs.usage()).toEqual({ count: 3, bytes: 600 });
  });

  it('takes nothing for unused when a board cannot be read, and reads versions kept before lists were', async () => {
    const { repo, db } = t;
    const board = await repo.create(withPictures(sample(), 7));
    // A version kept by an earlier build: no list; read once, and its list stored.
    const id = (await repo.versions.save(withPictures(board, 8), 'hourly'))!;
    await db.snapshots.update(id, { blobs: undefined });
    expect(await repo.blobsInUse()).toEqual(new Set([hashOf(7), hashOf(8)]));
    expect((await db.snapshots.get(id))?.blobs).toEqual([hashOf(8)]);
    // A board of this format without a list whose content cannot be read: no collection at all.
    await db.boards.update(board.id, { blobs: undefined, version: 9 });
    await db
      .table('$boards.content_updates')
      .where('k')
      .equals(board.id)
      .modify({ u: new Uint8Array([1, 2, 3]) });
    expect(await repo.blobsInUse()).toBeNull();
  });

  it('finds the blobs stored JSON names without trusting its shape', () => {
    expect(blobsInJson(null)).toEqual(new Set());
    expect(blobsInJson({ cards: 'x' })).toEqual(new Set());
    expect(
      blobsInJson({ cards: [null, 3, { images: { hash: 'a' } }, { images: [null, { hash: 5 }, { hash: 'b' }], attachments: [{ hash: 'c' }] }] }),
    ).toEqual(new Set(['b', 'c']));
  });
});
