import { createStore, type StoreApi } from 'zustand/vanilla';
import { addCard, newId, type Board, type HighlightMeasure } from '../model';
import * as history from './history';

import type { SaveStatus } from '../persistence/autosave';

export interface EditorState {
  board: Board | null;
  history: history.History;
  /** Selected card ids; session state, never in history or the document. */
  selection: string[];
  editingCardId: string | null;
  /** A card just added by `startNewCard` whose text is still being typed (one undo step with its text). */
  newCardId: string | null;
  /** The step or lane header last clicked or focused: "Add step" and "Add lane" insert after it. */
  header: HeaderRef | null;
  /** A header whose name is open for editing (a step just added, Enter or double-click on it). */
  renaming: string | null;
  /** The cell keyboard commands act on (add card, paste); follows the focused card. */
  cursor: { laneId: string; stepId: string } | null;
  save: SaveStatus;
  /** The side view open beside the board (view state, not in the document). */
  analysisOpen: boolean;
  /** The measure the board's cards are coloured by, if any. */
  highlight: HighlightMeasure | null;
}

export interface EditorActions {
  open(board: Board): void;
  close(): void;
  /**
   * Applies a pure op to the open board as one undo step. Ops sharing a `merge` key in a row
   * (keystrokes in one field) form a single step until `endBurst()`.
   */
  apply(op: (board: Board) => Board, options?: { merge?: string }): void;
  endBurst(): void;
  undo(): void;
  redo(): void;
  select(ids: string[]): void;
  selectHeader(header: HeaderRef | null): void;
  setRenaming(id: string | null): void;
  setEditing(id: string | null): void;
  /**
   * Ends editing a card's text. A card just added and left empty (Escape, or a click away) goes
   * again without a trace in history; otherwise its creation and text are one undo step.
   */
  finishEditing(id: string): void;
  setCursor(cell: { laneId: string; stepId: string } | null): void;
  /** Adds an empty card in a cell, selects it and opens its text editor (one undo step). */
  startNewCard(cell: Cell & { index?: number }): void;
  setSave(status: SaveStatus): void;
  setAnalysisOpen(open: boolean): void;
  setHighlight(measure: HighlightMeasure | null): void;
}

export type EditorStore = StoreApi<EditorState & EditorActions>;

type Cell = { laneId: string; stepId: string };
export type HeaderRef = { kind: 'step' | 'lane'; id: string };

/**
 * Where keyboard insertions go (new card, paste): after the first selected card, else the
 * cursor cell, else the board's first cell.
 */
export function insertionCell(state: EditorState): (Cell & { index?: number }) | null {
  const { board, cursor, selection } = state;
  const card = board?.cards.find((c) => c.id === selection[0]);
  if (card) return { laneId: card.laneId, stepId: card.stepId, index: card.order + 1 };
  if (cursor) return cursor;
  const [lane, step] = [board?.lanes[0], board?.steps[0]];
  return lane && step ? { laneId: lane.id, stepId: step.id } : null;
}

const closed: EditorState = {
  board: null,
  history: history.emptyHistory(),
  selection: [],
  editingCardId: null,
  newCardId: null,
  header: null,
  renaming: null,
  cursor: null,
  save: { state: 'saved' },
  analysisOpen: false,
  highlight: null,
};

/** The undo burst of typing in a card: a new card's creation opens it, so card and text are one step. */
export const textBurst = (id: string) => `text:${id}`;

export function createEditorStore(): EditorStore {
  return createStore<EditorState & EditorActions>()((set, get) => {
    const step = (move: typeof history.undo) => {
      const { board, history: h } = get();
      if (!board) return;
      const result = move(h, board);
      if (result) set({ board: result.board, history: result.history, editingCardId: null });
    };
    return {
      ...closed,
      open: (board) => set({ ...closed, board }),
      close: () => set(closed),
      apply: (op, options) => {
        const { board, history: h } = get();
        if (!board) return;
        const next = op(board);
        if (next === board) return;
        const selection = get().selection.filter((id) => next.cards.some((c) => c.id === id));
        set({ board: next, history: history.record(h, board, next, options?.merge), selection });
      },
      endBurst: () => {
        if (get().history.burst) set({ history: { ...get().history, burst: null } });
      },
      undo: () => step(history.undo),
      redo: () => step(history.redo),
      select: (ids) => {
        const current = get().selection;
        if (ids.length !== current.length || ids.some((id, i) => id !== current[i])) set({ selection: ids, ...(ids.length ? { header: null } : {}) });
      },
      selectHeader: (header) => {
        const h = get().header;
        if (h?.id !== header?.id) set({ header, ...(header ? { selection: [] } : {}) });
      },
      setRenaming: (renaming) => set({ renaming }),
      setCursor: (cursor) => {
        const c = get().cursor;
        if (c?.laneId !== cursor?.laneId || c?.stepId !== cursor?.stepId) set({ cursor });
      },
      setEditing: (editingCardId) => set({ editingCardId, newCardId: null }),
      finishEditing: (id) => {
        const { board, history: h, newCardId } = get();
        const card = board?.cards.find((c) => c.id === id);
        if (newCardId === id && card && !card.text.trim() && h.burst === textBurst(id) && h.past.length) {
          // Back to the board before the card was added: nothing to undo, nothing to redo.
          const before = h.past.at(-1)!;
          set({
            board: before,
            history: { ...h, past: h.past.slice(0, -1), burst: null },
            selection: get().selection.filter((s) => s !== id),
            editingCardId: null,
            newCardId: null,
          });
          return;
        }
        get().endBurst();
        set({ editingCardId: null, newCardId: null });
      },
      startNewCard: (cell) => {
        const id = newId('cd_');
        get().endBurst();
        get().apply((b) => addCard(b, { ...cell, id }), { merge: textBurst(id) });
        if (!get().board?.cards.some((c) => c.id === id)) return;
        set({ selection: [id], cursor: { laneId: cell.laneId, stepId: cell.stepId }, editingCardId: id, newCardId: id });
      },
      setSave: (save) => set({ save }),
      setAnalysisOpen: (analysisOpen) => set({ analysisOpen }),
      setHighlight: (highlight) => set({ highlight }),
    };
  });
}
