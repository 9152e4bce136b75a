import * as Y from 'yjs';
import { boardSchema, COLLECTION_NAMES, COLLECTIONS, renumberCells, type Board } from '../model';
import type { ZodType } from 'zod';
import { collectionOf, metaOf, OPTIONAL_COLLECTIONS, POSITION, type Collection, type Entity } from './shape';
import { batchesOf, batchOrder, fieldsOf, readBatches } from './bulk';
import { repairMerge } from './repair';
import { sameJson } from './sameJson';

type Cached = { pos: string; value: Entity };

type Fields = Record<string, unknown>;

/** How deep an entity's fields may nest (a card's touchpoint is 2): deeper is not a board's. */
const MAX_DEPTH = 8;

export interface BoardReader {
  /**
   * The doc's board, repaired so it is valid whatever merged into the doc. Entities the last
   * call returned are returned again as the same objects unless they changed, so one remote
   * edit re-renders one card.
   */
  read(): Board;
  /** Checks what changed since the last read or check (`onInvalid` hears of what is invalid) without building the board: the server's guard. */
  check(): void;
  dispose(): void;
}

/**
 * Reads the board out of a Y.Doc, rebuilding only the entities changes touched. An entity that a
 * change made invalid (a text that is a number, a list turned into a string, text over the limit,
 * nesting no board has: a hostile or broken collaborator) is not taken: the last valid state of it
 * stays (or, new, it is left out) and `onInvalid` hears of it, so an invalid board never reaches
 * the screen, and reopening the board later reads it the same way.
 */
export function createBoardReader(doc: Y.Doc, onInvalid?: (collection: Collection | 'meta', id: string) => void): BoardReader {
  const caches = new Map<Collection, Map<string, Cached>>();
  const dirty = new Map<Collection, Set<string>>();
  let metaDirty = true;
  let arrays = {} as Record<Collection, Entity[]>;
  let meta: Record<string, unknown> = {};
  let raw: Board | null = null;
  let repaired: Board | null = null;

  const unobserve = COLLECTION_NAMES.map((name) => {
    const root = collectionOf(doc, name);
    const cache = new Map<string, Cached>();
    caches.set(name, cache);
    const touched = new Set<string>(root.keys()); // everything is new on the first read
    dirty.set(name, touched);
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const event of events) {
        if (event.target === root) for (const key of event.keys.keys()) touched.add(key);
        else touched.add(String(event.path[0]));
      }
    };
    root.observeDeep(observer);
    return () => root.unobserveDeep(observer);
  });
  const metaMap = metaOf(doc);
  const onMeta = () => void (metaDirty = true);
  metaMap.observeDeep(onMeta);
  /** Bulk collections whose batches changed since the last read (all of them before the first). */
  const batchesDirty = new Set<Collection>(COLLECTION_NAMES.filter((name) => COLLECTIONS[name].bulk));
  const unobserveBatches = [...batchesDirty].map((name) => {
    const root = batchesOf(doc, name);
    const observer = () => void batchesDirty.add(name);
    root.observe(observer);
    return () => root.unobserve(observer);
  });
  /** Each bulk collection's valid overrides by id (null: deleted from its batch). */
  const overrides = new Map<Collection, Map<string, Entity | null>>();

  /**
   * A bulk collection: its batches in order, each entity replaced by its override (or left out
   * when deleted), then entities held only as overrides, by id. Batches are parsed once each.
   */
  const readBulk = (name: Collection): Entity[] => {
    const touched = dirty.get(name)!;
    const previous = arrays[name];
    if (!touched.size && !batchesDirty.has(name) && previous) return previous;
    const root = collectionOf(doc, name) as Y.Map<unknown>;
    let own = overrides.get(name);
    if (!own) overrides.set(name, (own = new Map()));
    const fields = fieldsOf(name);
    for (const id of touched) {
      const stored = root.get(id);
      if (stored === undefined) own.delete(id);
      else if (stored === null) own.set(id, null);
      else {
        // Only the schema's fields are taken: one plain value can carry anything a peer put in it.
        const value: Record<string, unknown> = { id };
        if (isObject(stored)) for (const f of fields) if (f !== 'id' && stored[f] !== undefined) value[f] = stored[f];
        const old = own.get(id);
        if (!isObject(stored) || !COLLECTIONS[name].bulk!(value))
          onInvalid?.(name, id); // the last valid state stays, or nothing
        else if (!old || !sameJson(old, value)) own.set(id, value as unknown as Entity);
      }
    }
    touched.clear();
    batchesDirty.delete(name);
    const parsed = readBatches(batchesOf(doc, name), name);
    for (const key of parsed.fresh) if (parsed.batches.get(key)!.invalid) onInvalid?.(name, key);
    const out: Entity[] = [];
    const seen = new Set<string>();
    for (const key of batchOrder(parsed))
      for (const e of parsed.batches.get(key)!.entities) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        const override = own.get(e.id);
        if (override !== null) out.push(override ?? e);
      }
    const loose = [...own.values()].filter((e): e is Entity => !!e && !seen.has(e.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
    out.push(...loose);
    return previous && previous.length === out.length && out.every((e, i) => e === previous[i]) ? previous : out;
  };

  const readCollection = (name: Collection): Entity[] => {
    if (COLLECTIONS[name].bulk) return readBulk(name);
    const touched = dirty.get(name)!;
    const previous = arrays[name];
    if (!touched.size && previous) return previous;
    const root = collectionOf(doc, name);
    const cache = caches.get(name)!;
    let moved = !previous;
    const changed = new Set<string>();
    for (const id of touched) {
      const map = root.get(id);
      const old = cache.get(id);
      if (map !== undefined && !(map instanceof Y.Map)) {
        onInvalid?.(name, id); // an entity that is not one: its last valid state stays, as below
        continue;
      }
      if (!map) {
        if (old) {
          cache.delete(id);
          moved = true;
        }
        continue;
      }
      const decoded = decodeEntity(map);
      const value = decoded && validEntity(COLLECTIONS[name].schema, decoded.value, old?.value as Fields | undefined, () => onInvalid?.(name, id));
      if (!decoded || !value) {
        if (!decoded) onInvalid?.(name, id);
        continue; // the last valid state stays in the cache, or nothing
      }
      const { pos } = decoded;
      if (!old || old.pos !== pos) moved = true;
      const same = old && sameJson(old.value, value);
      cache.set(id, { pos, value: same ? old.value : (value as Entity) });
      if (!same) changed.add(id);
    }
    touched.clear();
    if (moved)
      return [...cache.entries()]
        .sort(([a, x], [b, y]) => (x.pos < y.pos ? -1 : x.pos > y.pos ? 1 : a < b ? -1 : a > b ? 1 : 0))
        .map(([, c]) => c.value);
    if (!changed.size) return previous!;
    return previous!.map((e) => (changed.has(e.id) ? cache.get(e.id)!.value : e));
  };

  /** Reads what changes touched, each entity checked (and `onInvalid` told); true when anything read differs. */
  const refresh = (): boolean => {
    const next = {} as Record<Collection, Entity[]>;
    let changed = !raw;
    for (const name of COLLECTION_NAMES) {
      next[name] = readCollection(name);
      if (next[name] !== arrays[name]) changed = true;
    }
    arrays = next;
    if (metaDirty) {
      // Meta that a change broke keeps its last good state: settings nested without bound are
      // ignored, a title that is not text stays what it was.
      const decoded = decodeMap(metaMap, MAX_DEPTH);
      if (!decoded) onInvalid?.('meta', '');
      const fresh = repairMeta(decoded ?? meta, meta, (field) => onInvalid?.('meta', field));
      if (!sameJson(fresh, meta)) {
        meta = fresh;
        changed = true;
      }
      metaDirty = false;
    }
    return changed;
  };

  return {
    read() {
      const changed = refresh();
      if (!changed && repaired) return repaired;
      const collections: Partial<Record<Collection, Entity[]>> = { ...arrays };
      for (const name of OPTIONAL_COLLECTIONS) if (!collections[name]!.length) delete collections[name];
      raw = { ...meta, ...collections } as unknown as Board;
      repaired = repairMerge(raw, repaired);
      return repaired;
    },
    check: () => void refresh(),
    dispose() {
      unobserve.forEach((stop) => stop());
      unobserveBatches.forEach((stop) => stop());
      metaMap.unobserveDeep(onMeta);
    },
  };
}

/**
 * An entity as its schema accepts it, repaired field by field: a field a change broke takes its
 * last valid value (or, optional, is left out), so one bad field does not hide a whole card and
 * what was typed in its other fields. `invalid` hears of any repair; null when no repair helps
 * (a required field broken on an entity never valid before).
 */
function validEntity(schema: ZodType, value: Fields, last: Fields | undefined, invalid: () => void): Entity | null {
  const first = schema.safeParse(value);
  if (first.success) return value as Entity;
  invalid();
  const fixed = { ...value };
  for (const field of new Set(first.error.issues.map((issue) => String(issue.path[0] ?? '')))) {
    if (last && field in last) fixed[field] = last[field];
    else delete fixed[field];
  }
  return schema.safeParse(fixed).success ? (fixed as Entity) : null;
}

/** The meta fields a board has, each checked against its part of the board's schema. */
const META_FIELDS = Object.fromEntries(
  // format and version are judged whole, by migration and the newer-version check, not repaired
  Object.entries(boardSchema.shape).filter(
    ([key]) => !(COLLECTION_NAMES as readonly string[]).includes(key) && key !== 'format' && key !== 'version',
  ),
) as Record<string, ZodType>;

/**
 * Meta with every known field valid: a broken one keeps its last valid value, else is left out
 * (the board's own check then says what is missing). Unknown fields pass as they are.
 */
function repairMeta(fresh: Fields, last: Fields, invalid: (field: string) => void): Fields {
  const out = { ...fresh };
  for (const [field, schema] of Object.entries(META_FIELDS)) {
    if (!(field in out) || schema.safeParse(out[field]).success) continue;
    invalid(field);
    if (field in last) out[field] = last[field];
    else if (field === 'title') out.title = '';
    else delete out[field];
  }
  return out;
}

/**
 * A board as a document made from it reads back: each cell's cards numbered 0…n−1 (by order, then
 * id). What a conversion is checked against.
 */
export const asDocumentReads = (board: Board): Board => ({ ...board, cards: renumberCells(board.cards) });

/** The board a doc holds, read once (listing, export, tests). */
export function readDoc(doc: Y.Doc): Board {
  const reader = createBoardReader(doc);
  try {
    return reader.read();
  } finally {
    reader.dispose();
  }
}

/** True when the doc holds a board at all (a new or never-converted record holds none). */
export const hasBoard = (doc: Y.Doc) => metaOf(doc).has('format');

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Y.AbstractType);

function decodeEntity(map: Y.Map<unknown>): { pos: string; value: Record<string, unknown> } | null {
  const value = decodeMap(map, MAX_DEPTH);
  if (!value) return null;
  const pos = typeof value[POSITION] === 'string' ? (value[POSITION] as string) : '';
  delete value[POSITION];
  return { pos, value };
}

/** A Y.Map as plain values, or null when it nests deeper than `depth` (never recursing without bound). */
function decodeMap(map: Y.Map<unknown>, depth = Infinity): Record<string, unknown> | null {
  if (depth < 0) return null;
  const out: Record<string, unknown> = {};
  let ok = true;
  map.forEach((value, key) => {
    if (!ok) return;
    if (value instanceof Y.Map) {
      const inner = decodeMap(value, depth - 1);
      if (inner) out[key] = inner;
      else ok = false;
    } else out[key] = value instanceof Y.Text ? value.toString() : value;
  });
  return ok ? out : null;
}
