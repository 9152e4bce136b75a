import { derivedTitle, newId, readBoard, renameBoard, validateBoard, type Board, type BoardIssue } from '../model';
import type { BlueprintDB, BoardRecord, SnapshotRecord, VersionReason } from './db';

export type LibraryEntry =
  | { id: string; title: string; updatedAt: string; damaged: false }
  | { id: string; title: string; updatedAt: string; damaged: true; newer: boolean; errors: BoardIssue[] };

export type LoadResult = { ok: true; board: Board; revision: number } | { ok: false; errors: BoardIssue[]; newer: boolean; missing?: boolean };

export type SaveResult = { ok: true; revision: number; updatedAt: string } | { ok: false; conflict: true; theirs: number };

/** Versions kept per board: automatic ones beyond either limit go, oldest first; named ones stay. */
export const VERSION_LIMITS = { count: 100, size: 40_000_000 };

export type VersionEntry = Required<Pick<SnapshotRecord, 'id'>> & Omit<SnapshotRecord, 'id'>;

/** Boards in IndexedDB. Every read goes through migrate → restore → validate; nothing is dropped or rewritten on read. */
export class BoardRepository {
  constructor(readonly db: BlueprintDB) {}

  async list(): Promise<LibraryEntry[]> {
    const records = await this.db.boards.orderBy('updatedAt').reverse().toArray();
    return records.map((r) => {
      const result = readBoard(r.doc);
      const title = result.ok ? result.board.title : typeof r.title === 'string' ? r.title : '';
      const updatedAt = typeof r.updatedAt === 'string' ? r.updatedAt : '';
      return result.ok
        ? { id: r.id, title, updatedAt, damaged: false }
        : { id: r.id, title, updatedAt, damaged: true, newer: !!result.newer, errors: result.errors };
    });
  }

  async load(id: string): Promise<LoadResult> {
    const record = await this.db.boards.get(id);
    if (!record) return { ok: false, missing: true, newer: false, errors: [{ path: '(root)', message: 'board not found' }] };
    const result = readBoard(record.doc);
    if (!result.ok) return { ok: false, errors: result.errors, newer: !!result.newer };
    return { ok: true, board: result.board, revision: record.revision };
  }

  /** Every board that reads cleanly (for a backup); damaged ones are left out and stay listed as damaged. */
  async allBoards(): Promise<Board[]> {
    const records = await this.db.boards.toArray();
    return records.flatMap((r) => {
      const result = readBoard(r.doc);
      return result.ok ? [result.board] : [];
    });
  }

  /** The stored JSON exactly as it is, for downloading a damaged board. */
  async raw(id: string): Promise<unknown> {
    return (await this.db.boards.get(id))?.doc;
  }

  /** Stores a new board (fresh id when `id` is taken), revision 1. */
  async create(board: Board): Promise<Board> {
    return this.db.transaction('rw', this.db.boards, async () => {
      const id = (await this.db.boards.get(board.id)) ? newId('bd_') : board.id;
      const now = new Date().toISOString();
      const doc: Board = { ...board, id, revision: 1, createdAt: board.createdAt || now, updatedAt: now };
      await this.db.boards.add(toRecord(doc));
      return doc;
    });
  }

  /**
   * Writes `board` if the stored revision is still `baseRevision`; otherwise another tab saved
   * meanwhile and nothing is written (the caller keeps both versions).
   */
  async save(board: Board, baseRevision: number): Promise<SaveResult> {
    return this.db.transaction('rw', this.db.boards, async () => {
      const current = await this.db.boards.get(board.id);
      if (current && current.revision !== baseRevision) return { ok: false, conflict: true, theirs: current.revision } as const;
      const revision = baseRevision + 1;
      const updatedAt = new Date().toISOString();
      await this.db.boards.put(toRecord({ ...board, revision, updatedAt }));
      return { ok: true, revision, updatedAt } as const;
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.boards, this.db.snapshots, this.db.snapshotDocs, async () => {
      await this.db.boards.delete(id);
      const versions = await this.db.snapshots.where('boardId').equals(id).primaryKeys();
      await this.db.snapshots.bulkDelete(versions);
      await this.db.snapshotDocs.bulkDelete(versions as number[]);
    });
  }

  /** A copy under a new id, titled by `copyTitle` (shortened to fit); the copy starts its own history. */
  async duplicate(id: string, copyTitle: (title: string) => string): Promise<Board | null> {
    const loaded = await this.load(id);
    if (!loaded.ok) return null;
    return this.create({
      ...loaded.board,
      id: newId('bd_'),
      title: derivedTitle(loaded.board.title, copyTitle),
      createdAt: new Date().toISOString(),
    });
  }

  async rename(id: string, title: string): Promise<boolean> {
    const loaded = await this.load(id);
    if (!loaded.ok) return false;
    return (await this.save(renameBoard(loaded.board, title), loaded.revision)).ok;
  }

  /**
   * Keeps the board as a version (version history), then prunes the board's automatic versions
   * beyond the limits. Returns the new version's id.
   */
  async snapshot(board: Board, reason: VersionReason, name?: string, limits = VERSION_LIMITS): Promise<number> {
    const json = JSON.stringify(board);
    return this.db.transaction('rw', this.db.snapshots, this.db.snapshotDocs, async () => {
      const record: SnapshotRecord = { boardId: board.id, createdAt: new Date().toISOString(), reason, size: json.length, cards: board.cards.length };
      if (name) record.name = name;
      const id = (await this.db.snapshots.add(record)) as number;
      await this.db.snapshotDocs.put({ id, doc: board });
      await this.prune(board.id, limits);
      return id;
    });
  }

  /** Oldest automatic versions go first until both the count and the size fit; named versions are kept. */
  private async prune(boardId: string, limits: typeof VERSION_LIMITS) {
    const all = (await this.versions(boardId)).reverse(); // oldest first
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
  async versions(boardId: string): Promise<VersionEntry[]> {
    const list = (await this.db.snapshots.where('boardId').equals(boardId).toArray()) as VersionEntry[];
    return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  }

  /** One version's document, read like any stored board (migrated, validated). */
  async version(id: number): Promise<LoadResult> {
    const record = await this.db.snapshotDocs.get(id);
    if (!record) return { ok: false, missing: true, newer: false, errors: [{ path: '(root)', message: 'this version no longer exists' }] };
    const result = readBoard(record.doc);
    return result.ok
      ? { ok: true, board: result.board, revision: result.board.revision }
      : { ok: false, newer: !!result.newer, errors: result.errors };
  }

  /** When the newest version of a board was kept, without reading any document. */
  async lastSnapshotTime(boardId: string): Promise<string | undefined> {
    return (await this.versions(boardId))[0]?.createdAt;
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }
}

/** A write that would store a board the app cannot read again (see `readBoard`). */
export class InvalidBoardError extends Error {
  constructor(readonly errors: BoardIssue[]) {
    super(
      `not saved: the board would not be readable (${errors
        .slice(0, 3)
        .map((e) => `${e.path}: ${e.message}`)
        .join('; ')})`,
    );
    this.name = 'InvalidBoardError';
  }
}

/** Every write of a document passes here: nothing the app cannot read back is ever stored. */
function toRecord(board: Board): BoardRecord {
  const checked = validateBoard(board);
  if (!checked.ok) throw new InvalidBoardError(checked.errors);
  return { id: board.id, title: board.title, updatedAt: board.updatedAt, revision: board.revision, doc: board };
}
