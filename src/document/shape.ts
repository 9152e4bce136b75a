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
 * - an atomic collection (measurements) holds each entity as one plain value, without a position:
 *   tens of thousands of them load five times faster so, and one is only ever replaced whole;
 * - everything else about the board (title, version, settings…) in the `meta` map.
 */
export type { Collection, Entity };
/** Collections a board may leave out when empty (added to the format after the others). */
export const OPTIONAL_COLLECTIONS: ReadonlySet<Collection> = new Set(COLLECTION_NAMES.filter((name) => DESCRIBED[name].optional));

export const META = 'meta';
export const POSITION = '_pos';

/** Collections whose entities are each one plain value (replaced whole, ordered by id). */
export const ATOMIC_COLLECTIONS: ReadonlySet<Collection> = new Set(COLLECTION_NAMES.filter((name) => DESCRIBED[name].atomic));

/** Fields held as `Y.Text` (merged by character), per collection. */
export const TEXT_FIELDS: Partial<Record<Collection, ReadonlySet<string>>> = Object.fromEntries(
  COLLECTION_NAMES.flatMap((name) => (DESCRIBED[name].text ? [[name, new Set(DESCRIBED[name].text)]] : [])),
);

export const collectionOf = (doc: Y.Doc, name: Collection) => doc.getMap<Y.Map<unknown>>(name);
/** An atomic collection's root: each entity a plain object. */
export const atomicOf = (doc: Y.Doc, name: Collection) => doc.getMap<unknown>(name);
export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>(META);
