import { describe, expect, it } from 'vitest';
import { layout } from './layout';
import { navigate, neighbourCell } from './navigation';
import { addCard, deleteCards } from './ops';
import { sample } from './test/fixtures';

describe('keyboard navigation', () => {
  it('walks a cell stack, then into neighbouring lanes and steps', () => {
    let b = sample();
    const [lane1, step2] = [b.lanes[1]!.id, b.steps[2]!.id];
    b = addCard(b, { laneId: lane1, stepId: step2, text: 'second', id: 'second' });
    const l = layout(b);
    const first = b.cards.find((c) => c.text === 'customer 3')!;
    expect(navigate(b, l, { laneId: lane1, stepId: step2, cardId: first.id }, 'down')).toEqual({ laneId: lane1, stepId: step2, cardId: 'second' });
    const below = navigate(b, l, { laneId: lane1, stepId: step2, cardId: 'second' }, 'down')!;
    expect(b.cards.find((c) => c.id === below.cardId)!.text).toBe('frontstage 3');
    const above = navigate(b, l, { laneId: lane1, stepId: step2, cardId: first.id }, 'up')!;
    expect(b.cards.find((c) => c.id === above.cardId)!.text).toBe('evidence 3');
    const right = navigate(b, l, { laneId: lane1, stepId: step2, cardId: 'second' }, 'right')!;
    expect(b.cards.find((c) => c.id === right.cardId)!.text).toBe('customer 4');
  });

  it('lands on empty cells and stops at the edges', () => {
    const full = sample();
    const b = deleteCards(full, [full.cards.find((c) => c.text === 'customer 4')!.id]);
    const l = layout(b);
    const from = b.cards.find((c) => c.text === 'customer 3')!;
    expect(navigate(b, l, { laneId: from.laneId, stepId: from.stepId, cardId: from.id }, 'right')).toEqual({
      laneId: from.laneId,
      stepId: b.steps[3]!.id,
    });
    expect(navigate(b, l, { laneId: b.lanes[0]!.id, stepId: b.steps[0]!.id }, 'up')).toBeNull();
    expect(neighbourCell(b, b.lanes[4]!.id, b.steps[4]!.id, 'right')).toBeNull();
  });
});
