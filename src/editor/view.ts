import type { ReactFlowInstance } from '@xyflow/react';
import { GEOMETRY, layout, type Board, type Layout } from '../model';
import { focusCard } from './focus';
import type { EditorStore } from '../store/editorStore';

/**
 * The band at the view's bottom edge that the legend, the highlight choice and the zoom buttons
 * cover: fitting and revealing keep the board above it, so its last lane can be read and clicked.
 */
export const BOTTOM_BAND = 56;

/** The board's React Flow view and the size of its pane, as React Flow measured it (no DOM query). */
export interface BoardView {
  flow: ReactFlowInstance;
  pane(): { width: number; height: number };
}

/**
 * Brings a card into view if it is off-screen (it is only rendered when visible), then focuses
 * it: for keyboard moves on the board and for rows of the Analysis view.
 */
export function revealCard({ flow, pane: size }: BoardView, board: Board | null, id: string) {
  const r = board ? layout(board).cards.get(id) : undefined; // after a move the card is elsewhere
  const pane = size();
  if (r && pane.width) {
    const { x, y, zoom } = flow.getViewport();
    const [left, top] = [r.x * zoom + x, r.y * zoom + y];
    const margin = 40;
    const outside =
      left < GEOMETRY.laneHeaderWidth * zoom ||
      top < (GEOMETRY.stageBandHeight + GEOMETRY.stepHeaderHeight) * zoom ||
      left + r.width * zoom > pane.width - margin ||
      top + r.height * zoom > pane.height - BOTTOM_BAND;
    if (outside) void flow.setCenter(r.x + r.width / 2, r.y + r.height / 2, { zoom });
  }
  focusCard(id);
}

/** Selects a card and shows it (into view, focused): where a panel's row or link to a card leads. */
export function showCard({ store, view }: { store: EditorStore; view: BoardView }, id: string) {
  store.getState().select([id]);
  revealCard(view, store.getState().board, id);
}

/** The least zoom at which card text can still be read; "Zoom to fit" does not go below it. */
const READABLE_ZOOM = 0.45;

/**
 * The viewport that fits the whole board (headers included, not only the cards) in a pane. The
 * first view keeps text readable: at least 50 % zoom, anchored at the top-left corner when the
 * board is larger. A board too wide to fit readably (a long journey) is fitted to its height
 * instead, from its left edge. "all" shows every step and lane however small (an overview of a
 * long journey).
 */
export function fittedViewport(pane: { width: number; height: number }, size: Layout['size'], mode: 'initial' | 'fit' | 'all') {
  const margin = 16;
  const fitWidth = (pane.width - 2 * margin) / size.width,
    fitHeight = (pane.height - margin - BOTTOM_BAND) / size.height;
  const fit = Math.min(fitWidth, fitHeight);
  const zoom =
    mode === 'all'
      ? Math.max(0.1, Math.min(1.5, fit))
      : mode === 'fit'
        ? Math.min(1.5, fit >= READABLE_ZOOM ? fit : Math.max(READABLE_ZOOM, Math.min(fitHeight, 1)))
        : Math.max(0.5, Math.min(1, fit));
  const x = fit >= zoom ? (pane.width - size.width * zoom) / 2 : margin;
  return { x, y: margin, zoom };
}

/** Shows the whole board in the view, fitted as `fittedViewport` says. */
export function showBoard({ flow, pane }: BoardView, l: Layout, mode: 'initial' | 'fit' | 'all') {
  void flow.setViewport(fittedViewport(pane(), l.size, mode), mode === 'initial' ? undefined : { duration: 200 });
}
