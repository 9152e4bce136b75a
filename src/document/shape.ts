import type * as Y from 'yjs';
import { COLLECTIONS as DESCRIBED, COLLECTION_NAMES, type Collection, type Entity } from '../model';

/**
 * How a board lives in a Y.Doc (design.md §2, "Mergeable document"):
 * - one root `Y.Map` per collection, keyed by id; each entity a `Y.Map` of its fields, so two
 *   people editing different fields of one card both keep their edit;
 * - each entity's place in its collection is a fractional index in `POSITION`, never an array
 *   position, so concurrent moves and inserts neither duplicate nor lose an item;
 * - card text and details are `Y.Text`, so concurrent typing in one card merges by character;
 * - nested objects (a touchpoint's ratings, a failure's cause) are `Y.Map`s too;
 * - a bulk collection (measurements) is held in batches of plain values (see bulk.ts);
 * - everything else about the board (title, version, settings…) in the `meta` map.
 */
export type { Collection, Entity };
/** Collections a board may leave out when empty (added to the format after the others). */
export const OPTIONAL_COLLECTIONS: ReadonlySet<Collection> = new Set(COLLECTION_NAMES.filter((name) => DESCRIBED[name].optional));

export const META = 'meta';
export const POSITION = '_pos';

/** Fields held as `Y.Text` (merged by character), per collection. */
export const TEXT_FIELDS: Partial<Record<Collection, ReadonlySet<string>>> = Object.fromEntries(
  COLLECTION_NAMES.flatMap((name) => (DESCRIBED[name].text ? [[name, new Set(DESCRIBED[name].text)]] : [])),
);

/** Collections held in batches (see bulk.ts). */
export const BULK_COLLECTIONS: readonly Collection[] = COLLECTION_NAMES.filter((name) => DESCRIBED[name].bulk);
const batchesName = (name: Collection) => `${name}.batches`;

/** Every root type a board's document has: anything else is no board's. */
export const ROOT_NAMES: readonly string[] = [META, ...COLLECTION_NAMES, ...BULK_COLLECTIONS.map(batchesName)];
/** Every root of a board's document (what an undo manager tracks). */
export const rootsOf = (doc: Y.Doc) => ROOT_NAMES.map((name) => doc.getMap<unknown>(name));

export const batchesOf = (doc: Y.Doc, name: Collection) => doc.getMap<unknown>(batchesName(name));
export const collectionOf = (doc: Y.Doc, name: Collection) => doc.getMap<Y.Map<unknown>>(name);
export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>(META);
