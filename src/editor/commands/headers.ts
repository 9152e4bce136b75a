import { deleteLane, deleteStage, deleteStep, moveLane, moveStepToIndex } from '../../model';
import { focusCellCursor, focusHeader } from '../focus';
import type { Target } from '../target';
import type { Command } from './types';

type HeaderTarget = Target & { kind: 'header' };
/** Along the header row: lanes go up and down, steps left and right. */
const back = (t: HeaderTarget) => (t.header === 'lane' ? 'ArrowUp' : 'ArrowLeft');

/** What a focused lane header, step header or stage band answers (and its × button runs). */
export const headerCommands: Command[] = [
  {
    id: 'renameHeader',
    edits: true,
    label: 'commands.renameHeader',
    kbd: 'Enter · F2',
    on: ['lane', 'step', 'stage'],
    perform: ({ store }, t) => t.kind === 'header' && store.getState().setRenaming(t.id),
  },
  {
    id: 'enterGrid',
    label: 'commands.enterGrid',
    kbd: { lane: '→', step: '↓' },
    perform: ({ store }, t) => {
      const board = store.getState().board;
      if (t.kind !== 'header' || !board) return;
      // The first cell of this lane (or step).
      const laneId = t.header === 'lane' ? t.id : board.lanes[0]?.id;
      const stepId = t.header === 'step' ? t.id : board.steps[0]?.id;
      if (!laneId || !stepId) return;
      store.getState().setCursor({ laneId, stepId });
      focusCellCursor();
    },
  },
  {
    id: 'selectHeader',
    label: 'commands.selectHeader',
    kbd: 'Space',
    on: ['lane', 'step'],
    perform: ({ store }, t) => t.kind === 'header' && t.header !== 'stage' && store.getState().selectHeader({ kind: t.header, id: t.id }),
  },
  {
    id: 'headerFocus',
    label: 'commands.headerFocus',
    // Along the row of headers; from a step header up to its stage band, and back down.
    kbd: { lane: '↑ ↓', step: '← → ↑', stage: '← → ↓' },
    perform: ({ store }, t, e) => {
      const board = store.getState().board;
      if (t.kind !== 'header' || !board || !e) return;
      if (t.header === 'stage') {
        const stages = board.stages;
        const at = stages.findIndex((s) => s.id === t.id);
        const to = e.key === 'ArrowDown' ? board.steps.find((s) => s.stageId === t.id) : stages[at + (e.key === 'ArrowLeft' ? -1 : 1)];
        if (to) focusHeader(to.id);
        return;
      }
      if (t.header === 'step' && e.key === 'ArrowUp') return focusHeader(board.steps[t.index]!.stageId);
      const list = t.header === 'lane' ? board.lanes : board.steps;
      const to = list[t.index + (e.key === back(t) ? -1 : 1)];
      if (to) focusHeader(to.id);
    },
  },
  {
    id: 'moveHeader',
    edits: true,
    label: 'commands.moveHeader',
    kbd: { lane: 'Alt+↑ ↓', step: 'Alt+← →' },
    perform: ({ store }, t, e) => {
      if (t.kind !== 'header' || !e) return;
      const to = Math.max(0, t.index + (e.key === back(t) ? -1 : 1));
      store.getState().apply((b) => (t.header === 'lane' ? moveLane(b, t.id, to) : moveStepToIndex(b, t.id, to)));
      focusHeader(t.id);
    },
  },
  {
    id: 'deleteHeader',
    edits: true,
    label: 'commands.deleteHeader',
    kbd: 'Delete',
    on: ['lane', 'step', 'stage'],
    // A stage goes at once (its steps move to the one before; the last stage stays). A lane or
    // step that holds cards asks first, saying how many go with it.
    perform: ({ store, dialogs }, t) => {
      const { board, apply } = store.getState();
      if (t.kind !== 'header' || !board) return;
      if (t.header === 'stage') {
        if (board.stages.length > 1) apply((b) => deleteStage(b, t.id));
        return;
      }
      const kind = t.header;
      const cards = board.cards.filter((c) => (kind === 'lane' ? c.laneId : c.stepId) === t.id).length;
      if (cards === 0) apply((b) => (kind === 'lane' ? deleteLane(b, t.id) : deleteStep(b, t.id)));
      else dialogs.getState().open({ kind: 'confirmDelete', request: { kind, id: t.id, name: t.name, cards } });
    },
  },
];
