import type { Board, Card } from '../model';

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
