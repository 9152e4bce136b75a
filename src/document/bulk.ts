import type * as Y from 'yjs';
import { COLLECTIONS, newId } from '../model';
import type { Collection, Entity } from './shape';
export { batchesOf } from './shape';

/**
 * A bulk collection (measurements) in the document: tens of thousands of small facts that arrive
 * by the ten thousand from an import. Stored as
 * - batches: `<name>.batches`, a Y.Map of batch key → one JSON text `{ fields, rows }` holding the
 *   entities an edit added together. A batch is never changed once written (so it needs no merging),
 *   and it is removed whole when none of its entities is left;
 * - overrides: the collection's own Y.Map, id → the entity's fields (an edit, or an entity kept
 *   loose by a document from before batches) or null (deleted from its batch). One entity's edit
 *   merges like any value of a Y.Map.
 * 50 000 measurements as one Y value each took 0.4 s to decode and 0.25 s to encode; as texts in
 * batches they take 0.04 s to decode and parse, and an import encodes in a few milliseconds.
 */
export interface Batch {
  /** The stored value the batch was parsed from (a text, unless a collaborator broke it). */
  readonly text: unknown;
  /** The batch's valid entities, in order (the same objects while the text is the same). */
  readonly entities: readonly Entity[];
  /** Some row was not an entity of the collection (a hostile or broken collaborator). */
  readonly invalid: boolean;
}

export interface Parsed {
  batches: Map<string, Batch>;
  /** Keys of the batches the last `readBatches` parsed (new or changed). */
  fresh: string[];
  /** Which batch holds each id, built when a write needs it. */
  where: Map<string, string> | null;
}

/** Parsed batches per batches root, shared by every reader and writer of one document. */
const parsedOf = new WeakMap<Y.Map<unknown>, Parsed>();

/** The fields an entity of `name` may have (its schema's). */
export const fieldsOf = (name: Collection): readonly string[] => Object.keys((COLLECTIONS[name].schema as unknown as { shape: object }).shape);

/** The document's batches of `name`, parsed (each only when its text is new). */
export function readBatches(root: Y.Map<unknown>, name: Collection): Parsed {
  let parsed = parsedOf.get(root);
  if (!parsed) parsedOf.set(root, (parsed = { batches: new Map(), fresh: [], where: null }));
  parsed.fresh = [];
  for (const key of [...parsed.batches.keys()])
    if (!root.has(key)) {
      parsed.batches.delete(key);
      parsed.where = null;
    }
  root.forEach((text, key) => {
    if (parsed.batches.get(key)?.text === text) return;
    parsed.batches.set(key, parseBatch(text, name));
    parsed.fresh.push(key);
    parsed.where = null;
  });
  return parsed;
}

/** Which batch holds each id. */
export function batchIndex(parsed: Parsed): Map<string, string> {
  if (!parsed.where) {
    parsed.where = new Map();
    for (const [key, batch] of parsed.batches) for (const e of batch.entities) if (!parsed.where.has(e.id)) parsed.where.set(e.id, key);
  }
  return parsed.where;
}

/** The batch keys in the one order every replica reads them in (a key starts with its time). */
export const batchOrder = (parsed: Parsed) => [...parsed.batches.keys()].sort();

/** A new batch's key: ordered by when it was made, unique by its random part. */
const newBatchKey = (now = Date.now()) => `${now.toString(36).padStart(9, '0')}-${newId()}`;

/**
 * Writes `entities` (checked by the model that made them) as a new batch, and keeps them as its
 * parsed form: the import that wrote 100 000 of them is not read back from its own text.
 */
export function addBatch(root: Y.Map<unknown>, parsed: Parsed, name: Collection, entities: readonly Entity[]): void {
  const fields = fieldsOf(name);
  const rows = entities.map((e) => fields.map((f) => (e as unknown as Record<string, unknown>)[f] ?? null));
  const text = JSON.stringify({ fields, rows });
  const key = newBatchKey();
  root.set(key, text);
  parsed.batches.set(key, { text, entities, invalid: false });
  parsed.where = null;
}

/**
 * A batch's entities: rows that are not an entity of the collection (or repeat an id) are left
 * out and make the batch invalid. Only fields the schema knows are taken; null is absent.
 */
function parseBatch(text: unknown, name: Collection): Batch {
  const broken: Batch = { text, entities: [], invalid: true };
  if (typeof text !== 'string') return broken;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return broken;
  }
  const { fields, rows } = (json ?? {}) as { fields?: unknown; rows?: unknown };
  if (!Array.isArray(fields) || !Array.isArray(rows)) return broken;
  const known = new Set(fieldsOf(name));
  const take = fields.map((f) => (typeof f === 'string' && known.has(f) ? f : null));
  const check = COLLECTIONS[name].bulk!;
  const entities: Entity[] = [];
  const ids = new Set<string>();
  let invalid = false;
  for (const row of rows) {
    if (!Array.isArray(row)) {
      invalid = true;
      continue;
    }
    const value: Record<string, unknown> = {};
    for (let i = 0; i < take.length; i++) if (take[i] && row[i] !== null && row[i] !== undefined) value[take[i]!] = row[i];
    if (!check(value) || ids.has(value.id as string)) {
      invalid = true;
      continue;
    }
    ids.add(value.id as string);
    entities.push(value as unknown as Entity);
  }
  return { text, entities, invalid };
}
