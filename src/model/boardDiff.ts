import type { Board } from './board';

/** What a scenario is made of: the parts compared between two scenarios, by id. */
export const DIFF_PARTS = ['stages', 'steps', 'lanes', 'personas', 'cards', 'connectors', 'emotions'] as const;
export type DiffPart = (typeof DIFF_PARTS)[number];
type Entity = { id: string } & Record<string, unknown>;
export type BoardContent = Pick<Board, DiffPart>;

/** Parts whose list order is what the user sees (stages, steps and lanes left to right and top to bottom). */
const ORDERED: ReadonlySet<DiffPart> = new Set(['stages', 'steps', 'lanes', 'personas']);
/** Card fields that say where it is: a change of cell is a move. */
const PLACE = ['laneId', 'stepId'];

/**
 * One difference between two scenarios. `moved`: a card in another cell, or a stage, step, lane
 * or persona in another place in its list (then `prev` is the id it now follows, null for first).
 * `reordered`: a card only shifted within its cell (its neighbours came or went). `fields` are
 * the entity's fields that differ; `before` and `after` the entity in each scenario.
 */
export type Change =
  | { part: DiffPart; kind: 'added'; id: string; after: Entity; prev?: string | null }
  | { part: DiffPart; kind: 'removed'; id: string; before: Entity }
  | { part: DiffPart; kind: 'changed' | 'moved' | 'reordered'; id: string; before: Entity; after: Entity; fields: string[]; prev?: string | null };

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function changedFields(a: Entity, b: Entity): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !same(a[k], b[k]));
}

/** Ids of `a` that keep their relative order in `b` (a longest common subsequence). */
function keptInOrder(a: readonly string[], b: readonly string[]): Set<string> {
  // Patience sorting over b's positions of a's ids: O(n log n), fine for thousands of steps.
  const at = new Map(b.map((id, i) => [id, i]));
  const seq = a.filter((id) => at.has(id));
  const tails: number[] = [];
  const tailIdx: number[] = [];
  const parent = new Array<number>(seq.length).fill(-1);
  seq.forEach((id, i) => {
    const v = at.get(id)!;
    let lo = 0,
      hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
    tailIdx[lo] = i;
    parent[i] = lo > 0 ? tailIdx[lo - 1]! : -1;
  });
  const kept = new Set<string>();
  for (let i = tails.length ? tailIdx[tails.length - 1]! : -1; i >= 0; i = parent[i]!) kept.add(seq[i]!);
  return kept;
}

/**
 * Every difference from scenario `a` to scenario `b`, matched by id: in `b`'s order for what `b`
 * has, then what only `a` had. Applying them to `a` (`applyDiff`) gives `b`'s content.
 */
export function boardDiff(a: BoardContent, b: BoardContent): Change[] {
  const out: Change[] = [];
  for (const part of DIFF_PARTS) {
    const before = a[part] as unknown as readonly Entity[];
    const after = b[part] as unknown as readonly Entity[];
    const was = new Map(before.map((e) => [e.id, e]));
    const now = new Set(after.map((e) => e.id));
    const ordered = ORDERED.has(part);
    const kept = ordered
      ? keptInOrder(
          before.map((e) => e.id),
          after.map((e) => e.id),
        )
      : null;
    after.forEach((e, i) => {
      const prev = ordered ? (i > 0 ? after[i - 1]!.id : null) : undefined;
      const old = was.get(e.id);
      if (!old) return out.push({ part, kind: 'added', id: e.id, after: e, ...(ordered && { prev }) });
      const fields = old === e ? [] : changedFields(old, e);
      const movedInList = kept ? !kept.has(e.id) : false;
      const movedCell = part === 'cards' && fields.some((f) => PLACE.includes(f));
      if (movedInList || movedCell) return out.push({ part, kind: 'moved', id: e.id, before: old, after: e, fields, ...(ordered && { prev }) });
      if (!fields.length) return;
      const kind = part === 'cards' && fields.length === 1 && fields[0] === 'order' ? 'reordered' : 'changed';
      out.push({ part, kind, id: e.id, before: old, after: e, fields });
    });
    for (const e of before) if (!now.has(e.id)) out.push({ part, kind: 'removed', id: e.id, before: e });
  }
  return out;
}

/** `a` with `changes` made: with the changes `boardDiff(a, b)` gives, `b`'s content (lists in `b`'s order). */
export function applyDiff<T extends BoardContent>(a: T, changes: readonly Change[]): T {
  const out = { ...a };
  for (const part of DIFF_PARTS) {
    const mine = changes.filter((c) => c.part === part);
    if (!mine.length) continue;
    const gone = new Set(mine.filter((c) => c.kind === 'removed' || (c.kind === 'moved' && c.prev !== undefined)).map((c) => c.id));
    const replaced = new Map(mine.flatMap((c) => (c.kind === 'removed' || c.kind === 'added' ? [] : [[c.id, c.after] as const])));
    let list = (a[part] as unknown as Entity[]).filter((e) => !gone.has(e.id)).map((e) => replaced.get(e.id) ?? e);
    // In b's order: each one placed after the entity it follows in b, which is in place by then.
    for (const c of mine) {
      if (c.kind === 'removed') continue;
      if (c.kind === 'added' && c.prev === undefined) list.push(c.after);
      else if (c.prev !== undefined && (c.kind === 'added' || c.kind === 'moved')) {
        const at = c.prev === null ? 0 : list.findIndex((e) => e.id === c.prev) + 1;
        list = list.toSpliced(at, 0, c.after);
      }
    }
    (out as Record<DiffPart, unknown>)[part] = list;
  }
  return out;
}

export type MarkKind = 'added' | 'removed' | 'moved' | 'changed';
/** What to mark on one side of a comparison: cards, steps, lanes and stages by id. */
export interface DiffMarks {
  cards: Map<string, MarkKind>;
  steps: Map<string, MarkKind>;
  lanes: Map<string, MarkKind>;
  stages: Map<string, MarkKind>;
}

/**
 * The marks of scenario `a` (`side` 'a': what was removed, moved or changed) or of `b` (what was
 * added, moved or changed). A card that only shifted in its cell is not marked.
 */
export function diffMarks(changes: readonly Change[], side: 'a' | 'b'): DiffMarks {
  const marks: DiffMarks = { cards: new Map(), steps: new Map(), lanes: new Map(), stages: new Map() };
  for (const c of changes) {
    if (c.kind === 'reordered' || (c.part !== 'cards' && c.part !== 'steps' && c.part !== 'lanes' && c.part !== 'stages')) continue;
    if ((c.kind === 'added' && side === 'a') || (c.kind === 'removed' && side === 'b')) continue;
    marks[c.part].set(c.id, c.kind);
  }
  return marks;
}
