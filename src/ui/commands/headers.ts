import { deleteLane, deleteStage, deleteStep, moveLane, moveStepToIndex } from '../../model';
import { focusLater } from '../../canvas/focusLater';
import { focusCellCursor } from '../../canvas/CellCursor';
import { mod, type Command, type Target } from './types';

type HeaderTarget = Target & { kind: 'header' };
const onHeader = (t: Target, ...kinds: HeaderTarget['header'][]): t is HeaderTarget => t.kind === 'header' && kinds.includes(t.header);
/** Along the header row: lanes go up and down, steps left and right. */
const axis = (t: HeaderTarget) =>
  t.header === 'lane'
    ? { back: 'ArrowUp', forward: 'ArrowDown', into: 'ArrowRight' }
    : { back: 'ArrowLeft', forward: 'ArrowRight', into: 'ArrowDown' };

/** Keys on a focused lane header, step header or stage band. */
export const headerCommands: Command[] = [
  {
    id: 'renameHeader',
    edits: true,
    label: 'commands.renameHeader',
    keys: 'Enter · F2',
    keyTest: (e, t) => onHeader(t, 'lane', 'step', 'stage') && !mod(e) && !e.altKey && (e.key === 'Enter' || e.key === 'F2'),
    perform: ({ store }, t) => t.kind === 'header' && store.getState().setRenaming(t.id),
  },
  {
    id: 'enterGrid',
    label: 'commands.enterGrid',
    keys: '→ · ↓',
    keyTest: (e, t) => onHeader(t, 'lane', 'step') && !e.altKey && !mod(e) && e.key === axis(t).into,
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
    keys: 'Space',
    keyTest: (e, t) => onHeader(t, 'lane', 'step') && !mod(e) && !e.altKey && e.key === ' ',
    perform: ({ store }, t) => t.kind === 'header' && t.header !== 'stage' && store.getState().selectHeader({ kind: t.header, id: t.id }),
  },
  {
    id: 'headerFocus',
    label: 'commands.headerFocus',
    keys: '← ↑ → ↓',
    // Along the row of headers; from a step header up to its stage band, and back down.
    keyTest: (e, t) => onHeader(t, 'lane', 'step', 'stage') && !e.altKey && !mod(e) && /^Arrow/.test(e.key),
    perform: ({ store }, t, e) => {
      const board = store.getState().board;
      if (t.kind !== 'header' || !board || !e) return;
      const focus = (id: string | undefined) => id && focusLater(`[data-header-id="${CSS.escape(id)}"]`);
      if (t.header === 'stage') {
        const steps = board.steps.filter((s) => s.stageId === t.id);
        const stages = board.stages;
        const at = stages.findIndex((s) => s.id === t.id);
        if (e.key === 'ArrowDown') focus(steps[0]?.id);
        else if (e.key === 'ArrowLeft') focus(stages[at - 1]?.id);
        else if (e.key === 'ArrowRight') focus(stages[at + 1]?.id);
        return;
      }
      const list = t.header === 'lane' ? board.lanes : board.steps;
      const { back, forward } = axis(t);
      if (e.key === back) focus(list[t.index - 1]?.id);
      else if (e.key === forward) focus(list[t.index + 1]?.id);
      else if (t.header === 'step' && e.key === 'ArrowUp') focus(board.steps[t.index]?.stageId);
    },
  },
  {
    id: 'moveHeader',
    edits: true,
    label: 'commands.moveHeader',
    keys: 'Alt+← ↑ → ↓',
    keyTest: (e, t) => onHeader(t, 'lane', 'step') && e.altKey && !mod(e) && (e.key === axis(t).back || e.key === axis(t).forward),
    perform: ({ store }, t, e) => {
      if (t.kind !== 'header' || !e) return;
      const to = Math.max(0, t.index + (e.key === axis(t).back ? -1 : 1));
      store.getState().apply((b) => (t.header === 'lane' ? moveLane(b, t.id, to) : moveStepToIndex(b, t.id, to)));
      focusLater(`[data-header-id="${CSS.escape(t.id)}"]`);
    },
  },
  {
    id: 'deleteHeader',
    edits: true,
    label: 'commands.deleteHeader',
    keys: 'Delete',
    keyTest: (e, t) => onHeader(t, 'lane', 'step', 'stage') && e.key === 'Delete',
    perform: ({ store, confirmDelete }, t) => {
      const { board, apply } = store.getState();
      if (t.kind !== 'header' || !board) return;
      if (t.header === 'stage') {
        if (board.stages.length > 1) apply((b) => deleteStage(b, t.id));
        return;
      }
      const kind = t.header;
      const cards = board.cards.filter((c) => (kind === 'lane' ? c.laneId : c.stepId) === t.id).length;
      if (cards === 0) apply((b) => (kind === 'lane' ? deleteLane(b, t.id) : deleteStep(b, t.id)));
      else confirmDelete({ kind, id: t.id, name: t.name, cards });
    },
  },
];
