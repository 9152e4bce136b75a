// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { EmotionLayer } from '../../src/canvas/EmotionLayer';
import { createBoard, layout, setEmotion, type Board, type TemplateTexts } from '../../src/model';
import { laneNames } from '../../src/model/test/fixtures';
import { createEditorStore } from '../../src/store/editorStore';
import { useEditorStore } from '../../src/store/EditorStoreContext';
import { renderInEditor } from './render';

/** Each test has its own store, as each editor page does. */
let editorStore = createEditorStore();
beforeEach(() => {
  editorStore = createEditorStore();
});

const texts: TemplateTexts = {
  titles: { blueprint: 'B', journey: 'J', 'blueprint-journey': 'BJ' },
  lanes: laneNames,
  thoughts: 'T',
  touchpoints: 'P',
  stage: 'S',
  steps: [],
  journeyStages: ['Awareness', 'Research'],
  journeySteps: [['Sees an ad'], ['Compares']],
  persona: 'Guest',
};

const board = () => editorStore.getState().board!;
const renderLayer = () => renderInEditor(<Live />, editorStore);
function Live() {
  const b = useEditorStore((s) => s.board) as Board | null;
  if (!b) return null;
  return <EmotionLayer board={b} grid={layout(b)} linkedCards={layout(b).cards} />;
}

beforeEach(() =>
  act(() => {
    const b = createBoard('journey', texts);
    editorStore.getState().open(setEmotion(b, { personaId: b.personas[0]!.id, stepId: b.steps[1]!.id, score: -1, note: 'queue' }));
  }),
);
afterEach(() => act(() => editorStore.getState().close()));

describe('emotion sliders', () => {
  it('are sliders named "<persona> emotion at <step>" on a −2…+2 scale; a gap has no value', async () => {
    await renderLayer();
    const gap = screen.getByRole('slider', { name: 'Guest emotion at Sees an ad' });
    expect(gap).toHaveAttribute('aria-valuemin', '-2');
    expect(gap).toHaveAttribute('aria-valuemax', '2');
    expect(gap).not.toHaveAttribute('aria-valuenow');
    expect(gap).toHaveAttribute('aria-valuetext', 'no point yet');
    const point = screen.getByRole('slider', { name: 'Guest emotion at Compares' });
    expect(point).toHaveAttribute('aria-valuenow', '-1');
    expect(point).toHaveAttribute('aria-valuetext', '-1: queue');
    expect(screen.getByText('queue')).toBeInTheDocument();
  });

  it('follow the WAI-ARIA slider pattern: Up/Down half steps, PageUp/PageDown whole steps, Home the minimum, End the maximum; from a gap the first press counts, from neutral', async () => {
    await renderLayer();
    const point = () => screen.getByRole('slider', { name: 'Guest emotion at Compares' });
    const press = (key: string, value: string) => {
      fireEvent.keyDown(point(), { key });
      expect(point()).toHaveAttribute('aria-valuenow', value);
    };
    press('ArrowUp', '-0.5');
    press('PageUp', '0.5');
    press('PageDown', '-0.5');
    press('Home', '-2');
    press('ArrowDown', '-2');
    press('PageDown', '-2');
    press('End', '2');
    press('ArrowUp', '2');
    press('PageUp', '2');
    const gap = screen.getByRole('slider', { name: 'Guest emotion at Sees an ad' });
    fireEvent.keyDown(gap, { key: 'ArrowDown' });
    expect(screen.getByRole('slider', { name: 'Guest emotion at Sees an ad' })).toHaveAttribute('aria-valuenow', '-0.5');
    expect(board().emotions).toHaveLength(2);
  });

  it('Enter asks for the point’s note', async () => {
    const { dialogs } = await renderLayer();
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Guest emotion at Compares' }), { key: 'Enter' });
    expect(dialogs.getState().stack).toEqual([
      { kind: 'emotionNote', personaId: board().personas[0]!.id, stepId: board().steps[1]!.id, curve: 'as-is' },
    ]);
  });
});
