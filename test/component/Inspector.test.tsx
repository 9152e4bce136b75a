// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Inspector } from '../../src/ui/Inspector';
import { MarkerBadges } from '../../src/canvas/MarkerBadges';
import { createEditorStore } from '../../src/store/editorStore';
import { sample } from '../../src/model/test/fixtures';
import { renderInEditor, renderInEnglish } from './render';

/** Each test has its own store, as each editor page does. */
let editorStore = createEditorStore();
beforeEach(() => {
  editorStore = createEditorStore();
});

const card = () => editorStore.getState().board!.cards.find((c) => c.id === editorStore.getState().selection[0])!;

beforeEach(() => {
  const board = sample();
  act(() => {
    editorStore.getState().open(board);
    editorStore.getState().select([board.cards[12]!.id]); // "frontstage 3", no markers
  });
});
afterEach(() => act(() => editorStore.getState().close()));

describe('Inspector', () => {
  it('asks for a selection when none is made', async () => {
    act(() => editorStore.getState().select([]));
    await renderInEditor(<Inspector />, editorStore);
    expect(screen.getByText('Select a card to see and edit its details.')).toBeInTheDocument();
  });

  it('toggles each marker with labelled checkboxes and edits its fields', async () => {
    const user = userEvent.setup();
    await renderInEditor(<Inspector />, editorStore);
    expect(screen.queryByLabelText('Channel')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Touchpoint' }));
    expect(card().touchpoint).toEqual({ channel: 'in-person' });
    await user.selectOptions(screen.getByLabelText('Channel'), 'phone');
    await user.selectOptions(screen.getByLabelText('Importance (1–5)'), '5');
    await user.selectOptions(screen.getByLabelText('Performance (1–5)'), '2');
    expect(card().touchpoint).toEqual({ channel: 'phone', importance: 5, performance: 2 });

    await user.click(screen.getByRole('checkbox', { name: 'Failure point' }));
    await user.selectOptions(screen.getByLabelText('Severity'), '3');
    await user.type(screen.getByLabelText('Cause'), 'Order lost');
    await user.type(screen.getByLabelText('Recovery'), 'Apologise');
    expect(card().failure).toEqual({ severity: 3, cause: 'Order lost', recovery: 'Apologise' });

    await user.click(screen.getByRole('checkbox', { name: 'Wait point' }));
    await user.clear(screen.getByLabelText('Wait (minutes)'));
    await user.type(screen.getByLabelText('Wait (minutes)'), '12');
    expect(card().wait).toEqual({ minutes: 12 });

    await user.click(screen.getByRole('checkbox', { name: 'Touchpoint' }));
    expect(card().touchpoint).toBeUndefined();
    expect(screen.queryByLabelText('Channel')).not.toBeInTheDocument();
  });

  it('edits owner, duration, cost, SERVQUAL, tags and colour; a typed field is one undo step', async () => {
    const user = userEvent.setup();
    await renderInEditor(<Inspector />, editorStore);
    await user.type(screen.getByLabelText('Owner'), 'Head waiter');
    await user.tab();
    await user.type(screen.getByLabelText('Duration (minutes)'), '4');
    await user.type(screen.getByLabelText('Cost'), '2.5');
    await user.selectOptions(screen.getByLabelText('SERVQUAL dimension'), 'responsiveness');
    await user.type(screen.getByLabelText('Tags'), 'speed, 高峰');
    await user.tab();
    await user.click(screen.getByRole('radio', { name: 'Blue' }));
    expect(card()).toMatchObject({
      owner: 'Head waiter',
      durationMinutes: 4,
      cost: 2.5,
      servqual: 'responsiveness',
      tags: ['speed', '高峰'],
      color: '#dbeafe',
    });

    const steps = editorStore.getState().undoSteps;
    expect(steps).toBe(6); // owner, duration, cost, servqual, tags, colour — not one per key
    for (let i = 0; i < 5; i++) act(() => editorStore.getState().undo());
    expect(card().owner).toBe('Head waiter');
    expect(card().durationMinutes).toBeUndefined();
    act(() => editorStore.getState().undo());
    expect(card().owner).toBeUndefined();
  });
});

describe('MarkerBadges', () => {
  it('shows each marker as icon plus text, not colour alone', async () => {
    const board = sample();
    await renderInEnglish(
      <MarkerBadges card={{ ...board.cards[0]!, touchpoint: { channel: 'web' }, failure: { severity: 2 }, wait: { minutes: 10 } }} />,
      editorStore,
    );
    expect(screen.getByText('Touchpoint: web')).toBeInTheDocument();
    expect(screen.getByText('Failure point: severity 2')).toBeInTheDocument();
    expect(screen.getByText('Wait point: 10 min')).toBeInTheDocument();
  });

  it('with nothing selected, edits the board description as one undo step', async () => {
    const user = userEvent.setup();
    act(() => editorStore.getState().select([]));
    await renderInEditor(<Inspector />, editorStore);
    await user.type(screen.getByLabelText('Board description'), 'Dinner service');
    expect(editorStore.getState().board!.description).toBe('Dinner service');
    act(() => editorStore.getState().undo());
    expect(editorStore.getState().board!.description).toBeUndefined();
  });

  it('for a selected lane header, renames the lane and changes its kind', async () => {
    const user = userEvent.setup();
    const lane = editorStore.getState().board!.lanes[4]!; // support
    act(() => editorStore.getState().selectHeader({ kind: 'lane', id: lane.id }));
    await renderInEditor(<Inspector />, editorStore);
    expect(screen.getByRole('heading', { name: 'Lane' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kind'), 'Backstage actions');
    expect(editorStore.getState().board!.lanes[4]).toMatchObject({ id: lane.id, kind: 'backstage' });
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'IT');
    expect(editorStore.getState().board!.lanes[4]!.name).toBe('IT');
  });
});
