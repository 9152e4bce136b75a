import type { Board } from '../board';
import type { Channel } from '../card';
import { boardIndex } from './boardIndex';

/** Martilla & James's importance–performance quadrants. */
export const QUADRANTS = ['concentrate', 'keep-up', 'low-priority', 'overkill'] as const;
export type Quadrant = (typeof QUADRANTS)[number];
export type QuadrantSplit = 'midpoint' | 'means';

/** The middle of the 1–5 rating scale. */
export const SCALE_MIDPOINT = 3;

export interface PriorityRow {
  cardId: string;
  channel: Channel;
  importance?: number;
  performance?: number;
  /** importance − performance; null while a rating is missing. */
  gap: number | null;
  quadrant: Quadrant | null;
  stepId: string;
  laneId: string;
}

export interface Priorities {
  /** Rated touchpoints by gap, largest first; then unrated ones, in board order. */
  rows: PriorityRow[];
  /** Where the quadrants are split on each axis. */
  split: { importance: number; performance: number };
}

/** A rating at or above the split counts as high. */
export function quadrantOf(importance: number, performance: number, split: Priorities['split']): Quadrant {
  const important = importance >= split.importance;
  const performing = performance >= split.performance;
  if (important) return performing ? 'keep-up' : 'concentrate';
  return performing ? 'overkill' : 'low-priority';
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The importance × performance analysis of every touchpoint on the board. */
export function touchpointPriorities(board: Board, splitAt: QuadrantSplit = 'midpoint'): Priorities {
  const ix = boardIndex(board);
  const touchpoints = ix.cardsInOrder.filter((c) => c.touchpoint);
  const rated = touchpoints.filter((c) => c.touchpoint!.importance !== undefined && c.touchpoint!.performance !== undefined);
  const split =
    splitAt === 'means' && rated.length
      ? { importance: mean(rated.map((c) => c.touchpoint!.importance!)), performance: mean(rated.map((c) => c.touchpoint!.performance!)) }
      : { importance: SCALE_MIDPOINT, performance: SCALE_MIDPOINT };
  const rows = touchpoints.map((c): PriorityRow => {
    const { channel, importance, performance } = c.touchpoint!;
    const both = importance !== undefined && performance !== undefined;
    return {
      cardId: c.id,
      channel,
      importance,
      performance,
      stepId: c.stepId,
      laneId: c.laneId,
      gap: both ? importance - performance : null,
      quadrant: both ? quadrantOf(importance, performance, split) : null,
    };
  });
  // Stable sort: unrated rows last; equal gaps put the more important first, then keep board order.
  rows.sort((a, b) => {
    if (a.gap === null || b.gap === null) return (a.gap === null ? 1 : 0) - (b.gap === null ? 1 : 0);
    return b.gap - a.gap || b.importance! - a.importance!;
  });
  return { rows, split };
}
