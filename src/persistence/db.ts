import Dexie, { type EntityTable } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';
import type { BoardIssue, BoardSummary, Scenario, StoredBlob } from '../model';

/**
 * A stored board: listing fields, and its content as a Y.Doc (`content`, stored by y-dexie as
 * updates in a table of their own). `doc` is the JSON an earlier build stored: kept, never
 * rewritten, until its conversion to a Y.Doc has been read back and verified (and kept as it
 * is when it is damaged or newer).
 */
export interface BoardRecord {
  id: string;
  title: string;
  updatedAt: string;
  /** The document format version the content was last saved with (a newer one is refused). */
  version?: number;
  doc?: unknown;
  content: Y.Doc;
  /** Set while the board is shared through a sync server (see `BoardShare`). */
  share?: BoardShare;
  /** Its opportunities and solutions as the Portfolio lists them, kept with each save (absent before the first). */
  summary?: BoardSummary;
  /** Which scenario of which service the board is (kept with each save, for the library's grouping). */
  scenario?: Scenario;
  /** When the board was made (absent on records stored before scenarios were listed). */
  createdAt?: string;
  /** What was wrong when the board last failed to open (listed as damaged until it opens again). */
  damaged?: { newer: boolean; errors: BoardIssue[] };
  /** The blobs its cards use, kept with each save (absent on records stored before they were). */
  blobs?: string[];
}

/** The kinds of link the owner of a shared board gives out, from the most to the least access. */
export const LINK_KINDS = ['edit', 'comment', 'view'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * How a board meets others on a sync server: the room, and the secrets this browser holds.
 * The one who shares holds the owner's secret and every link's (to show and revoke them); one
 * who joined holds the one they got.
 */
export interface BoardShare {
  /** WebSocket address of the server, e.g. ws://host:1234. */
  server: string;
  room: string;
  /** The secret this browser connects with (the owner's, for the owner). */
  token: string;
  /** The owner's secret: held only by the browser that started sharing, the one that may stop it. */
  owner?: string;
  /** The links the owner gives out, by kind; a kind revoked (or never made) is absent. */
  links?: Partial<Record<LinkKind, string>>;
  /** The view secret, as boards shared before comment links kept it (read through `linksOf`). */
  view?: string;
  /** What this browser's secret allows, once the server said so. */
  access?: LinkKind;
}

/**
 * The links of a share. Shares kept before links had kinds held the edit secret as `token`
 * (the owner connected with it) and the view secret beside it.
 */
export function linksOf(share: BoardShare): Partial<Record<LinkKind, string>> {
  if (share.links) return share.links;
  if (!share.owner) return {};
  return { edit: share.token, ...(share.view && { view: share.view }) };
}

/** Where y-dexie keeps a board's Y.Doc updates. */
export const CONTENT_UPDATES = '$boards.content_updates';

/** Why a version was kept. */
export type VersionReason = 'opened' | 'hourly' | 'pause' | 'before-delete' | 'before-restore' | 'named';

/**
 * A version of a board (version history), without its document: listing versions reads these
 * small records only. The document lives in `snapshotDocs` under the same id.
 */
export interface SnapshotRecord {
  id?: number;
  boardId: string;
  createdAt: string;
  reason: VersionReason;
  /** The name the user gave a named version. */
  name?: string;
  /** Size of the stored document in characters of JSON, for the per-board budget. */
  size: number;
  cards: number;
  /** The blobs its cards use (absent on versions kept before they were: worked out once then). */
  blobs?: string[];
}

export interface SnapshotDocRecord {
  id: number;
  doc: unknown;
}

/** A board the user saved as a template ("Save as template"), shown in the New board gallery. */
export interface TemplateRecord {
  id: string;
  name: string;
  createdAt: string;
  /** The board as JSON (the file format), read like any stored board. */
  board: unknown;
}

/** A picture's or file's bytes (see BlobStore), and since when nothing seemed to use them. */
export type BlobRecord = StoredBlob & { unusedSince?: string };

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type BlueprintDB = Dexie & {
  boards: EntityTable<BoardRecord, 'id'>;
  // A board's history entries are "versions" everywhere in the code; the tables keep the
  // names they were created with in browsers' databases (renaming one would mean copying it).
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  snapshotDocs: EntityTable<SnapshotDocRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  templates: EntityTable<TemplateRecord, 'id'>;
  blobs: EntityTable<BlobRecord, 'hash'>;
};

const cardCount = (doc: unknown) => {
  const cards = (doc as { cards?: unknown } | null)?.cards;
  return Array.isArray(cards) ? cards.length : 0;
};

/**
 * Dexie versions describe tables and indexes only; the document format has its own version
 * inside each `doc` (see model/migrations).
 */
export function openDatabase(name = 'blueprint-studio'): BlueprintDB {
  const db = new Dexie(name, { addons: [yDexie] }) as BlueprintDB;
  db.version(1).stores({
    boards: 'id, updatedAt',
    snapshots: '++id, boardId, createdAt',
    settings: 'key',
  });
  // Version 2 keeps each version's document apart from its listing (History opens fast).
  db.version(2)
    .stores({ snapshotDocs: 'id' })
    .upgrade(async (tx) => {
      const old = (await tx.table('snapshots').toArray()) as (SnapshotRecord & { doc?: unknown })[];
      await tx.table('snapshotDocs').bulkPut(old.map(({ id, doc }) => ({ id: id!, doc })));
      await tx
        .table('snapshots')
        .bulkPut(old.map(({ doc, ...meta }) => ({ ...meta, size: JSON.stringify(doc ?? null).length, cards: cardCount(doc) })));
    });
  // Version 3 holds each board's content as a Y.Doc (mergeable across tabs and people). Boards
  // stored as JSON are converted when first opened (BoardRepository.open), not here: an upgrade
  // that failed half-way must never be able to lose one.
  db.version(3).stores({ boards: 'id, updatedAt, content: Y.Doc' });
  db.version(4).stores({ templates: 'id, createdAt' });
  // Version 5 keeps the bytes of pictures and files on cards, by content hash (BlobStore).
  db.version(5).stores({ blobs: 'hash' });
  return db;
}
