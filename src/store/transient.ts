import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Rect } from '../model';

/** Where dragged cards would land: a cell and a place in it. */
export type Drop = { laneId: string; stepId: string; index: number };

/** A drag in progress: the dragged cards, the one under the pointer (the others keep their offset from it), their ghosts, where they would land. */
export interface DragState {
  ids: ReadonlySet<string>;
  anchor: string | null;
  ghosts: (Rect & { id: string })[];
  drop: Drop | null;
}

/** The cell under the pointer, where a "+" offers another card. */
export type HoverCell = { laneId: string; stepId: string } | null;

/**
 * State that changes with every pointer move, kept beside the board's store (one set per open
 * board, made by its factory) so that a drag or a hover re-renders only the layer that shows it,
 * never what subscribes to the board.
 */
export interface TransientStores {
  drag: StoreApi<DragState>;
  hoverCell: StoreApi<HoverCell>;
  endDrag(): void;
  /** Sets the hovered cell, telling listeners only when it is another cell. */
  setHoverCell(cell: HoverCell): void;
}

const noDrag = (): DragState => ({ ids: new Set(), anchor: null, ghosts: [], drop: null });

export function createTransientStores(): TransientStores {
  const drag = createStore<DragState>(noDrag);
  const hoverCell = createStore<HoverCell>(() => null);
  return {
    drag,
    hoverCell,
    endDrag: () => drag.setState(noDrag(), true),
    setHoverCell: (cell) => {
      const now = hoverCell.getState();
      if (now?.laneId !== cell?.laneId || now?.stepId !== cell?.stepId) hoverCell.setState(cell, true);
    },
  };
}
