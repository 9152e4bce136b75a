// The embedded store: rooms and documents in SQLite files in the data directory (nothing else to
// install). Several processes on one machine may share the files: SQLite serialises their writes.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { roomsOver } from './rooms.mjs';
import { documentsOver } from './documents.mjs';
import { blobsOver } from './blobs.mjs';
import { LIMITS } from '../limits.mjs';

/**
 * @param {string} dataDir
 * @param {{ blobBytes: number, roomBlobBytes: number, thumbBytes: number }} blobLimits
 */
export function openSqlite(dataDir, blobLimits = LIMITS) {
  const roomsDb = new Database(join(dataDir, 'rooms.sqlite'));
  roomsDb.pragma('journal_mode = WAL');
  roomsDb.pragma('busy_timeout = 5000');
  roomsDb.exec('CREATE TABLE IF NOT EXISTS rooms (id TEXT PRIMARY KEY, edit BLOB NOT NULL, view BLOB NOT NULL, created TEXT NOT NULL)');
  // Columns added since the first version: rooms made before them have no owner and no comment link.
  for (const column of ['owner', 'comment'])
    if (!roomsDb.prepare(`SELECT 1 FROM pragma_table_info('rooms') WHERE name = ?`).get(column))
      roomsDb.exec(`ALTER TABLE rooms ADD COLUMN ${column} BLOB`);
  const getRoom = /** @type {import('better-sqlite3').Statement<[string], import('./rooms.mjs').RoomRow>} */ (
    roomsDb.prepare('SELECT owner, edit, comment, view FROM rooms WHERE id = ?')
  );
  const insertRoom = roomsDb.prepare('INSERT INTO rooms (id, owner, edit, comment, view, created) VALUES (?, ?, ?, ?, ?, ?)');
  // Which blobs each room holds (and its pictures' card renditions); the bytes are files.
  roomsDb.exec(
    'CREATE TABLE IF NOT EXISTS room_blobs (room TEXT NOT NULL, hash TEXT NOT NULL, size INTEGER NOT NULL, thumb BLOB, PRIMARY KEY (room, hash))',
  );
  const linkBlob = roomsDb.prepare('INSERT OR IGNORE INTO room_blobs (room, hash, size) VALUES (?, ?, ?)');
  const roomBlob = /** @type {import('better-sqlite3').Statement<[string, string], { thumb: Uint8Array | null }>} */ (
    roomsDb.prepare('SELECT thumb FROM room_blobs WHERE room = ? AND hash = ?')
  );
  const roomBytes = /** @type {import('better-sqlite3').Statement<[string], { bytes: number }>} */ (
    roomsDb.prepare('SELECT coalesce(sum(size), 0) AS bytes FROM room_blobs WHERE room = ?')
  );
  const setThumb = roomsDb.prepare('UPDATE room_blobs SET thumb = ? WHERE room = ? AND hash = ?');
  // Content-addressed files, two hex digits of fan-out: a file is written whole under another
  // name, then renamed, so a reader never sees half of one (a crash leaves only a stray temp file).
  const blobDir = join(dataDir, 'blobs');
  const blobPath = (/** @type {string} */ hash) => join(blobDir, hash.slice(0, 2), hash);

  const db = new Database(join(dataDir, 'boards.sqlite'));
  db.pragma('journal_mode = WAL');
  // NORMAL: a commit is in the WAL file when it returns, which a killed process cannot undo
  // (only losing power can, and FULL would cost an fsync per keystroke).
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // `documents` is the table earlier versions of this server wrote snapshots to: kept as it is.
  db.exec(`CREATE TABLE IF NOT EXISTS documents (name varchar(255) NOT NULL, data blob, UNIQUE(name));
    CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
    CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, seq);`);
  const snapshot = /** @type {import('better-sqlite3').Statement<[string], { data: Uint8Array }>} */ (
    db.prepare('SELECT data FROM documents WHERE name = ?')
  );
  const updates = /** @type {import('better-sqlite3').Statement<[string], { seq: number; data: Uint8Array }>} */ (
    db.prepare('SELECT seq, data FROM updates WHERE name = ? ORDER BY seq')
  );
  const append = db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
  const save = db.prepare('INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data');
  const drop = db.prepare('DELETE FROM updates WHERE name = ? AND seq <= ?');
  // substr, not LIKE: "_" in a room id is a LIKE wildcard.
  const named = /** @type {import('better-sqlite3').Statement<[number, string, number, string], { name: string }>} */ (
    db.prepare('SELECT name FROM documents WHERE substr(name, 1, ?) = ? UNION SELECT DISTINCT name FROM updates WHERE substr(name, 1, ?) = ?')
  );
  const read = (/** @type {string} */ name) => ({ snapshot: snapshot.get(name)?.data, updates: updates.all(name) });
  // IMMEDIATE: the write lock is taken before reading, so another process cannot append between.
  const fold = db.transaction((/** @type {string} */ name, /** @type {Parameters<import('./documents.mjs').DocumentTable['fold']>[1]} */ f) => {
    const folded = f(read(name));
    if (!folded) return;
    save.run(name, folded.merged);
    drop.run(name, folded.last);
  });

  return {
    rooms: roomsOver({
      get: async (id) => getRoom.get(id),
      insert: async (id, r) => void insertRoom.run(id, r.owner, r.edit, r.comment, r.view, new Date().toISOString()),
      update: async (id, fields) => {
        const kinds = /** @type {import('./rooms.mjs').LinkKind[]} */ (Object.keys(fields));
        roomsDb.prepare(`UPDATE rooms SET ${kinds.map((k) => `${k} = ?`).join(', ')} WHERE id = ?`).run(...kinds.map((k) => fields[k]), id);
      },
    }),
    documents: documentsOver({
      append: async (name, update) => void append.run(name, update),
      read: async (name) => read(name),
      fold: async (name, f) => void fold.immediate(name, f),
      names: async (prefix) => named.all(prefix.length, prefix, prefix.length, prefix).map((r) => r.name),
    }),
    blobs: blobsOver(
      {
        has: async (hash) => existsSync(blobPath(hash)),
        async write(hash, bytes) {
          mkdirSync(join(blobDir, hash.slice(0, 2)), { recursive: true });
          const temp = `${blobPath(hash)}.${randomBytes(6).toString('hex')}.part`;
          writeFileSync(temp, bytes);
          renameSync(temp, blobPath(hash));
        },
        read: async (hash) => (existsSync(blobPath(hash)) ? new Uint8Array(readFileSync(blobPath(hash))) : undefined),
        link: async (room, hash, size) => void linkBlob.run(room, hash, size),
        linked: async (room, hashes) => new Set(hashes.filter((h) => roomBlob.get(room, h))),
        roomBytes: async (room) => roomBytes.get(room)?.bytes ?? 0,
        setThumb: async (room, hash, bytes) => void setThumb.run(bytes, room, hash),
        thumb: async (room, hash) => roomBlob.get(room, hash)?.thumb ?? undefined,
      },
      blobLimits,
    ),
    close() {
      roomsDb.close();
      db.close();
    },
  };
}
