// The bytes of pictures and files on a shared board's cards. Content is stored once per SHA-256
// (two rooms with the same photo keep one copy), and each room lists the blobs it holds: a link
// to one room never reads another room's blobs by guessing or learning a hash. A picture's card
// rendition (`thumb`) is the room's own, since nothing proves it was made from the picture.
// The rules live here once; where the bytes are kept (files or PostgreSQL) is the engine's.
import { createHash } from 'node:crypto';
import { REFUSALS } from '../../src/protocol/refusals.ts';

/**
 * Where blobs are kept.
 * @typedef {{
 *   has(hash: string): Promise<boolean>,
 *   write(hash: string, bytes: Uint8Array): Promise<void>,
 *   read(hash: string): Promise<Uint8Array | undefined>,
 *   link(room: string, hash: string, size: number): Promise<void>,
 *   linked(room: string, hashes: string[]): Promise<Set<string>>,
 *   roomBytes(room: string): Promise<number>,
 *   setThumb(room: string, hash: string, bytes: Uint8Array): Promise<void>,
 *   thumb(room: string, hash: string): Promise<Uint8Array | undefined>,
 * }} BlobTable
 */

/** 64 lowercase hex digits, as the app names a blob. */
export const isBlobHash = (/** @type {unknown} */ hash) => typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash);

/** Why a blob was not taken: an HTTP status, and the words the app finds its refusal by. */
export const BLOB_REFUSED = {
  tooLarge: { status: 413, reason: REFUSALS.blobTooLarge.reason },
  roomFull: { status: 413, reason: REFUSALS.blobRoomFull.reason },
  mismatch: { status: 400, reason: REFUSALS.blobMismatch.reason },
  notHere: { status: 404, reason: REFUSALS.blobNotHere.reason },
};

/**
 * @param {BlobTable} table
 * @param {{ blobBytes: number, roomBlobBytes: number, thumbBytes: number }} limits
 */
export function blobsOver(table, limits) {
  return {
    /**
     * Stores a blob for a room. Its bytes must hash to its name; a blob the room holds already is
     * taken again without counting twice. Returns a refusal, or null when it is stored.
     * @param {string} room @param {string} hash @param {Uint8Array} bytes
     */
    async put(room, hash, bytes) {
      if (bytes.length > limits.blobBytes) return BLOB_REFUSED.tooLarge;
      if (createHash('sha256').update(bytes).digest('hex') !== hash) return BLOB_REFUSED.mismatch;
      if ((await table.linked(room, [hash])).has(hash)) return null;
      if ((await table.roomBytes(room)) + bytes.length > limits.roomBlobBytes) return BLOB_REFUSED.roomFull;
      if (!(await table.has(hash))) await table.write(hash, bytes);
      await table.link(room, hash, bytes.length);
      return null;
    },
    /** A blob of the room's, or undefined when the room does not hold it. @param {string} room @param {string} hash */
    async get(room, hash) {
      return (await table.linked(room, [hash])).has(hash) ? table.read(hash) : undefined;
    },
    /** Which of these the room does not hold yet (what an uploader still has to send). @param {string} room @param {string[]} hashes */
    async missing(room, hashes) {
      const held = await table.linked(room, hashes);
      return hashes.filter((h) => !held.has(h));
    },
    /** A picture's card rendition, for a blob the room holds. @param {string} room @param {string} hash @param {Uint8Array} bytes */
    async putThumb(room, hash, bytes) {
      if (bytes.length > limits.thumbBytes) return BLOB_REFUSED.tooLarge;
      if (!(await table.linked(room, [hash])).has(hash)) return BLOB_REFUSED.notHere;
      await table.setThumb(room, hash, bytes);
      return null;
    },
    thumb: (/** @type {string} */ room, /** @type {string} */ hash) => table.thumb(room, hash),
    /** What the room's blobs take together. */
    used: (/** @type {string} */ room) => table.roomBytes(room),
  };
}
