import type { Board } from './board';
import type { Card } from './card';
import { cellKey, type Layout } from './layout';

export type Direction = 'up' | 'down' | 'left' | 'right';

/** A place on the grid: a cell, and a card in it when the cell has one. */
export interface GridPosition {
  laneId: string;
  stepId: string;
  cardId?: string;
}

/** Where a card sits: its cell and index among the cell's cards. */
export function positionOf(l: Layout, board: Board, cardId: string): { laneId: string; stepId: string; index: number } | null {
  const card = board.cards.find((c) => c.id === cardId);
  if (!card) return null;
  const index = (l.cells.get(cellKey(card.laneId, card.stepId)) ?? []).indexOf(cardId);
  return { laneId: card.laneId, stepId: card.stepId, index: Math.max(0, index) };
}

/** The neighbouring cell of a cell in a direction, or null at the grid's edge. */
export function neighbourCell(board: Board, laneId: string, stepId: string, dir: Direction): { laneId: string; stepId: string } | null {
  const li = board.lanes.findIndex((l) => l.id === laneId);
  const si = board.steps.findIndex((s) => s.id === stepId);
  const lane = board.lanes[li + (dir === 'up' ? -1 : dir === 'down' ? 1 : 0)];
  const step = board.steps[si + (dir === 'left' ? -1 : dir === 'right' ? 1 : 0)];
  return lane && step ? { laneId: lane.id, stepId: step.id } : null;
}

/**
 * Arrow-key navigation: up/down walk the cards of a cell, then continue into the lane above or
 * below; left/right go to the same lane in the previous or next step, keeping the row index
 * when possible. Empty cells are places too, so a keyboard user can reach every cell.
 */
export function navigate(board: Board, l: Layout, from: GridPosition, dir: Direction): GridPosition | null {
  const ids = l.cells.get(cellKey(from.laneId, from.stepId)) ?? [];
  const index = from.cardId ? ids.indexOf(from.cardId) : -1;
  if (from.cardId && index >= 0) {
    if (dir === 'up' && index > 0) return { ...from, cardId: ids[index - 1] };
    if (dir === 'down' && index < ids.length - 1) return { ...from, cardId: ids[index + 1] };
  }
  const cell = neighbourCell(board, from.laneId, from.stepId, dir);
  if (!cell) return null;
  const target = l.cells.get(cellKey(cell.laneId, cell.stepId)) ?? [];
  if (!target.length || !l.cards.has(target[0]!)) return cell;
  const pick = dir === 'up' ? target.length - 1 : dir === 'down' ? 0 : Math.min(Math.max(index, 0), target.length - 1);
  return { ...cell, cardId: target[pick] };
}

/** After deleting, focus the card that took the first deleted card's place (or the one before it). */
export function focusAfterDelete(board: Board, ids: readonly string[]): string | undefined {
  const first = board.cards.find((c) => c.id === ids[0]);
  if (!first) return undefined;
  const cell = board.cards
    .filter((c) => c.laneId === first.laneId && c.stepId === first.stepId && !ids.includes(c.id))
    .sort((a, b) => a.order - b.order);
  return (cell.find((c) => c.order > first.order) ?? cell.at(-1))?.id;
}

/** Reading order of cards, as the user sees the grid: by step, then lane, then place in the cell. */
export function byCellOrder(board: Pick<Board, 'steps' | 'lanes'>) {
  const stepRank = new Map(board.steps.map((s, i) => [s.id, i]));
  const laneRank = new Map(board.lanes.map((l, i) => [l.id, i]));
  return (a: Pick<Card, 'stepId' | 'laneId' | 'order'>, b: Pick<Card, 'stepId' | 'laneId' | 'order'>) =>
    (stepRank.get(a.stepId) ?? 0) - (stepRank.get(b.stepId) ?? 0) ||
    (laneRank.get(a.laneId) ?? 0) - (laneRank.get(b.laneId) ?? 0) ||
    a.order - b.order;
}
