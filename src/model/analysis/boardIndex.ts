import type { Board } from '../board';
import type { Card } from '../card';
import { lineBoundaries } from '../layout';
import { byCellOrder } from '../navigation';
import type { LaneKind } from '../lane';

/** Lanes the customer sees when a board draws no line of visibility. */
const VISIBLE_KINDS: ReadonlySet<LaneKind> = new Set(['evidence', 'customer', 'frontstage']);

/**
 * Lookups every analysis needs, built once per board: where each step, lane and card sits,
 * and which lanes lie above the line of visibility.
 */
export interface BoardIndex {
  board: Board;
  stepRank: Map<string, number>;
  laneRank: Map<string, number>;
  stageOf: Map<string, string>;
  cardById: Map<string, Card>;
  /** Cards in board order: by step, then lane, then position in the cell. */
  cardsInOrder: Card[];
  /** The lane is above the line of visibility: what happens there, the customer sees. */
  visible(laneId: string): boolean;
}

const indexes = new WeakMap<Board, BoardIndex>();

export function boardIndex(board: Board): BoardIndex {
  let known = indexes.get(board);
  if (!known) indexes.set(board, (known = buildIndex(board)));
  return known;
}

function buildIndex(board: Board): BoardIndex {
  const stepRank = new Map(board.steps.map((s, i) => [s.id, i]));
  const laneRank = new Map(board.lanes.map((l, i) => [l.id, i]));
  const cardsInOrder = [...board.cards].sort(byCellOrder(board));
  const visibility = lineBoundaries(board.lanes).find((l) => l.kind === 'visibility');
  const kindOf = new Map(board.lanes.map((l) => [l.id, l.kind]));
  return {
    board,
    stepRank,
    laneRank,
    stageOf: new Map(board.steps.map((s) => [s.id, s.stageId])),
    cardById: new Map(board.cards.map((c) => [c.id, c])),
    cardsInOrder,
    visible: visibility ? (laneId) => (laneRank.get(laneId) ?? Infinity) <= visibility.after : (laneId) => VISIBLE_KINDS.has(kindOf.get(laneId)!),
  };
}

/** Compares cards in board order (see `cardsInOrder`). */
export function byBoardOrder(ix: BoardIndex) {
  const rank = new Map(ix.cardsInOrder.map((c, i) => [c.id, i]));
  return (a: string, b: string) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
}

/** A text that says something once trimmed. */
export const filled = (s: string | undefined): boolean => !!s && s.trim() !== '';
