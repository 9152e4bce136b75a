// Where shared boards are kept: each update is appended the moment it is accepted, before the
// sender is told it is synced, so an acknowledged edit is on disk whatever happens to the
// process next (y-leveldb keeps documents the same way). Appended updates are folded into one
// snapshot per board in the background. Several server processes may share the file (SQLite
// serialises their writes): each stores what it acknowledged, and a board loads from all of it.
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/** @template {unknown[]} P @template R @typedef {import('better-sqlite3').Statement<P, R>} Statement */

/** Appended updates of one board folded into its snapshot once there are this many. */
const COMPACT_AFTER = 500;

/** @param {string} file */
export function openDocuments(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL: a commit is in the WAL file when it returns, which a killed process cannot undo
  // (only losing power can, and FULL would cost an fsync per keystroke).
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // `documents` is the table earlier versions of this server wrote snapshots to: kept as it is.
  db.exec(`CREATE TABLE IF NOT EXISTS documents (name varchar(255) NOT NULL, data blob, UNIQUE(name));
    CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
    CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, seq);`);
  const snapshot = /** @type {Statement<[string], { data: Uint8Array }>} */ (db.prepare('SELECT data FROM documents WHERE name = ?'));
  const updates = /** @type {Statement<[string], { seq: number; data: Uint8Array }>} */ (
    db.prepare('SELECT seq, data FROM updates WHERE name = ? ORDER BY seq')
  );
  const count = /** @type {Statement<[string], { n: number }>} */ (db.prepare('SELECT count(*) AS n FROM updates WHERE name = ?'));
  const append = db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
  const save = db.prepare('INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data');
  const drop = db.prepare('DELETE FROM updates WHERE name = ? AND seq <= ?');
  const appended = new Map(); // name → updates appended by this process since it last compacted

  /**
   * The board's whole state as one update: its snapshot and every update after it.
   * @param {string} name
   */
  const state = (name) => {
    const parts = [];
    const base = snapshot.get(name)?.data;
    if (base) parts.push(base);
    let last = 0;
    for (const { seq, data } of updates.iterate(name)) {
      parts.push(data);
      last = seq;
    }
    // Merged as bytes first, then applied once: one transaction instead of one per update, and
    // content deleted meanwhile is dropped (garbage-collected) when the doc encodes it again.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.mergeUpdates(parts));
    const merged = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return { merged, last };
  };

  /** Folds the appended updates into the snapshot, in one transaction: nothing is ever only in memory. */
  const compact = db.transaction((/** @type {string} */ name) => {
    const { merged, last } = state(name);
    if (!last) return;
    save.run(name, merged);
    drop.run(name, last);
  });

  return {
    /**
     * Stores one accepted update; returns once it is in the file.
     * @param {string} name
     * @param {Uint8Array} update
     */
    append(name, update) {
      append.run(name, update);
      const n = (appended.get(name) ?? 0) + 1;
      appended.set(name, n);
      if (n >= COMPACT_AFTER) this.compact(name);
    },
    /** The stored state of a board (empty for a new one). */
    load: (/** @type {string} */ name) => state(name).merged,
    /** @param {string} name */
    compact(name) {
      appended.delete(name);
      if (count.get(name)?.n) compact.immediate(name);
    },
    close: () => db.close(),
  };
}
