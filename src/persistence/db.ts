import Dexie, { type EntityTable } from 'dexie';

/** A stored board. `doc` is kept as raw JSON so a damaged or newer record is never rewritten on read. */
export interface BoardRecord {
  id: string;
  title: string;
  updatedAt: string;
  revision: number;
  doc: unknown;
}

export interface SnapshotRecord {
  id?: number;
  boardId: string;
  createdAt: string;
  reason: string;
  doc: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type BlueprintDB = Dexie & {
  boards: EntityTable<BoardRecord, 'id'>;
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

/**
 * Dexie versions describe tables and indexes only; the document format has its own version
 * inside each `doc` (see model/migrations).
 */
export function openDatabase(name = 'blueprint-studio'): BlueprintDB {
  const db = new Dexie(name) as BlueprintDB;
  db.version(1).stores({
    boards: 'id, updatedAt',
    snapshots: '++id, boardId, createdAt',
    settings: 'key',
  });
  return db;
}
