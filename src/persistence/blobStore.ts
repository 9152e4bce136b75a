import type { BlueprintDB, BlobRecord } from './db';

/** How long a blob nothing uses is kept before it is freed: longer than any undo or a board brought back. */
export const BLOB_GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The bytes of pictures and files on cards, once per content (keyed by their SHA-256), apart
 * from the boards: a board holds only the hash. A picture's small rendition for the card
 * (`thumb`) is made once, when it is added.
 */
export class BlobStore {
  constructor(private readonly db: BlueprintDB) {}

  /**
   * Stores blobs not stored yet, all or none (one transaction): a quota error leaves nothing
   * half-added, and the caller changes the board only once this resolved.
   */
  async put(records: readonly BlobRecord[]): Promise<void> {
    await this.db.transaction('rw', this.db.blobs, async () => {
      const stored = (await this.db.blobs.bulkGet(records.map((r) => r.hash))).filter((r) => !!r);
      const known = new Set(stored.map((r) => r.hash));
      const fresh = records.filter((r) => !known.has(r.hash));
      if (fresh.length) await this.db.blobs.bulkAdd(fresh);
      // Added again: in use, whatever an earlier collection thought.
      for (const r of stored) if (r.unusedSince) await this.db.blobs.update(r.hash, { unusedSince: undefined });
    });
  }

  /**
   * Frees blobs nothing uses (`inUse`: what every board, version and template names): a blob is
   * first marked unused, and freed only when a later collection, at least `grace` later, still
   * finds it unused. Meanwhile an undo in an open board, a board deleted and brought back, or a
   * picture added again keeps it. Returns how many were marked and freed, and the bytes freed.
   */
  async collect(inUse: ReadonlySet<string>, now = new Date(), grace = BLOB_GRACE_MS): Promise<{ marked: number; freed: number; bytes: number }> {
    const result = { marked: 0, freed: 0, bytes: 0 };
    const at = now.toISOString();
    await this.db.transaction('rw', this.db.blobs, async () => {
      const gone: string[] = [];
      const marks = new Map<string, string | undefined>();
      await this.db.blobs.each((r) => {
        if (inUse.has(r.hash)) {
          if (r.unusedSince) marks.set(r.hash, undefined);
        } else if (!r.unusedSince) marks.set(r.hash, at);
        else if (now.getTime() - Date.parse(r.unusedSince) >= grace) {
          gone.push(r.hash);
          result.bytes += r.bytes.byteLength + (r.thumb?.byteLength ?? 0);
        }
      });
      for (const [hash, unusedSince] of marks) await this.db.blobs.update(hash, { unusedSince });
      result.marked = [...marks.values()].filter(Boolean).length;
      await this.db.blobs.bulkDelete(gone);
      result.freed = gone.length;
    });
    return result;
  }

  get(hash: string): Promise<BlobRecord | undefined> {
    return this.db.blobs.get(hash);
  }

  /** Which of these hashes are stored. */
  async has(hashes: readonly string[]): Promise<Set<string>> {
    const found = await this.db.blobs.bulkGet([...hashes]);
    return new Set(found.flatMap((r) => (r ? [r.hash] : [])));
  }

  /** How many blobs and how many bytes (with thumbnails) they take: the library's storage line. */
  async usage(): Promise<{ count: number; bytes: number }> {
    let count = 0;
    let bytes = 0;
    await this.db.blobs.each((r) => {
      count++;
      bytes += r.bytes.byteLength + (r.thumb?.byteLength ?? 0);
    });
    return { count, bytes };
  }
}
