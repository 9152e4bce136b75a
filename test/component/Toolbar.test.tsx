// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toolbar } from '../../src/ui/Toolbar';
import { useEditor } from '../../src/canvas/EditorContext';
import { createEditorStore } from '../../src/store/editorStore';
import { sample } from '../../src/model/test/fixtures';
import { renderInEditor } from './render';

/** Each test has its own store, as each editor page does. */
let editorStore = createEditorStore();
beforeEach(() => {
  editorStore = createEditorStore();
});

afterEach(() => act(() => editorStore.getState().close()));

let opened: () => string[] = () => [];
/** The toolbar with the editor the editor page gives it; `opened` lists the dialogs it opened. */
function EditorToolbar() {
  return <Toolbar ctx={useEditor()} />;
}
async function renderToolbar() {
  const { dialogs } = await renderInEditor(<EditorToolbar />, editorStore);
  opened = () => dialogs.getState().stack.map((d) => d.kind);
}

describe('Toolbar', () => {
  it('names every button and enables Undo/Redo only when there is something to undo or redo', async () => {
    act(() => editorStore.getState().open(sample()));
    await renderToolbar();
    const toolbar = screen.getByRole('toolbar', { name: 'Board tools' });
    for (const name of ['Undo', 'Redo', 'Add lane', 'Add step', 'Add stage', 'Zoom to fit', 'Details on cards', 'Keyboard shortcuts'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(toolbar).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Add lane' }));
    expect(opened()).toEqual(['addLane']); // the lane kind is chosen in a dialog
    await userEvent.click(screen.getByRole('button', { name: 'Add step' }));
    expect(editorStore.getState().board!.steps).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(editorStore.getState().board!.steps).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });

  it('adds a step after the selected card’s step, and a stage with its first step', async () => {
    const board = sample();
    act(() => {
      editorStore.getState().open(board);
      editorStore.getState().select([board.cards[1]!.id]); // a card in "Arrival"
    });
    await renderToolbar();
    await userEvent.click(screen.getByRole('button', { name: 'Add step' }));
    expect(editorStore.getState().board!.steps.map((s) => s.name)).toEqual(['Reservation', 'Arrival', 'New step', 'Ordering', 'Meal', 'Payment']);
    await userEvent.click(screen.getByRole('button', { name: 'Add stage' }));
    const after = editorStore.getState().board!;
    expect(after.stages.at(-1)!.name).toBe('New stage');
    expect(after.steps.at(-1)!.stageId).toBe(after.stages.at(-1)!.id);
  });
});
