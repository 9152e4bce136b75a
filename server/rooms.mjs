// Shared boards ("rooms") and their secrets: the owner's (the browser that started sharing: it
// alone may replace the links or stop sharing), the edit link's and the view link's. Secrets are stored only as SHA-256 hashes, so
// the data file never holds a working link.
import Database from 'better-sqlite3';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const hash = (/** @type {unknown} */ secret) => createHash('sha256').update(String(secret)).digest();
const secret = () => randomBytes(24).toString('base64url');

/** Room ids and secrets are URL-safe base64 of random bytes; anything else is not one of ours. */
const ID = /^[A-Za-z0-9_-]{16,64}$/;

/** @param {string} file */
export function openRooms(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS rooms (id TEXT PRIMARY KEY, edit BLOB NOT NULL, view BLOB NOT NULL, created TEXT NOT NULL)');
  // Rooms made before owners existed have none: their edit secret keeps the owner's rights.
  if (!db.prepare("SELECT 1 FROM pragma_table_info('rooms') WHERE name = 'owner'").get()) db.exec('ALTER TABLE rooms ADD COLUMN owner BLOB');
  const get = /** @type {import('better-sqlite3').Statement<[string], { owner: Buffer | null; edit: Buffer; view: Buffer }>} */ (
    db.prepare('SELECT owner, edit, view FROM rooms WHERE id = ?')
  );
  const insert = db.prepare('INSERT INTO rooms (id, owner, edit, view, created) VALUES (?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE rooms SET edit = ?, view = ? WHERE id = ?');
  const same = (/** @type {Buffer} */ a, /** @type {Buffer} */ b) => a.length === b.length && timingSafeEqual(a, b);

  return {
    isRoomId: (/** @type {unknown} */ id) => typeof id === 'string' && ID.test(id),
    /** A new room: its id and its owner, edit and view secrets (shown once, to the one who shares). */
    create() {
      const room = { room: randomBytes(18).toString('base64url'), owner: secret(), edit: secret(), view: secret() };
      insert.run(room.room, hash(room.owner), hash(room.edit), hash(room.view), new Date().toISOString());
      return room;
    },
    /**
     * What a token may do in a room: 'owner', 'edit', 'view', or null (unknown room, wrong or revoked token).
     * @param {string} id
     * @param {unknown} token
     * @returns {'owner' | 'edit' | 'view' | null}
     */
    access(id, token) {
      if (!ID.test(String(id)) || typeof token !== 'string' || !token) return null;
      const row = get.get(id);
      if (!row) return null;
      const h = hash(token);
      if (row.owner ? same(h, row.owner) : same(h, row.edit)) return 'owner';
      if (same(h, row.edit)) return 'edit';
      if (same(h, row.view)) return 'view';
      return null;
    },
    /**
     * New edit and view secrets, asked with the owner's secret: every link given out stops working.
     * @param {string} id
     * @param {string} ownerSecret
     */
    rotate(id, ownerSecret) {
      if (this.access(id, ownerSecret) !== 'owner') return null;
      const next = { room: id, edit: secret(), view: secret() };
      update.run(hash(next.edit), hash(next.view), id);
      return next;
    },
    close: () => db.close(),
  };
}
