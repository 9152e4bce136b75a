import type { Board } from './board';

/** What changed between two versions of a board, counted. */
export interface VersionDiff {
  cardsAdded: number;
  cardsRemoved: number;
  /** Cards in both whose content (text, markers, fields, cell or order) differs. */
  cardsEdited: number;
  lanesAdded: number;
  lanesRemoved: number;
  stepsAdded: number;
  stepsRemoved: number;
}

const sameContent = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function added<T extends { id: string }>(from: readonly T[], to: readonly T[]) {
  const before = new Set(from.map((x) => x.id));
  return to.filter((x) => !before.has(x.id)).length;
}

/** The change from `older` to `newer`, by id: what a restore of `older` would undo. */
export function versionDiff(older: Pick<Board, 'cards' | 'lanes' | 'steps'>, newer: Pick<Board, 'cards' | 'lanes' | 'steps'>): VersionDiff {
  const olderCards = new Map(older.cards.map((c) => [c.id, c]));
  let cardsEdited = 0;
  for (const c of newer.cards) {
    const was = olderCards.get(c.id);
    if (was && !sameContent(was, c)) cardsEdited++;
  }
  return {
    cardsAdded: added(older.cards, newer.cards),
    cardsRemoved: added(newer.cards, older.cards),
    cardsEdited,
    lanesAdded: added(older.lanes, newer.lanes),
    lanesRemoved: added(newer.lanes, older.lanes),
    stepsAdded: added(older.steps, newer.steps),
    stepsRemoved: added(newer.steps, older.steps),
  };
}

/** Which cards, steps and lanes changed from `older` to `newer`, named (their text then and now), in board order. */
export interface VersionChanges {
  cardsAdded: string[];
  cardsRemoved: string[];
  /** Cards whose content differs: the text before and after (equal when only other fields changed). */
  cardsEdited: { before: string; after: string }[];
  stepsRenamed: { before: string; after: string }[];
  lanesRenamed: { before: string; after: string }[];
}

export function versionChanges(older: Pick<Board, 'cards' | 'lanes' | 'steps'>, newer: Pick<Board, 'cards' | 'lanes' | 'steps'>): VersionChanges {
  const was = new Map(older.cards.map((c) => [c.id, c]));
  const now = new Set(newer.cards.map((c) => c.id));
  const renamed = <T extends { id: string; name: string }>(a: readonly T[], b: readonly T[]) => {
    const names = new Map(a.map((x) => [x.id, x.name]));
    return b.filter((x) => names.has(x.id) && names.get(x.id) !== x.name).map((x) => ({ before: names.get(x.id)!, after: x.name }));
  };
  return {
    cardsAdded: newer.cards.filter((c) => !was.has(c.id)).map((c) => c.text),
    cardsRemoved: older.cards.filter((c) => !now.has(c.id)).map((c) => c.text),
    cardsEdited: newer.cards
      .filter((c) => was.has(c.id) && !sameContent(was.get(c.id), c))
      .map((c) => ({ before: was.get(c.id)!.text, after: c.text })),
    stepsRenamed: renamed(older.steps, newer.steps),
    lanesRenamed: renamed(older.lanes, newer.lanes),
  };
}

/** A version's content put into the open board: same id and history fields, everything else as it was. */
export function boardAtVersion(current: Board, version: Board): Board {
  return { ...version, id: current.id, createdAt: current.createdAt, updatedAt: current.updatedAt, revision: current.revision };
}
