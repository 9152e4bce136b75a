import * as Y from 'yjs';
import { DexieYProvider } from 'y-dexie';
import {
  BOARD_VERSION,
  blobsInJson,
  blobsOf,
  derivedTitle,
  newId,
  readBoard,
  renameBoard,
  summarize,
  validateBoard,
  type Board,
  type Collection,
  issue,
  type BoardIssue,
  type BoardSummary,
  type PortfolioSource,
  type Scenario,
  standalone,
} from '../model';
import { asDocumentReads, BULK_COLLECTIONS, docFromBoard, hasBoard, readDoc, sameJson, writeBoard } from '../document';
import { CONTENT_UPDATES, type BlueprintDB, type BoardRecord, type BoardShare } from './db';
import { InvalidBoardError, missing, type LoadResult, type Refusal } from './results';
import { VersionStore } from './versionStore';
import { BlobStore } from './blobStore';
import { TemplateStore } from './templateStore';
import { SettingsStore } from './settings';

export { InvalidBoardError, type LoadResult } from './results';
export { VERSION_LIMITS, type VersionEntry } from './versionStore';
export type { UserTemplate } from './templateStore';

/** A board as the library lists it; `scenario` when it is one of a family of scenarios. */
export type LibraryEntry = { id: string; title: string; updatedAt: string; createdAt: string; scenario?: Scenario } & (
  { damaged: false } | { damaged: true; newer: boolean; errors: BoardIssue[] }
);

/** A board open for editing: its live Y.Doc, kept in step with IndexedDB and other tabs by y-dexie. */
export interface OpenBoard {
  ok: true;
  board: Board;
  doc: Y.Doc;
  /** Transactions with this origin came from storage (other tabs, this tab's earlier sessions), not from this editor. */
  storageOrigin: unknown;
  /** Calls back when storing an update failed (the doc still holds it: `commit` with the full state repairs that). */
  onStorageError(callback: (error: unknown) => void): () => void;
  /** Applies every stored update again: catches up on anything a missed cross-tab notification left out. */
  resync(): Promise<void>;
  /** The sync server this board is shared through, if it is. */
  share?: BoardShare;
  release(): void;
}

/** Origin of content the repository itself writes (conversion, library rename): never an undo step. */
const REPOSITORY_ORIGIN = Symbol('repository');

/**
 * Boards in IndexedDB. A board's content is a Y.Doc; a board an earlier build stored as JSON is
 * converted on first open and its JSON kept until the conversion is read back and verified.
 * Every JSON read goes through migrate → restore → validate; nothing is dropped or rewritten on read.
 */
export class BoardRepository {
  /** Version history, the user's templates and the settings: stores of their own on the same database. */
  readonly versions: VersionStore;
  readonly templates: TemplateStore;
  readonly settings: SettingsStore;
  readonly blobs: BlobStore;

  constructor(readonly db: BlueprintDB) {
    this.blobs = new BlobStore(db);
    this.versions = new VersionStore(db);
    this.templates = new TemplateStore(db);
    this.settings = new SettingsStore(db);
  }

  private get updates() {
    return this.db.table<{ i?: number; k: string; u: Uint8Array; f?: number }, number>(CONTENT_UPDATES);
  }

  /** Applies every update stored for a board to `doc`, in one transaction (`origin`: whose it is). */
  private async applyStored(doc: Y.Doc, id: string, origin: unknown = null): Promise<void> {
    const rows = await this.updates.where('k').equals(id).toArray();
    Y.transact(doc, () => rows.forEach((row) => Y.applyUpdateV2(doc, row.u)), origin, false);
  }

  async list(): Promise<LibraryEntry[]> {
    return (await this.listed()).map(([entry]) => entry);
  }

  /** Every record, newest first, with its listing entry. */
  private async listed(): Promise<[LibraryEntry, BoardRecord][]> {
    const records = await this.db.boards.orderBy('updatedAt').reverse().toArray();
    return records.map((r): [LibraryEntry, BoardRecord] => {
      const title = typeof r.title === 'string' ? r.title : '';
      const updatedAt = typeof r.updatedAt === 'string' ? r.updatedAt : '';
      const listed = {
        id: r.id,
        title,
        updatedAt,
        createdAt: typeof r.createdAt === 'string' ? r.createdAt : updatedAt,
        ...(r.scenario && { scenario: r.scenario }),
      };
      const refusal = legacyRefusal(r) ?? newerRefusal(r) ?? r.damaged ?? null;
      if (refusal) return [{ ...listed, damaged: true, newer: refusal.newer, errors: refusal.errors }, r];
      return [{ ...listed, damaged: false }, r];
    });
  }

  /** Opens a board's live document (converting a JSON board first); `release()` when done. */
  async open(id: string): Promise<OpenBoard | Refusal> {
    const record = await this.db.boards.get(id);
    if (!record) return missing('notFound');
    const refusal = newerRefusal(record) ?? legacyRefusal(record);
    if (refusal) return refusal;
    const doc = record.content;
    const provider = DexieYProvider.load(doc);
    const release = () => DexieYProvider.release(doc);
    try {
      await provider.whenLoaded;
      if (!hasBoard(doc)) {
        const converted = await this.convert(record, doc, provider);
        if (!converted.ok) {
          release();
          return converted;
        }
      }
      // The record opened is the board's identity; the id a (shared) document claims is ignored.
      const board = { ...readDoc(doc), id };
      // The reader checked each bulk entity (measurement) as it read it.
      const checked = checkContent(board, BULK_COLLECTIONS);
      // A board that fails to open is listed as damaged (with its raw content and its versions
      // within reach from the library) until it opens again.
      if (!checked.ok || record.damaged)
        await this.db.boards.update(id, { damaged: checked.ok ? undefined : { newer: checked.newer, errors: checked.errors } });
      if (!checked.ok) {
        release();
        return checked;
      }
      return {
        ok: true,
        board,
        doc,
        storageOrigin: provider,
        onStorageError: (callback) => {
          provider.on('error', callback);
          return () => provider.off('error', callback);
        },
        resync: () => this.applyStored(doc, id, provider),
        release,
        ...(record.share && { share: record.share }),
      };
    } catch (e) {
      release();
      throw e;
    }
  }

  /**
   * A board an earlier build stored as JSON becomes a Y.Doc: the converted state is stored, read
   * back from storage and compared with the JSON before the JSON goes.
   */
  private async convert(record: BoardRecord, doc: Y.Doc, provider: unknown): Promise<LoadResult> {
    const result = readBoard(record.doc);
    if (!result.ok) return { ok: false, errors: result.errors, newer: !!result.newer };
    const update = Y.encodeStateAsUpdateV2(docFromBoard(result.board));
    await this.db.transaction('rw', this.db.boards, this.updates, async () => {
      await this.updates.add({ k: record.id, u: update, f: 1 });
      await this.db.boards.update(record.id, { version: result.board.version });
    });
    Y.applyUpdateV2(doc, update, provider); // already stored: y-dexie does not write it again
    const stored = new Y.Doc();
    await this.applyStored(stored, record.id);
    // The document numbers each cell's cards 0…n−1 as it reads them (by order, then id), and
    // lists measurements by id: the JSON board is compared as the document reads it.
    if (!sameJson(readDoc(stored), asDocumentReads(result.board))) {
      return { ok: false, newer: false, errors: [issue('(root)', 'notConverted')] };
    }
    await this.db.boards.update(record.id, { doc: undefined });
    return { ok: true, board: result.board };
  }

  /** The board as stored now, read once (copies, backups, tests). */
  async load(id: string): Promise<LoadResult> {
    const opened = await this.open(id);
    if (!opened.ok) return opened;
    opened.release();
    return { ok: true, board: opened.board };
  }

  /**
   * A board as stored now, read without opening its live document (no provider, no listeners):
   * for views that only look (Compare). A board still stored as JSON is opened once, to convert it.
   */
  async read(id: string): Promise<LoadResult> {
    const record = await this.db.boards.get(id);
    if (!record) return missing('notFound');
    const refusal = newerRefusal(record) ?? legacyRefusal(record);
    if (refusal) return refusal;
    const doc = new Y.Doc();
    try {
      await this.applyStored(doc, id);
      if (!hasBoard(doc)) return this.load(id);
      return checkContent({ ...readDoc(doc), id });
    } finally {
      doc.destroy();
    }
  }

  /** Every board, for a backup: those that read cleanly, and the others as they are stored. */
  async backup(): Promise<{ boards: Board[]; damaged: { id: string; title: string; raw: unknown }[] }> {
    const boards: Board[] = [];
    const damaged: { id: string; title: string; raw: unknown }[] = [];
    for (const key of await this.db.boards.toCollection().primaryKeys()) {
      // A board that fails to load is not lost from the backup: it goes in raw, as damaged.
      const loaded = await this.load(key).catch(() => null);
      if (loaded?.ok) boards.push(loaded.board);
      else {
        const record = await this.db.boards.get(key);
        damaged.push({ id: key, title: typeof record?.title === 'string' ? record.title : '', raw: await this.raw(key).catch(() => null) }); // listed even when nothing can be read
      }
    }
    return { boards, damaged };
  }

  /**
   * The stored board as JSON, for downloading a damaged one: an unconverted record exactly as it
   * is, or everything its document holds, read without any check or repair.
   */
  async raw(id: string): Promise<unknown> {
    const record = await this.db.boards.get(id);
    if (!record) return undefined;
    if (record.doc !== undefined) return record.doc;
    const doc = record.content;
    const provider = DexieYProvider.load(doc);
    try {
      await provider.whenLoaded;
      return Object.fromEntries([...doc.share.keys()].map((name) => [name, rootJson(doc, name)]));
    } finally {
      DexieYProvider.release(doc);
    }
  }

  /** Stores a new board (fresh id when `id` is taken). */
  async create(board: Board): Promise<Board> {
    return this.db.transaction('rw', this.db.boards, this.updates, async () => {
      const id = (await this.db.boards.get(board.id)) ? newId('bd_') : board.id;
      const now = new Date().toISOString();
      const doc: Board = { ...board, id, revision: 1, createdAt: board.createdAt || now, updatedAt: now };
      const checked = validateBoard(doc);
      if (!checked.ok) throw new InvalidBoardError(checked.errors);
      // y-dexie stores the given Y.Doc's state as the content's first update, in this transaction.
      const record = {
        id,
        title: doc.title,
        updatedAt: now,
        createdAt: doc.createdAt,
        scenario: doc.scenario,
        version: doc.version,
        content: docFromBoard(doc),
        summary: { ...summarize(doc), changedAt: now },
        blobs: [...blobsOf(doc.cards)],
      };
      await this.db.boards.add(record as unknown as BoardRecord);
      return doc;
    });
  }

  /**
   * Brings a board's listing up to date, after the updates written before it (IndexedDB runs
   * read-write transactions over the same tables in order). `fullState` is the whole document,
   * written when an update may have failed to store, so that nothing in the doc is missing on disk.
   */
  async commit(id: string, board: Board, fullState?: Uint8Array): Promise<void> {
    await this.db.transaction('rw', this.db.boards, this.updates, async () => {
      if (fullState) await this.updates.add({ k: id, u: fullState, f: 1 });
      const now = new Date().toISOString();
      await this.db.boards.update(id, {
        title: board.title,
        updatedAt: now,
        version: board.version,
        scenario: board.scenario,
        summary: await this.summaryAfter(id, board, now),
        blobs: [...blobsOf(board.cards)],
      });
    });
  }

  /** The board's summary as saved now: its change time moves only when its items changed. */
  private async summaryAfter(id: string, board: Board, now: string): Promise<BoardSummary> {
    const next = summarize(board);
    const record = await this.db.boards.get(id);
    const previous = record?.summary;
    if (!previous || !sameJson(previous.items, next.items)) return { ...next, changedAt: now };
    // A summary kept before change times were: its board's last save is the latest the items can have changed.
    return { ...next, changedAt: previous.changedAt ?? record.updatedAt };
  }

  /**
   * Every board's opportunities and solutions for the Portfolio, from the summaries kept with
   * each save: no board is opened, except once each one saved before summaries were kept (its
   * summary is stored then). Boards that cannot be read are counted, not listed.
   */
  async portfolio(): Promise<{ sources: PortfolioSource[]; unread: number }> {
    const sources: PortfolioSource[] = [];
    let unread = 0;
    for (const [entry, record] of await this.listed()) {
      if (entry.damaged) {
        unread++;
        continue;
      }
      let summary = record.summary;
      if (!summary) {
        const loaded = await this.load(entry.id).catch(() => null);
        if (!loaded?.ok) {
          unread++;
          continue;
        }
        summary = { ...summarize(loaded.board), changedAt: entry.updatedAt }; // the last change known
        // Only saves time next time: if it cannot be stored, the Portfolio reads the board again.
        await this.db.boards.update(entry.id, { summary }).catch(() => {});
      }
      sources.push({ id: entry.id, title: entry.title, updatedAt: entry.updatedAt, summary });
    }
    return { sources, unread };
  }

  /** Starts (a share) or stops (undefined) keeping this board in sync with a server. */
  async setShare(id: string, share: BoardShare | undefined): Promise<void> {
    await this.db.boards.update(id, { share });
  }

  /** The local board kept in sync with a room on a server, if this browser has one (a room on another server is another board). */
  async findShared(room: string, server: string): Promise<BoardRecord | undefined> {
    return this.db.boards.filter((r) => r.share?.room === room && r.share.server === server).first();
  }

  /** Every board kept in sync with a server, with its share. */
  async shared(): Promise<{ id: string; share: BoardShare }[]> {
    return (await this.db.boards.filter((r) => !!r.share).toArray()).map((r) => ({ id: r.id, share: r.share! }));
  }

  /** A board's record, if this browser holds one under that id. */
  async find(id: string): Promise<BoardRecord | undefined> {
    return this.db.boards.get(id);
  }

  /**
   * A board received from a sync server (a link opened here): stored with the doc's own Yjs
   * history, so it keeps merging with the room rather than starting a second history.
   */
  async createShared(doc: Y.Doc, share: BoardShare): Promise<Board> {
    const board = readDoc(doc);
    const checked = checkContent(board);
    if (!checked.ok) throw new InvalidBoardError(checked.errors);
    // The id a document claims is not trusted: a board this browser already holds under it
    // (one shared earlier, or any other) is never overwritten; this one gets an id of its own.
    const now = new Date().toISOString();
    const id = (await this.db.boards.get(board.id)) ? newId('bd_') : board.id;
    const record = {
      id,
      title: board.title,
      updatedAt: now,
      createdAt: board.createdAt,
      scenario: board.scenario,
      version: board.version,
      content: doc,
      share,
      summary: { ...summarize(board), changedAt: now },
      blobs: [...blobsOf(board.cards)],
    };
    await this.db.boards.add(record as unknown as BoardRecord);
    return { ...board, id };
  }

  /**
   * Every blob that a board, a version or a template names, or null when one of them could not
   * be read (then nothing may be taken for unused). A board's list is kept with each save; a
   * board saved before it was (or stored as JSON) is read for it, and a version once (its list
   * is stored then: a version never changes).
   */
  async blobsInUse(): Promise<Set<string> | null> {
    const used = new Set<string>();
    const add = (hashes: Iterable<string>) => {
      for (const h of hashes) used.add(h);
    };
    for (const record of await this.db.boards.toArray()) {
      if (record.blobs) add(record.blobs);
      else if (record.doc !== undefined) add(blobsInJson(record.doc));
      // Before format version 9 a board could not hold pictures or files.
      else if ((record.version ?? 0) >= 9) {
        const read = await this.read(record.id).catch(() => null);
        if (!read?.ok) return null;
        add(blobsOf(read.board.cards));
      }
    }
    const versions = await this.db.snapshots.toArray();
    for (const version of versions) {
      if (version.blobs) add(version.blobs);
      else {
        const blobs = [...blobsInJson((await this.db.snapshotDocs.get(version.id!))?.doc)];
        await this.db.snapshots.update(version.id!, { blobs });
        add(blobs);
      }
    }
    for (const template of await this.db.templates.toArray()) add(blobsInJson(template.board));
    return used;
  }

  /** Frees the blobs nothing has used for the grace period (see BlobStore.collect); null when a board could not be read. */
  async collectBlobs(now = new Date()): Promise<Awaited<ReturnType<BlobStore['collect']>> | null> {
    const used = await this.blobsInUse();
    return used && this.blobs.collect(used, now);
  }

  async delete(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.boards, this.updates, this.db.snapshots, this.db.snapshotDocs], async () => {
      await this.db.boards.delete(id);
      await this.updates.where('k').equals(id).delete();
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
      ...standalone(loaded.board),
      id: newId('bd_'),
      title: derivedTitle(loaded.board.title, copyTitle),
      createdAt: new Date().toISOString(),
    });
  }

  /** Renames a board from the library: an edit of its document like any other (it merges with an open tab). */
  async rename(id: string, title: string): Promise<boolean> {
    const opened = await this.open(id);
    if (!opened.ok) return false;
    try {
      const next = renameBoard(opened.board, title);
      opened.doc.transact(() => writeBoard(opened.doc, opened.board, next), REPOSITORY_ORIGIN);
      await this.commit(id, next);
      return true;
    } finally {
      opened.release();
    }
  }

  /** A version as a new board of its own (the board it came from, even a damaged one, stays as it is). */
  async restoreAsCopy(versionId: number, copyTitle: (title: string) => string): Promise<Board | null> {
    const version = await this.versions.load(versionId);
    if (!version.ok) return null;
    return this.create({ ...standalone(version.board), id: newId('bd_'), title: derivedTitle(version.board.title, copyTitle) });
  }
}

/** A record still holding an earlier build's JSON that cannot be read (damaged or newer). */
function legacyRefusal(record: BoardRecord): Refusal | null {
  if (record.doc === undefined) return null;
  const result = readBoard(record.doc);
  return result.ok ? null : { ok: false, errors: result.errors, newer: !!result.newer };
}

/** Content saved by a newer build is never opened (and so never rewritten) by this one. */
function newerRefusal(record: BoardRecord): Refusal | null {
  if (typeof record.version !== 'number' || record.version <= BOARD_VERSION) return null;
  return { ok: false, newer: true, errors: [issue('version', 'newerFormat', { version: record.version })] };
}

/** The content of a Y.Doc: a board this build can read (format, version, shape). */
function checkContent(board: Board, checkedAlready: readonly Collection[] = []): LoadResult {
  if (typeof board.version === 'number' && board.version > BOARD_VERSION)
    return { ok: false, newer: true, errors: [issue('version', 'newerFormat', { version: board.version })] };
  const checked = validateBoard(board, checkedAlready);
  return checked.ok ? { ok: true, board } : { ok: false, newer: false, errors: checked.errors };
}

/** A root type of a document as JSON, whatever kind it is (a damaged document may hold anything). */
function rootJson(doc: Y.Doc, name: string): unknown {
  try {
    return doc.getMap(name).toJSON();
  } catch {
    return String(doc.get(name));
  }
}
