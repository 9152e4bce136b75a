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

/** A version's content put into the open board: same id and history fields, everything else as it was. */
export function restoredContent(current: Board, version: Board): Board {
  return { ...version, id: current.id, createdAt: current.createdAt, updatedAt: current.updatedAt, revision: current.revision };
}
