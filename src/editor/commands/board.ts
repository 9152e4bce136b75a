import { addStage, addStep, copyCards, layout, newId, pasteCards, setDensity, type Board } from '../../model';
import { insertionCell, type HeaderRef } from '../../store/editorStore';
import { showBoard } from '../view';
import type { Command } from './types';

/** Where a new step goes: after the selected step header, else the selected card's step, else at the end of the last stage. */
function stepTarget(board: Board, selection: readonly string[], header: HeaderRef | null) {
  const card = board.cards.find((c) => c.id === selection[0]);
  const stepId = header?.kind === 'step' ? header.id : card?.stepId;
  const step = board.steps.find((s) => s.id === stepId) ?? board.steps.at(-1);
  const stageId = step?.stageId ?? board.stages.at(-1)?.id;
  const index = step ? board.steps.filter((s) => s.stageId === stageId).indexOf(step) + 1 : 0;
  return stageId ? { stageId, index } : null;
}

/**
 * The editor's regions in F6 order, each with where focus lands in it: the toolbar's first
 * button, the board's one Tab stop, the Analysis and Backlog views (when open), the side panel.
 */
const REGIONS: [region: string, entry: string][] = [
  ['.toolbar', 'button:not([disabled])'],
  ['.canvas', '[data-card-id][tabindex="0"], .cell-cursor[tabindex="0"]'],
  ['.analysis', '.analysis-body'],
  ['.backlog', '.backlog-body'],
  ['.inspector', '.inspector'],
];

/** Moves focus to the next (or previous) region of the editor that is on screen. */
function cycleRegion(back: boolean) {
  const present = REGIONS.filter(([region]) => document.querySelector(region));
  const active = document.activeElement;
  const at = present.findIndex(([region]) => active?.closest(region));
  const next = present[(at + (back ? -1 : 1) + present.length) % present.length];
  if (!next) return;
  const scope = document.querySelector<HTMLElement>(next[0])!;
  const target = scope.matches(next[1]) ? scope : (scope.querySelector<HTMLElement>(next[1]) ?? scope);
  target.focus();
}

/** Shows the open board in the view, fitted one way or the other (see `showBoard`). */
const show =
  (mode: 'fit' | 'all'): Command['perform'] =>
  ({ view, store }) => {
    const board = store.getState().board;
    if (board) showBoard(view, layout(board), mode);
  };

/** The editor's own commands: toolbar buttons, most with a shortcut too. */
export const boardCommands: Command[] = [
  {
    id: 'nextRegion',
    label: 'commands.nextRegion',
    kbd: 'F6 · Shift+F6',
    perform: (_ctx, _t, e) => cycleRegion(!!e?.shiftKey),
    inTextFields: true,
  },
  {
    id: 'undo',
    edits: 'comments',
    toolbar: true,
    label: 'editor.undo',
    perform: ({ store }) => {
      store.getState().endBurst();
      store.getState().undo();
    },
    enabled: ({ store }) => store.getState().undoSteps > 0,
    kbd: 'Mod+Z',
    inTextFields: true,
  },
  {
    id: 'redo',
    edits: 'comments',
    toolbar: true,
    label: 'editor.redo',
    perform: ({ store }) => store.getState().redo(),
    enabled: ({ store }) => store.getState().redoSteps > 0,
    kbd: 'Mod+Shift+Z · Ctrl+Y',
    inTextFields: true,
  },
  {
    id: 'addCard',
    edits: true,
    toolbar: true,
    label: 'editor.addCard',
    perform: ({ store }, t) => {
      const state = store.getState();
      const cell = insertionCell(state, t.kind === 'card' ? { card: t.id } : t.kind === 'cell' ? { cell: true } : null);
      if (cell) state.startNewCard(cell);
    },
    kbd: 'N',
  },
  {
    id: 'duplicate',
    edits: true,
    toolbar: true,
    label: 'editor.duplicate',
    perform: ({ store }) => {
      const { board, selection } = store.getState();
      const last = board?.cards.find((c) => c.id === selection.at(-1));
      if (!board || !last) return;
      const ids: string[] = [];
      store.getState().apply((b) => pasteCards(b, copyCards(b, selection), { laneId: last.laneId, stepId: last.stepId, index: last.order + 1 }, ids));
      store.getState().select(ids);
    },
    enabled: ({ store }) => store.getState().selection.length > 0,
    kbd: 'Mod+D',
  },
  {
    id: 'connect',
    edits: true,
    toolbar: true,
    label: 'editor.connectTo',
    perform: ({ dialogs }) => dialogs.getState().open({ kind: 'connect' }),
    enabled: ({ store }) => store.getState().selection.length === 1,
    kbd: 'C',
  },
  {
    id: 'addLane',
    edits: true,
    toolbar: true,
    label: 'editor.addLane',
    perform: ({ dialogs }) => dialogs.getState().open({ kind: 'addLane' }),
  },
  {
    id: 'addStep',
    edits: true,
    toolbar: true,
    label: 'editor.addStep',
    perform: ({ store, t }) => {
      const id = newId('st_');
      store.getState().apply((b) => {
        const target = stepTarget(b, store.getState().selection, store.getState().header);
        return target ? addStep(b, { ...target, id, name: t('editor.newStep') }) : b;
      });
      if (!store.getState().board?.steps.some((s) => s.id === id)) return;
      store.getState().selectHeader({ kind: 'step', id });
      store.getState().setRenaming(id); // the new step opens for naming
    },
  },
  {
    id: 'addStage',
    edits: true,
    toolbar: true,
    label: 'editor.addStage',
    perform: ({ store, t }) =>
      store.getState().apply((b) => {
        const withStage = addStage(b, { name: t('editor.newStage') });
        return addStep(withStage, { stageId: withStage.stages.at(-1)!.id, name: t('editor.newStep') });
      }),
  },
  {
    id: 'export',
    toolbar: true,
    label: 'editor.export',
    perform: ({ dialogs }) => dialogs.getState().open({ kind: 'export' }),
    kbd: 'Mod+Shift+E',
  },
  {
    id: 'analysis',
    toolbar: true,
    label: 'analysis.open',
    perform: ({ store }) => store.getState().setAnalysisOpen(!store.getState().analysisOpen),
    pressed: ({ store }) => store.getState().analysisOpen,
    kbd: 'A',
  },
  {
    id: 'backlog',
    toolbar: true,
    label: 'backlog.open',
    perform: ({ store }) => store.getState().setBacklogOpen(!store.getState().backlogOpen),
    pressed: ({ store }) => store.getState().backlogOpen,
    kbd: 'B',
  },
  {
    id: 'createScenario',
    edits: true,
    toolbar: true,
    label: 'scenario.create',
    perform: ({ dialogs }) => dialogs.getState().open({ kind: 'createScenario' }),
  },
  {
    id: 'compare',
    toolbar: true,
    label: 'scenario.compare',
    perform: ({ dialogs }) => dialogs.getState().open({ kind: 'compare' }),
  },
  {
    id: 'metrics',
    toolbar: true,
    label: 'metric.open',
    perform: ({ dialogs }) => dialogs.getState().open({ kind: 'metrics' }),
  },
  {
    id: 'history',
    toolbar: true,
    label: 'history.open',
    perform: ({ dialogs }) => dialogs.getState().open({ kind: 'history' }),
    kbd: 'Mod+Alt+H',
  },
  {
    id: 'saveTemplate',
    label: 'editor.saveTemplate',
    perform: ({ dialogs }) => dialogs.getState().open({ kind: 'saveTemplate' }),
    kbd: 'Mod+Alt+T',
  },
  {
    id: 'share',
    toolbar: true,
    label: 'share.title',
    perform: ({ dialogs }) => dialogs.getState().open({ kind: 'share' }),
    kbd: 'Mod+Alt+S',
  },
  {
    id: 'present',
    toolbar: true,
    label: 'editor.present',
    perform: ({ dialogs }) => dialogs.getState().open({ kind: 'present' }),
    kbd: 'F5',
  },
  {
    id: 'zoomToFit',
    toolbar: true,
    label: 'editor.zoomToFit',
    icon: '⤢',
    perform: show('fit'),
    kbd: 'Shift+1',
  },
  {
    id: 'fitAll',
    toolbar: true,
    label: 'editor.fitAll',
    icon: '⊡',
    perform: show('all'),
    kbd: 'Shift+2',
  },
  {
    id: 'cardDetails',
    edits: true,
    toolbar: true,
    label: 'editor.cardDetails',
    icon: '☰',
    perform: ({ store }) => store.getState().apply((b) => setDensity(b, b.settings?.density === 'detailed' ? 'compact' : 'detailed')),
    pressed: ({ store }) => store.getState().board?.settings?.density === 'detailed',
  },
  {
    id: 'shortcuts',
    toolbar: true,
    label: 'editor.shortcuts',
    icon: '?',
    perform: ({ dialogs }) => dialogs.getState().open({ kind: 'shortcuts' }),
    kbd: '?',
  },
];
