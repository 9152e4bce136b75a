import type { Board } from '../model';

/** Undo history of whole boards (structural sharing keeps each entry cheap). */
export interface History {
  past: Board[];
  future: Board[];
  /** Key of the open burst (e.g. typing in one field); edits with the same key join one undo step. */
  burst: string | null;
}

export const HISTORY_LIMIT = 200;
export const emptyHistory = (): History => ({ past: [], future: [], burst: null });

/** Records `next` replacing `current`; returns the new history (unchanged when `next === current`). */
export function record(h: History, current: Board, next: Board, merge?: string): History {
  if (next === current) return h;
  if (merge && merge === h.burst) return { ...h, future: [] };
  return { past: [...h.past.slice(-(HISTORY_LIMIT - 1)), current], future: [], burst: merge ?? null };
}

export function undo(h: History, current: Board): { history: History; board: Board } | null {
  const board = h.past.at(-1);
  if (!board) return null;
  return { board, history: { past: h.past.slice(0, -1), future: [current, ...h.future], burst: null } };
}

export function redo(h: History, current: Board): { history: History; board: Board } | null {
  const [board, ...future] = h.future;
  if (!board) return null;
  return { board, history: { past: [...h.past, current], future, burst: null } };
}
