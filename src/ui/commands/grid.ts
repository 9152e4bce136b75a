import { deleteCards, deleteConnector, focusAfterDelete, layout, moveCards, navigate, neighbourCell, positionOf, type Direction } from '../../model';
import { revealCard } from '../../canvas/boardView';
import { focusCard } from '../../canvas/CardNode';
import { focusCellCursor } from '../../canvas/CellCursor';
import { focusLater } from '../../canvas/focusLater';

const focusHeader = (id: string) => focusLater(`[data-header-id="${CSS.escape(id)}"]`);
const sliderAt = (stepId: string) => `.emotion-handle[data-step-id="${CSS.escape(stepId)}"]`;
const hasSlider = (stepId: string) => !!document.querySelector(sliderAt(stepId));
const focusSlider = (stepId: string) => focusLater(sliderAt(stepId));
import { mod, type Command } from './types';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const plain = (e: KeyboardEvent) => !mod(e) && !e.altKey;

/** Keys on the board's cards, cells and connectors. */
export const gridCommands: Command[] = [
  {
    id: 'editCard',
    label: 'commands.editCard',
    keys: 'Enter · F2',
    keyTest: (e, t) => t.kind === 'card' && plain(e) && (e.key === 'Enter' || e.key === 'F2'),
    perform: ({ store }, t) => {
      if (t.kind !== 'card') return;
      store.getState().select([t.id]);
      store.getState().setEditing(t.id);
    },
  },
  {
    id: 'addCardInCell',
    edits: true,
    label: 'commands.addCardInCell',
    keys: 'Enter',
    keyTest: (e, t) => t.kind === 'cell' && plain(e) && e.key === 'Enter',
    perform: ({ store }) => {
      const cell = store.getState().cursor;
      if (cell) store.getState().startNewCard({ ...cell, index: 0 });
    },
  },
  {
    id: 'deleteCards',
    edits: true,
    label: 'commands.deleteCards',
    keys: 'Delete',
    // On a card: that card (or the selection it is part of). Anywhere else outside a text field
    // (a toolbar button, the page after a panel closed): the selected cards, as N, A and C act there too.
    keyTest: (e, t) => (t.kind === 'card' || t.kind === 'page') && (e.key === 'Delete' || e.key === 'Backspace'),
    perform: ({ store }, t) => {
      const { board, selection, apply } = store.getState();
      if (!board) return;
      const ids = t.kind === 'card' ? (selection.includes(t.id) ? selection : [t.id]) : selection;
      if (!ids.length) return;
      const neighbour = focusAfterDelete(board, ids);
      apply((b) => deleteCards(b, ids));
      if (neighbour) focusCard(neighbour);
      else focusCellCursor();
    },
  },
  {
    id: 'moveCard',
    edits: true,
    label: 'commands.moveCard',
    keys: 'Alt+← ↑ → ↓',
    keyTest: (e, t) => t.kind === 'card' && e.altKey && !mod(e) && !!ARROWS[e.key],
    perform: ({ store, view }, t, e) => {
      const state = store.getState();
      if (t.kind !== 'card' || !state.board || !e) return;
      const at = positionOf(layout(state.board), state.board, t.id);
      const dir = ARROWS[e.key]!;
      const to = at && neighbourCell(state.board, at.laneId, at.stepId, dir);
      if (!at || !to) return;
      const index = dir === 'up' || dir === 'down' ? Number.MAX_SAFE_INTEGER : at.index;
      state.apply((b) => moveCards(b, [t.id], { ...to, index }));
      state.setCursor(to);
      revealCard(view, store.getState().board, t.id);
    },
  },
  {
    id: 'moveFocus',
    label: 'commands.moveFocus',
    keys: '← ↑ → ↓',
    keyTest: (e, t) => (t.kind === 'card' || t.kind === 'cell') && !e.altKey && !mod(e) && !!ARROWS[e.key],
    perform: ({ store, view }, t, e) => {
      const state = store.getState();
      if (!state.board || !e) return;
      const l = layout(state.board);
      // From where the keyboard is in the store (updated at each press), not from what has focus:
      // a second arrow pressed before the first move's focus arrived continues from there.
      const cardId = state.roving ?? (t.kind === 'card' ? t.id : undefined);
      const cell = (cardId && positionOf(l, state.board, cardId)) || state.cursor;
      if (!cell) return;
      const dir = ARROWS[e.key]!;
      const next = navigate(state.board, l, { laneId: cell.laneId, stepId: cell.stepId, cardId }, dir);
      // Past the grid's top or left edge: the step's or the lane's header.
      if (!next) {
        if (dir === 'up') focusHeader(cell.stepId);
        if (dir === 'left') focusHeader(cell.laneId);
        return;
      }
      state.setCursor({ laneId: next.laneId, stepId: next.stepId });
      state.setRoving(next.cardId ?? null);
      // Focus moves; the selection stays until the user selects (Space, Enter, a click).
      if (next.cardId) revealCard(view, state.board, next.cardId);
      else if (state.board.lanes.find((x) => x.id === next.laneId)?.kind === 'emotion' && hasSlider(next.stepId)) focusSlider(next.stepId);
      else focusCellCursor();
    },
  },
  {
    id: 'selectCard',
    label: 'commands.selectCard',
    keys: 'Space · Shift+Space',
    keyTest: (e, t) => t.kind === 'card' && !mod(e) && !e.altKey && e.key === ' ',
    perform: ({ store }, t, e) => {
      if (t.kind !== 'card') return;
      const { selection, select } = store.getState();
      if (!e?.shiftKey) select([t.id]);
      else select(selection.includes(t.id) ? selection.filter((id) => id !== t.id) : [...selection, t.id]);
    },
  },
  {
    id: 'editConnector',
    edits: true,
    label: 'commands.editConnector',
    keys: 'Enter · F2',
    keyTest: (e, t) => t.kind === 'connector' && plain(e) && (e.key === 'Enter' || e.key === 'F2'),
    perform: ({ editConnector }, t) => t.kind === 'connector' && editConnector(t.id),
  },
  {
    id: 'deleteConnector',
    edits: true,
    label: 'commands.deleteConnector',
    keys: 'Delete',
    keyTest: (e, t) => t.kind === 'connector' && (e.key === 'Delete' || e.key === 'Backspace'),
    perform: ({ store }, t) => t.kind === 'connector' && store.getState().apply((b) => deleteConnector(b, t.id)),
  },
];
