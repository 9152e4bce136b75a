import * as Y from 'yjs';
import type { Board } from '../model';
import { collectionOf, COLLECTIONS, metaOf, OPTIONAL_COLLECTIONS, POSITION, type Collection, type Entity } from './shape';
import { repairBoard } from './repair';
import { sameJson } from './sameJson';

type Cached = { pos: string; value: Entity };

export interface BoardReader {
  /**
   * The doc's board, repaired so it is valid whatever merged into the doc. Entities the last
   * call returned are returned again as the same objects unless they changed, so one remote
   * edit re-renders one card.
   */
  read(): Board;
  dispose(): void;
}

/** Reads the board out of a Y.Doc, rebuilding only the entities changes touched. */
export function createBoardReader(doc: Y.Doc): BoardReader {
  const caches = new Map<Collection, Map<string, Cached>>();
  const dirty = new Map<Collection, Set<string>>();
  let metaDirty = true;
  let arrays = {} as Record<Collection, Entity[]>;
  let meta: Record<string, unknown> = {};
  let raw: Board | null = null;
  let repaired: Board | null = null;

  const unobserve = COLLECTIONS.map((name) => {
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

  const readCollection = (name: Collection): Entity[] => {
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
      if (!(map instanceof Y.Map)) {
        if (old) {
          cache.delete(id);
          moved = true;
        }
        continue;
      }
      const { pos, value } = decodeEntity(map);
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

  return {
    read() {
      const next = {} as Record<Collection, Entity[]>;
      let same = !!raw;
      for (const name of COLLECTIONS) {
        next[name] = readCollection(name);
        if (next[name] !== arrays[name]) same = false;
      }
      arrays = next;
      if (metaDirty) {
        const fresh = decodeMap(metaMap);
        if (!sameJson(fresh, meta)) {
          meta = fresh;
          same = false;
        }
        metaDirty = false;
      }
      if (same && repaired) return repaired;
      const collections: Partial<Record<Collection, Entity[]>> = { ...arrays };
      for (const name of OPTIONAL_COLLECTIONS) if (!collections[name]!.length) delete collections[name];
      raw = { ...meta, ...collections } as unknown as Board;
      repaired = repairBoard(raw, repaired);
      return repaired;
    },
    dispose() {
      unobserve.forEach((stop) => stop());
      metaMap.unobserveDeep(onMeta);
    },
  };
}

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

function decodeEntity(map: Y.Map<unknown>): { pos: string; value: Record<string, unknown> } {
  const value = decodeMap(map);
  const pos = typeof value[POSITION] === 'string' ? (value[POSITION] as string) : '';
  delete value[POSITION];
  return { pos, value };
}

function decodeMap(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.forEach((value, key) => {
    out[key] = value instanceof Y.Text ? value.toString() : value instanceof Y.Map ? decodeMap(value) : value;
  });
  return out;
}
