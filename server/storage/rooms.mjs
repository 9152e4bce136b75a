// Shared boards ("rooms") and their secrets: the owner's (the browser that started sharing: it
// alone may replace or revoke links, or stop sharing) and one per kind of link — edit, comment
// and view. Secrets are stored only as SHA-256 hashes, so the data never holds a working link;
// a revoked link's hash is empty, which no secret matches. The rules live here once; where the
// rows are kept (SQLite or PostgreSQL) is the engine's (`./sqlite.mjs`, `./postgres.mjs`).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The kinds of link the owner gives out, from the most to the least access. */
export const LINK_KINDS = /** @type {const} */ (['edit', 'comment', 'view']);
/** @typedef {typeof LINK_KINDS[number]} LinkKind */
/** @typedef {'owner' | LinkKind} Access */
/** @typedef {{ owner: Uint8Array | null, edit: Uint8Array, comment: Uint8Array | null, view: Uint8Array }} RoomRow */
/**
 * Where rooms are kept.
 * @typedef {{
 *   get(id: string): Promise<RoomRow | undefined>,
 *   insert(id: string, row: RoomRow): Promise<void>,
 *   update(id: string, fields: Partial<Record<LinkKind, Uint8Array>>): Promise<void>,
 * }} RoomTable
 */

const hash = (/** @type {unknown} */ secret) => createHash('sha256').update(String(secret)).digest();
const secret = () => randomBytes(24).toString('base64url');
const REVOKED = new Uint8Array(0);

/** Room ids and secrets are URL-safe base64 of random bytes; anything else is not one of ours. */
const ID = /^[A-Za-z0-9_-]{16,64}$/;
/**
 * A board of a room: the room's own (named by the room) or one of its scenarios ("<room>.<key>"),
 * which the room's links open too: sharing a board shares its scenarios with the same links.
 */
const BOARD = /^([A-Za-z0-9_-]{16,64})(?:\.([A-Za-z0-9_-]{1,64}))?$/;

/** The room a board belongs to, or null for a name that is not one of ours. */
export const roomOf = (/** @type {unknown} */ name) => (typeof name === 'string' && BOARD.exec(name)?.[1]) || null;
/** The scenario key of a board's name ("<room>.<key>"), null for the room's own board. */
export const scenarioKeyOf = (/** @type {string} */ name) => BOARD.exec(name)?.[2] ?? null;

/** @param {Uint8Array} a @param {Uint8Array | null} b */
const same = (a, b) => !!b && a.length === b.length && timingSafeEqual(a, b);

export const isLinkKind = (/** @type {unknown} */ kind) => LINK_KINDS.includes(/** @type {LinkKind} */ (kind));

/** @param {RoomTable} table */
export function roomsOver(table) {
  const rooms = {
    isRoomId: (/** @type {unknown} */ id) => typeof id === 'string' && ID.test(id),
    /** Whether a board name is one of a room's (its own or a scenario's). */
    isBoardName: (/** @type {unknown} */ name) => roomOf(name) !== null,
    /** A new room: its id, the owner's secret and a link of each kind (shown once, to the one who shares). */
    async create() {
      const room = { room: randomBytes(18).toString('base64url'), owner: secret(), edit: secret(), comment: secret(), view: secret() };
      await table.insert(room.room, { owner: hash(room.owner), edit: hash(room.edit), comment: hash(room.comment), view: hash(room.view) });
      return room;
    },
    /**
     * What a token may do in a room, or null (unknown room, wrong or revoked token).
     * @param {string} id @param {unknown} token
     * @returns {Promise<Access | null>}
     */
    async access(id, token) {
      if (!ID.test(String(id)) || typeof token !== 'string' || !token) return null;
      const row = await table.get(id);
      if (!row) return null;
      const h = hash(token);
      // Rooms made before owners existed have none: their edit secret keeps the owner's rights.
      if (row.owner ? same(h, row.owner) : same(h, row.edit)) return 'owner';
      return LINK_KINDS.find((kind) => same(h, row[kind])) ?? null;
    },
    /**
     * New secrets for every kind of link, asked with the owner's secret: every link given out stops working.
     * @param {string} id @param {string} ownerSecret
     */
    async rotate(id, ownerSecret) {
      if ((await rooms.access(id, ownerSecret)) !== 'owner') return null;
      const next = { room: id, edit: secret(), comment: secret(), view: secret() };
      await table.update(id, { edit: hash(next.edit), comment: hash(next.comment), view: hash(next.view) });
      return next;
    },
    /**
     * One kind of link replaced (a new secret: the old link stops working) or, without `renew`,
     * revoked (no link of that kind until one is made again). Asked with the owner's secret.
     * @param {string} id @param {string} ownerSecret @param {LinkKind} kind @param {boolean} renew
     * @returns {Promise<{ room: string, kind: LinkKind, secret: string | null } | null>}
     */
    async setLink(id, ownerSecret, kind, renew) {
      if ((await rooms.access(id, ownerSecret)) !== 'owner') return null;
      const fresh = renew ? secret() : null;
      await table.update(id, { [kind]: fresh ? hash(fresh) : REVOKED });
      return { room: id, kind, secret: fresh };
    },
  };
  return rooms;
}
