import type { Board } from '../board';
import type { Collection, Entity } from '../collections';

/** Replace the item with `id` in a collection; returns the same board when nothing changed. */
export function updateIn<K extends Collection>(board: Board, key: K, id: string, patch: (item: Entity<K>) => Entity<K>): Board {
  const list = (board[key] ?? []) as Entity<K>[];
  const index = list.findIndex((x) => x.id === id);
  if (index < 0) return board;
  const next = patch(list[index]!);
  if (next === list[index]) return board;
  const copy = list.slice();
  copy[index] = next;
  return { ...board, [key]: copy };
}

/** Move an element to `toIndex` (clamped) in a copy of the array. */
export function moveItem<T>(list: readonly T[], from: number, toIndex: number): T[] {
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  const to = Math.max(0, Math.min(copy.length, toIndex));
  copy.splice(to, 0, item as T);
  return copy;
}

/** Insert at `index` (clamped; undefined means the end). */
export function insertAt<T>(list: readonly T[], item: T, index?: number): T[] {
  const copy = list.slice();
  const at = index === undefined ? copy.length : Math.max(0, Math.min(copy.length, index));
  copy.splice(at, 0, item);
  return copy;
}

/** Drop optional keys set to undefined so documents stay minimal and comparable. */
export function withoutUndefined<T extends object>(obj: T): T {
  const out = { ...obj };
  for (const k of Object.keys(out) as (keyof T)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** Trim and cap a user-entered name. */
export function cleanName(name: string, max = 500): string {
  return name.replace(/[\r\n]+/g, ' ').slice(0, max);
}

/** Same keys with the same values (one level deep). */
export function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a),
    kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}
