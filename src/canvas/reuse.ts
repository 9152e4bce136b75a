import { useState } from 'react';
import { sameGrid, type Board, type Grid, type Layout, type Rect } from '../model';

// Keeping objects the same while their content is: React Flow and memoised layers then skip work.

/** The same objects in the same order: React Flow then sees no change at all. */
export const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** A builder that lives as long as the component (state, not a ref, so it is render-safe). */
export function useBuilder<T>(create: () => T): T {
  return useState(create)[0];
}

/** Keeps the previous grid while an edit leaves it as it was (most card edits do). */
export function createGridKeeper() {
  let last: Grid | null = null;
  return (l: Layout): Grid => {
    if (!last || !sameGrid(last, l)) last = { lanes: l.lanes, steps: l.steps, stages: l.stages, lines: l.lines, size: l.size };
    return last;
  };
}

/**
 * Rects of the cards linked to emotion points (pain points, opportunities), kept as the same
 * map while they are unchanged, so the emotion lanes skip the redraw on unrelated edits.
 */
export function createLinkedCardKeeper() {
  let last = new Map<string, Rect>();
  return (board: Board, l: Layout): ReadonlyMap<string, Rect> => {
    const points = new Set(board.emotions.map((e) => e.id));
    const next = new Map<string, Rect>();
    for (const c of board.connectors) {
      const rect = points.has(c.to) ? l.cards.get(c.from) : undefined;
      if (rect) next.set(c.from, rect);
    }
    const same =
      next.size === last.size &&
      [...next].every(([id, r]) => {
        const o = last.get(id);
        return !!o && sameRect(o, r);
      });
    if (!same) last = next;
    return last;
  };
}
