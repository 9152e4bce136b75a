import * as Y from 'yjs';
import { COLLECTION_NAMES, COLLECTIONS, type Board } from '../model';
import { collectionOf, metaOf, POSITION, TEXT_FIELDS, type Collection, type Entity } from './shape';
import { addBatch, batchesOf, batchIndex, readBatches } from './bulk';
import { positionsFor } from './positions';
import { sameJson } from './sameJson';

type Fields = Record<string, unknown>;

/**
 * Writes what changed from `prev` to `next` into the doc (call inside one `doc.transact`):
 * entities whose object is unchanged are skipped, changed ones are compared field by field
 * against the doc, so only real differences become Yjs operations. With `prev` null the whole
 * board is written (a new document).
 */
export function writeBoard(doc: Y.Doc, prev: Board | null, next: Board): void {
  writeMeta(metaOf(doc), prev, next);
  for (const name of COLLECTION_NAMES) {
    if (prev && prev[name] === next[name]) continue;
    writeCollection(doc, name, prev?.[name] ?? [], next[name] ?? []);
  }
}

function writeMeta(meta: Y.Map<unknown>, prev: Board | null, next: Board) {
  const fields = next as unknown as Fields;
  for (const key of Object.keys(fields)) {
    if ((COLLECTION_NAMES as readonly string[]).includes(key)) continue;
    if (prev && (prev as unknown as Fields)[key] === fields[key]) continue;
    writeField(meta, key, fields[key], false);
  }
  if (prev) for (const key of Object.keys(prev)) if (!(key in fields)) meta.delete(key);
}

function writeCollection(doc: Y.Doc, name: Collection, prev: readonly Entity[], next: readonly Entity[]) {
  if (COLLECTIONS[name].bulk) return writeBulk(doc, name, prev, next);
  const root = collectionOf(doc, name);
  const before = new Map(prev.map((e) => [e.id, e]));
  const text = TEXT_FIELDS[name];
  for (const entity of next) {
    if (before.get(entity.id) === entity) continue;
    let map = root.get(entity.id);
    if (!(map instanceof Y.Map)) {
      map = new Y.Map();
      root.set(entity.id, map);
    }
    writeFields(map, entity as unknown as Fields, text);
  }
  const present = new Set(next.map((e) => e.id));
  for (const e of prev) if (!present.has(e.id)) root.delete(e.id);
  if (sameSequence(prev, next)) return;
  const position = (id: string) => {
    const p = root.get(id)?.get(POSITION);
    return typeof p === 'string' ? p : undefined;
  };
  for (const [id, pos] of positionsFor(
    next.map((e) => e.id),
    position,
  ))
    root.get(id)!.set(POSITION, pos);
}

/**
 * A bulk collection (see bulk.ts): the entities new to the document go into one new batch; an
 * edited one is set whole as an override, a deleted one held in a batch is overridden by null
 * (else its override removed); a batch none of whose entities is left is removed with its nulls.
 */
function writeBulk(doc: Y.Doc, name: Collection, prev: readonly Entity[], next: readonly Entity[]) {
  const overrides = collectionOf(doc, name) as Y.Map<unknown>;
  const batches = batchesOf(doc, name);
  const parsed = readBatches(batches, name);
  const before = new Map(prev.map((e) => [e.id, e]));
  const added: Entity[] = [];
  for (const entity of next) {
    const old = before.get(entity.id);
    if (old === entity) continue;
    if (!old && !overrides.has(entity.id) && !batchIndex(parsed).has(entity.id)) {
      added.push(entity);
      continue;
    }
    const { id, ...fields } = entity as unknown as Fields;
    if (!sameValue(overrides.get(id as string), fields)) overrides.set(id as string, fields);
  }
  const emptied = new Set<string>();
  if (prev.length) {
    const present = new Set(next.map((e) => e.id));
    for (const e of prev) {
      if (present.has(e.id)) continue;
      const batch = batchIndex(parsed).get(e.id);
      if (batch === undefined) overrides.delete(e.id);
      else {
        overrides.set(e.id, null);
        emptied.add(batch);
      }
    }
  }
  for (const key of emptied) {
    const ids = parsed.batches.get(key)!.entities.map((e) => e.id);
    if (ids.some((id) => overrides.get(id) !== null)) continue;
    batches.delete(key);
    for (const id of ids) overrides.delete(id);
  }
  if (added.length) addBatch(batches, parsed, name, added);
}

const sameSequence = (a: readonly Entity[], b: readonly Entity[]) => a.length === b.length && a.every((e, i) => e.id === b[i]!.id);

function writeFields(map: Y.Map<unknown>, fields: Fields, text?: ReadonlySet<string>) {
  for (const [key, value] of Object.entries(fields)) writeField(map, key, value, !!text?.has(key));
  for (const key of [...map.keys()]) if (key !== POSITION && fields[key] === undefined) map.delete(key);
}

function writeField(map: Y.Map<unknown>, key: string, value: unknown, asText: boolean) {
  const current = map.get(key);
  if (value === undefined) {
    if (current !== undefined) map.delete(key);
  } else if (asText && typeof value === 'string') {
    if (current instanceof Y.Text) editText(current, value);
    else map.set(key, new Y.Text(value));
  } else if (isPlainObject(value)) {
    if (current instanceof Y.Map) writeFields(current, value);
    else {
      const nested = new Y.Map<unknown>();
      map.set(key, nested);
      writeFields(nested, value);
    }
  } else if (!sameValue(current, value)) map.set(key, value);
}

/** Replaces the text by deleting and inserting only the part that differs, so concurrent typing elsewhere in it survives. */
function editText(text: Y.Text, value: string) {
  const old = text.toString();
  if (old === value) return;
  let start = 0;
  while (start < old.length && start < value.length && old[start] === value[start]) start++;
  let end = 0;
  while (end < old.length - start && end < value.length - start && old[old.length - 1 - end] === value[value.length - 1 - end]) end++;
  // Never split a surrogate pair (an emoji, a rare CJK character) between kept and replaced text.
  if (start > 0 && isHighSurrogate(old.charCodeAt(start - 1))) start--;
  if (end > 0 && isHighSurrogate(old.charCodeAt(old.length - 1 - end))) end--;
  if (old.length - start - end > 0) text.delete(start, old.length - start - end);
  if (value.length - start - end > 0) text.insert(start, value.slice(start, value.length - end));
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

const isPlainObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field's stored value is the one to write (never true of a Yjs type, rewritten as a whole). */
const sameValue = (a: unknown, b: unknown) => !(a instanceof Y.AbstractType) && sameJson(a, b);

/** A new Y.Doc holding `board` (import, migration of a stored JSON board, tests). */
export function docFromBoard(board: Board): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => writeBoard(doc, null, board));
  return doc;
}
