import { deleteCards, deleteConnector, focusAfterDelete, layout, moveCards, navigate, neighbourCell, positionOf, type Direction } from '../../model';
import { focusCard, focusCellCursor, focusHeader, focusMeasurementForm, focusSlider, hasSlider } from '../focus';
import { revealCard } from '../view';
import type { Command } from './types';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Keys on the board's cards, cells and connectors. */
export const gridCommands: Command[] = [
  {
    id: 'editCard',
    label: 'commands.editCard',
    kbd: 'Enter · F2',
    on: ['card'],
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
    kbd: 'Enter',
    on: ['cell'],
    perform: ({ store }) => {
      const cell = store.getState().cursor;
      if (!cell) return;
      // In a metric lane, Enter goes to the cell's measurements in the side panel.
      if (store.getState().board?.lanes.find((l) => l.id === cell.laneId)?.kind === 'metric') focusMeasurementForm();
      else store.getState().startNewCard({ ...cell, index: 0 });
    },
  },
  {
    id: 'deleteCards',
    edits: true,
    label: 'commands.deleteCards',
    // On a card: that card (or the selection it is part of). Anywhere else outside a text field
    // (a toolbar button, the page after a panel closed): the selected cards, as N, A and C act there too.
    kbd: 'Delete · Backspace',
    on: ['card', 'page'],
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
    kbd: 'Alt+← ↑ → ↓',
    on: ['card'],
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
    kbd: '← ↑ → ↓',
    on: ['card', 'cell'],
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
    kbd: 'Space · Shift+Space',
    on: ['card'],
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
    kbd: 'Enter · F2',
    on: ['connector'],
    perform: ({ dialogs }, t) => t.kind === 'connector' && dialogs.getState().open({ kind: 'connector', id: t.id }),
  },
  {
    id: 'deleteConnector',
    edits: true,
    label: 'commands.deleteConnector',
    kbd: 'Delete · Backspace',
    on: ['connector'],
    perform: ({ store }, t) => t.kind === 'connector' && store.getState().apply((b) => deleteConnector(b, t.id)),
  },
];
