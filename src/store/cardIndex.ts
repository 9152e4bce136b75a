import { openThreadCounts, type Board, type Card } from '../model';

const indexes = new WeakMap<Board['cards'], Map<string, Card>>();

/** Cards by id, built once per cards array (boards are immutable), for O(1) per-card selectors. */
export function cardIndex(board: Board | null): Map<string, Card> {
  if (!board) return EMPTY;
  let index = indexes.get(board.cards);
  if (!index) {
    index = new Map(board.cards.map((c) => [c.id, c]));
    indexes.set(board.cards, index);
  }
  return index;
}

const EMPTY = new Map<string, Card>();

const threadCounts = new WeakMap<NonNullable<Board['comments']>, Map<string, number>>();

/** Open comment threads per card, counted once per comments array. */
export function openThreads(board: Board | null): Map<string, number> {
  const comments = board?.comments;
  if (!comments) return EMPTY_COUNTS;
  let counts = threadCounts.get(comments);
  if (!counts) threadCounts.set(comments, (counts = openThreadCounts(comments)));
  return counts;
}

const EMPTY_COUNTS = new Map<string, number>();
