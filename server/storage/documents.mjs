// Where shared boards are kept: each update is appended the moment it is accepted, before the
// sender is told it is synced, so an acknowledged edit is stored whatever happens to the process
// next (y-leveldb keeps documents the same way). Appended updates are folded into one snapshot
// per board in the background. Several server processes may share the store: each appends what
// it acknowledged, a board loads from all of it, and folding is one transaction that holds the
// board's lock, so two processes folding at once cannot drop each other's updates.
import * as Y from 'yjs';

/** Appended updates of one board folded into its snapshot once there are this many. */
const COMPACT_AFTER = 500;

/**
 * What an engine provides: the rows, and a fold done as one locked transaction.
 * @typedef {{
 *   append(name: string, update: Uint8Array): Promise<void>,
 *   read(name: string): Promise<{ snapshot: Uint8Array | undefined, updates: { seq: number, data: Uint8Array }[] }>,
 *   fold(name: string, fold: (parts: { snapshot: Uint8Array | undefined, updates: { seq: number, data: Uint8Array }[] }) => { merged: Uint8Array, last: number } | null): Promise<void>,
 *   names(prefix: string): Promise<string[]>,
 * }} DocumentTable
 */

/**
 * A board's state as one update, from its snapshot and the updates after it. Merged as bytes
 * first, then applied once: one transaction instead of one per update, and content deleted
 * meanwhile is dropped (garbage-collected) when the doc encodes it again.
 * @param {{ snapshot: Uint8Array | undefined, updates: { seq: number, data: Uint8Array }[] }} parts
 */
export function merge({ snapshot, updates }) {
  const all = snapshot ? [snapshot, ...updates.map((u) => u.data)] : updates.map((u) => u.data);
  const doc = new Y.Doc();
  if (all.length) Y.applyUpdate(doc, Y.mergeUpdates(all));
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { merged, last: updates.length ? updates[updates.length - 1].seq : 0 };
}

/** @param {DocumentTable} table */
export function documentsOver(table) {
  const appended = new Map(); // name → updates appended by this process since it last compacted
  const documents = {
    /**
     * Stores one accepted update; resolves once it is stored.
     * @param {string} name @param {Uint8Array} update
     */
    async append(name, update) {
      await table.append(name, update);
      const n = (appended.get(name) ?? 0) + 1;
      appended.set(name, n);
      if (n >= COMPACT_AFTER) await documents.compact(name);
    },
    /** The stored state of a board (empty for a new one). */
    load: async (/** @type {string} */ name) => merge(await table.read(name)).merged,
    /** The stored boards whose names start with `prefix` (a room's scenarios: "<room>."). */
    names: (/** @type {string} */ prefix) => table.names(prefix),
    /** Folds the appended updates into the snapshot: nothing is ever only in memory. @param {string} name */
    async compact(name) {
      appended.delete(name);
      await table.fold(name, (parts) => (parts.updates.length ? merge(parts) : null));
    },
  };
  return documents;
}
