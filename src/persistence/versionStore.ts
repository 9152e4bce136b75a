import { blobsOf, readBoard, type Board } from '../model';
import type { BlueprintDB, SnapshotRecord, VersionReason } from './db';
import { missing, type LoadResult } from './results';

/** Versions kept per board: automatic ones beyond either limit go, oldest first; named ones stay. */
export const VERSION_LIMITS = { count: 100, size: 40_000_000 };

export type VersionEntry = Required<Pick<SnapshotRecord, 'id'>> & Omit<SnapshotRecord, 'id'>;

/** Version history: each board's versions (a listing, and each version's document apart). */
export class VersionStore {
  constructor(private readonly db: BlueprintDB) {}

  /**
   * Keeps the board as a version, then prunes the board's automatic versions beyond the
   * limits. Returns the new version's id.
   */
  async save(board: Board, reason: VersionReason, name?: string, limits = VERSION_LIMITS): Promise<number> {
    const json = JSON.stringify(board);
    return this.db.transaction('rw', this.db.snapshots, this.db.snapshotDocs, async () => {
      const record: SnapshotRecord = {
        boardId: board.id,
        createdAt: new Date().toISOString(),
        reason,
        size: json.length,
        cards: board.cards.length,
        blobs: [...blobsOf(board.cards)],
      };
      if (name) record.name = name;
      const id = (await this.db.snapshots.add(record)) as number;
      await this.db.snapshotDocs.put({ id, doc: board });
      await this.prune(board.id, limits);
      return id;
    });
  }

  /** Oldest automatic versions go first until both the count and the size fit; named versions are kept. */
  private async prune(boardId: string, limits: typeof VERSION_LIMITS) {
    const all = (await this.list(boardId)).reverse(); // oldest first
    let count = all.length;
    let size = all.reduce((sum, v) => sum + v.size, 0);
    const gone: number[] = [];
    for (const v of all) {
      if (count <= limits.count && size <= limits.size) break;
      if (v.reason === 'named') continue;
      gone.push(v.id);
      count--;
      size -= v.size;
    }
    if (gone.length) {
      await this.db.snapshots.bulkDelete(gone);
      await this.db.snapshotDocs.bulkDelete(gone);
    }
  }

  /** A board's versions, newest first, without their documents. */
  async list(boardId: string): Promise<VersionEntry[]> {
    const list = (await this.db.snapshots.where('boardId').equals(boardId).toArray()) as VersionEntry[];
    return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  }

  /** One version's document, read like any stored board (migrated, validated). */
  async load(id: number): Promise<LoadResult> {
    const record = await this.db.snapshotDocs.get(id);
    if (!record) return missing('versionGone');
    const result = readBoard(record.doc);
    return result.ok ? { ok: true, board: result.board } : { ok: false, newer: !!result.newer, errors: result.errors };
  }

  /** When the newest version of a board was kept, without reading any document. */
  async lastTime(boardId: string): Promise<string | undefined> {
    return (await this.list(boardId))[0]?.createdAt;
  }
}
