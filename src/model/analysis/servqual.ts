import type { Board } from '../board';
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '../card';
import { boardIndex } from './boardIndex';

export interface DimensionRow {
  dimension: ServqualDimension;
  cards: number;
  touchpoints: number;
  /** Touchpoints with a performance rating. */
  rated: number;
  meanPerformance: number | null;
}

export interface Servqual {
  rows: DimensionRow[];
  /** The dimension with the lowest mean touchpoint performance (first of equals), if any is rated. */
  weakest: ServqualDimension | null;
  /** Touchpoints with no dimension, in board order. */
  unassigned: string[];
}

/** SERVQUAL: how the board's cards and touchpoints spread over the five dimensions of quality. */
export function servqual(board: Board): Servqual {
  const rows = SERVQUAL_DIMENSIONS.map((dimension) => {
    const cards = board.cards.filter((c) => c.servqual === dimension);
    const touchpoints = cards.filter((c) => c.touchpoint);
    const ratings = touchpoints.flatMap((c) => (c.touchpoint!.performance === undefined ? [] : [c.touchpoint!.performance]));
    return {
      dimension,
      cards: cards.length,
      touchpoints: touchpoints.length,
      rated: ratings.length,
      meanPerformance: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null,
    };
  });
  let weakest: DimensionRow | null = null;
  for (const r of rows) if (r.meanPerformance !== null && (weakest === null || r.meanPerformance < weakest.meanPerformance!)) weakest = r;
  const unassigned = boardIndex(board)
    .cardsInOrder.filter((c) => c.touchpoint && !c.servqual)
    .map((c) => c.id);
  return { rows, weakest: weakest?.dimension ?? null, unassigned };
}
