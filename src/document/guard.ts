import * as Y from 'yjs';
import type { RefusalKey } from '../protocol/refusals';
import { BOARD_FORMAT, BOARD_VERSION, type Collection } from '../model';
import { createBoardReader, hasBoard } from './readBoard';
import { metaOf, ROOT_NAMES } from './shape';

const ROOTS: ReadonlySet<string> = new Set(ROOT_NAMES);

/** Why an update was refused (the words the server sends are in `REFUSALS`). */
export type Refusal = Extract<RefusalKey, 'changeUnreadable' | 'incomplete' | 'invalid' | 'newer' | 'commentOnly'>;

export interface DocGuard {
  /**
   * Tries an incoming update on a scratch copy of the document and says whether the real one may
   * take it: null when it may, else why not (the scratch copy is then rebuilt from `source`, so
   * the refused update leaves no trace). An accepted update is in the copy already. With `only`,
   * the update may add or delete nothing outside that collection (a comment link's changes).
   */
  admit(update: Uint8Array, only?: Collection): Refusal | null;
  /** Brings an update the real document took by another path (another server process) into the copy. */
  follow(update: Uint8Array): void;
  /** Drops what the copy took since the real document last changed (an update refused for another reason). */
  reset(): void;
  /** How many Yjs items the document holds: what it costs in memory, which bytes alone do not say. */
  entries(): number;
  dispose(): void;
}

/**
 * The server's check of a shared board. Every update is tried on a copy that follows the real
 * document; the copy is read the way every client reads it (each touched entity against its
 * schema, nesting bounded) and the update is refused when an entity it touched is invalid, when
 * it claims a newer format, when it adds a root type no board has, or when it depends on changes that never arrived (Yjs would hold it
 * pending, invisible, and it would be acknowledged as synced). The copy costs one more replica
 * of the document in memory; the reading costs only the entities an update touched.
 */
export function createDocGuard(source: () => Uint8Array): DocGuard {
  let copy: Y.Doc;
  let reader: ReturnType<typeof createBoardReader>;
  let invalid = false;
  const rebuild = () => {
    reader?.dispose();
    copy?.destroy();
    copy = new Y.Doc();
    Y.applyUpdate(copy, source());
    reader = createBoardReader(copy, () => void (invalid = true));
    if (hasBoard(copy)) reader.check();
    invalid = false; // what is already stored was accepted before; only new changes are judged
  };
  rebuild();

  const judge = (update: Uint8Array, only?: Collection): Refusal | null => {
    let took: Y.Transaction | null = null;
    const keep = (tr: Y.Transaction) => void (took = tr);
    copy.on('afterTransaction', keep);
    try {
      Y.applyUpdate(copy, update);
    } catch {
      return 'changeUnreadable';
    } finally {
      copy.off('afterTransaction', keep);
    }
    if (copy.store.pendingStructs || copy.store.pendingDs) return 'incomplete';
    if (only && took && touchesOutside(copy, took, only)) return 'commentOnly';
    for (const name of copy.share.keys()) if (!ROOTS.has(name)) return 'invalid';
    if (!hasBoard(copy)) return null; // a room stays empty until the first board arrives
    const meta = metaOf(copy);
    if (meta.get('format') !== BOARD_FORMAT) return 'invalid';
    const version = meta.get('version');
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return 'invalid';
    if (version > BOARD_VERSION) return 'newer';
    invalid = false;
    reader.check();
    return invalid ? 'invalid' : null;
  };

  return {
    admit(update, only) {
      const refusal = judge(update, only);
      if (refusal) rebuild();
      return refusal;
    },
    follow(update) {
      try {
        Y.applyUpdate(copy, update);
        if (hasBoard(copy)) reader.check(); // judged where it was accepted; read so it is not judged again here
      } catch {
        rebuild();
      }
    },
    reset: () => rebuild(),
    entries() {
      let n = 0;
      copy.store.clients.forEach((structs) => (n += structs.length));
      return n;
    },
    dispose() {
      reader.dispose();
      copy.destroy();
    },
  };
}

/** The name of the root type a type lives under. */
function rootName(type: Y.AbstractType<unknown>): string {
  let t = type;
  while (t._item) t = t._item.parent as Y.AbstractType<unknown>;
  return Y.findRootTypeKey(t);
}

/**
 * Whether a transaction added or deleted anything outside the root `only`: every struct it
 * added (each client's structs past the state before it) and every one it deleted is looked at
 * by its root, not only the types Yjs reports as changed (which leave out content added inside a
 * deleted or new type). Structs without content (garbage-collected ranges) change nothing.
 */
function touchesOutside(doc: Y.Doc, tr: Y.Transaction, only: string): boolean {
  const outside = (s: Y.Item | Y.GC) => s instanceof Y.Item && s.parent instanceof Y.AbstractType && rootName(s.parent) !== only;
  for (const [client, after] of tr.afterState) {
    const before = tr.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = doc.store.clients.get(client) ?? [];
    for (let i = structs.length - 1; i >= 0 && structs[i]!.id.clock >= before; i--) if (outside(structs[i] as Y.Item | Y.GC)) return true;
  }
  let found = false;
  Y.iterateDeletedStructs(tr, tr.deleteSet, (s) => void (found ||= outside(s as Y.Item | Y.GC)));
  return found;
}
