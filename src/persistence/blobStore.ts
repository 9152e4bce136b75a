import type { BlueprintDB, BlobRecord } from './db';

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
      const known = new Set((await this.db.blobs.bulkGet(records.map((r) => r.hash))).flatMap((r) => (r ? [r.hash] : [])));
      const fresh = records.filter((r) => !known.has(r.hash));
      if (fresh.length) await this.db.blobs.bulkAdd(fresh);
    });
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
