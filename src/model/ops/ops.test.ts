import { describe, expect, it } from 'vitest';
import { sample } from '../test/fixtures';
import { validateBoard } from '../validate';
import {
  addCard,
  addConnector,
  addLane,
  addPersona,
  addStage,
  addStep,
  cellCards,
  clearEmotion,
  deleteCards,
  deleteLane,
  deletePersona,
  deleteStage,
  deleteStep,
  moveCardGroup,
  moveCards,
  moveLane,
  moveStep,
  renameBoard,
  setEmotion,
  setStepStage,
  startStageAt,
  toggleMarker,
  updateCard,
} from './index';
import type { Board } from '../board';

const valid = (b: ReturnType<typeof sample>) => {
  const r = validateBoard(b);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
};

describe('card ops', () => {
  it('adds a card at a position inside a cell and renumbers orders', () => {
    const b = sample();
    const [lane, step] = [b.lanes[1]!.id, b.steps[2]!.id];
    const withTwo = addCard(addCard(b, { laneId: lane, stepId: step, text: 'last', id: 'x1' }), {
      laneId: lane,
      stepId: step,
      text: 'first',
      index: 0,
      id: 'x2',
    });
    expect(cellCards(withTwo, lane, step).map((c) => c.text)).toEqual(['first', 'customer 3', 'last']);
    expect(cellCards(withTwo, lane, step).map((c) => c.order)).toEqual([0, 1, 2]);
    valid(withTwo);
  });

  it('moves a card to another lane and index, closing the gap it left', () => {
    let b = sample();
    const step = b.steps[2]!.id;
    b = addCard(b, { laneId: b.lanes[1]!.id, stepId: step, text: 'second', id: 'c2' });
    const target = b.lanes[3]!.id;
    const moved = moveCards(b, [cellCards(b, b.lanes[1]!.id, step)[0]!.id], { laneId: target, stepId: step, index: 0 });
    expect(cellCards(moved, target, step).map((c) => c.text)).toEqual(['customer 3', 'backstage 3']);
    expect(cellCards(moved, b.lanes[1]!.id, step).map((c) => [c.text, c.order])).toEqual([['second', 0]]);
    valid(moved);
  });

  it('a dragged selection keeps each card in its own lane: the drag offset applies to every card', () => {
    const b = sample();
    const [front, back] = [b.lanes[2]!.id, b.lanes[3]!.id];
    const [s2, s3] = [b.steps[1]!.id, b.steps[2]!.id];
    const f = cellCards(b, front, s2)[0]!;
    const k = cellCards(b, back, s2)[0]!;
    const moved = moveCardGroup(b, [f.id, k.id], f.id, { laneId: front, stepId: s3, index: 1 });
    expect(cellCards(moved, front, s3).map((c) => c.text)).toEqual(['frontstage 3', 'frontstage 2']);
    expect(cellCards(moved, back, s3).map((c) => c.text)).toEqual(['backstage 3', 'backstage 2']);
    expect(cellCards(moved, front, s2)).toEqual([]);
    valid(moved);
  });

  it('a dragged selection is held at the edge of the grid instead of piling up there', () => {
    const b = sample();
    const [customer, support] = [b.lanes[1]!.id, b.lanes[4]!.id];
    const c = cellCards(b, customer, b.steps[0]!.id)[0]!;
    const s = cellCards(b, support, b.steps[1]!.id)[0]!;
    // Dropping the customer card on the support lane would push the support card off the grid: the
    // lane offset stops at 0, the step offset of 1 still applies.
    const moved = moveCardGroup(b, [c.id, s.id], c.id, { laneId: support, stepId: b.steps[1]!.id });
    expect(cellCards(moved, customer, b.steps[1]!.id).map((x) => x.text)).toEqual(['customer 2', 'customer 1']);
    expect(cellCards(moved, support, b.steps[2]!.id).map((x) => x.text)).toEqual(['support 3', 'support 2']);
    expect(moveCardGroup(b, [c.id], c.id, { laneId: c.laneId, stepId: c.stepId, index: 0 })).toBe(b);
    valid(moved);
  });

  it('returns the same board for a no-op so history stays clean', () => {
    const b = sample();
    const card = b.cards[0]!;
    expect(updateCard(b, card.id, { text: card.text })).toBe(b);
    expect(moveCards(b, [card.id], { laneId: card.laneId, stepId: card.stepId, index: 0 })).toBe(b);
    expect(renameBoard(b, b.title)).toBe(b);
    expect(addCard(b, { laneId: 'missing', stepId: b.steps[0]!.id })).toBe(b);
  });

  it('deleting cards removes connectors touching them', () => {
    const b = sample();
    const c = b.connectors[0]!;
    const after = deleteCards(b, [c.from]);
    expect(after.connectors.some((x) => x.from === c.from || x.to === c.from)).toBe(false);
    valid(after);
  });

  it('toggles markers with defaults and off again', () => {
    const b = sample();
    const id = b.cards[12]!.id;
    const on = toggleMarker(b, id, 'wait', true);
    expect(on.cards[12]!.wait).toEqual({}); // minutes unset until someone measures the wait;
    const off = toggleMarker(on, id, 'wait', false);
    expect('wait' in off.cards[12]!).toBe(false);
  });
});

describe('lane, step and stage ops', () => {
  it('deleting a lane or step cascades to its cards, connectors and emotion points', () => {
    let b = addPersona(sample(), { name: 'Guest', id: 'p1' });
    b = setEmotion(b, { personaId: 'p1', stepId: b.steps[2]!.id, score: 1 });
    const noStep = deleteStep(b, b.steps[2]!.id);
    expect(noStep.cards.some((c) => c.stepId === b.steps[2]!.id)).toBe(false);
    expect(noStep.emotions).toEqual([]);
    valid(noStep);
    const noLane = deleteLane(b, b.lanes[2]!.id);
    expect(noLane.cards).toHaveLength(20);
    valid(noLane);
  });

  it('keeps steps grouped by stage when moving steps and adding stages', () => {
    let b = sample();
    const [before, visit] = [b.stages[0]!.id, b.stages[1]!.id];
    b = moveStep(b, b.steps[4]!.id, { stageId: before, index: 0 });
    expect(b.steps.map((s) => s.name)).toEqual(['Payment', 'Reservation', 'Arrival', 'Ordering', 'Meal']);
    b = addStep(b, { stageId: visit, name: 'Seating', index: 1 });
    expect(b.steps.map((s) => s.name)).toEqual(['Payment', 'Reservation', 'Arrival', 'Seating', 'Ordering', 'Meal']);
    b = addStage(b, { name: 'First', index: 0, id: 's0' });
    b = addStep(b, { stageId: 's0', name: 'Discover' });
    expect(b.steps[0]!.name).toBe('Discover');
    valid(b);
  });

  it('deleting a stage hands its steps to a neighbour; the last stage stays', () => {
    const b = sample();
    const after = deleteStage(b, b.stages[0]!.id);
    expect(after.stages).toHaveLength(2);
    expect(after.steps).toHaveLength(5);
    valid(after);
    const single = deleteStage(deleteStage(after, after.stages[0]!.id), after.stages[1]!.id);
    expect(single.stages).toHaveLength(1);
  });

  it('moves lanes', () => {
    const b = sample();
    const moved = moveLane(b, b.lanes[0]!.id, 4);
    expect(moved.lanes.map((l) => l.kind)).toEqual(['customer', 'frontstage', 'backstage', 'support', 'evidence']);
    expect(moveLane(b, b.lanes[0]!.id, 0)).toBe(b);
    expect(addLane(b, { kind: 'pain', name: 'Pain', index: 1 }).lanes[1]!.kind).toBe('pain');
  });
});

describe('connectors, personas and emotions', () => {
  it('refuses self loops, duplicates and unknown cards', () => {
    const b = sample();
    const [a, c] = [b.cards[0]!.id, b.cards[1]!.id];
    expect(addConnector(b, { from: a, to: a })).toBe(b);
    expect(addConnector(b, { from: a, to: 'zz' })).toBe(b);
    const once = addConnector(b, { from: a, to: c });
    expect(addConnector(once, { from: a, to: c })).toBe(once);
  });

  it('clamps emotion to −2…+2 in half steps and leaves gaps when cleared', () => {
    let b = addPersona(sample(), { name: 'Guest', id: 'p1' });
    const step = b.steps[0]!.id;
    b = setEmotion(b, { personaId: 'p1', stepId: step, score: 7 });
    expect(b.emotions[0]!.score).toBe(2);
    b = setEmotion(b, { personaId: 'p1', stepId: step, score: -0.7, note: 'queue' });
    expect(b.emotions).toHaveLength(1);
    expect(b.emotions[0]).toMatchObject({ score: -0.5, note: 'queue' });
    expect(clearEmotion(b, 'p1', step).emotions).toEqual([]);
    expect(deletePersona(b, 'p1').emotions).toEqual([]);
  });
});

describe('steps into stages', () => {
  const names = (b: Board) =>
    b.stages.map(
      (st) =>
        `${st.name}: ${b.steps
          .filter((s) => s.stageId === st.id)
          .map((s) => s.name)
          .join(', ')}`,
    );
  it('puts a step into another stage next to where it was, and drops a stage it leaves empty', () => {
    const b = sample(); // Before: Reservation · Visit: Arrival, Ordering, Meal · After: Payment
    const meal = b.steps.find((s) => s.name === 'Meal')!.id;
    const moved = setStepStage(b, meal, b.stages[2]!.id);
    expect(names(moved)).toEqual(['Before: Reservation', 'Visit: Arrival, Ordering', 'After: Meal, Payment']);
    const reservation = b.steps.find((s) => s.name === 'Reservation')!.id;
    const emptied = setStepStage(b, reservation, b.stages[1]!.id);
    expect(names(emptied)).toEqual(['Visit: Reservation, Arrival, Ordering, Meal', 'After: Payment']);
    expect(validateBoard(emptied).ok).toBe(true);
  });

  it('starts a new stage at a step, taking the steps after it in its stage', () => {
    const b = sample();
    const ordering = b.steps.find((s) => s.name === 'Ordering')!.id;
    const split = startStageAt(b, ordering, { name: 'At the table', id: 'sg_table' });
    expect(names(split)).toEqual(['Before: Reservation', 'Visit: Arrival', 'At the table: Ordering, Meal', 'After: Payment']);
    expect(split.steps.map((s) => s.id)).toEqual(b.steps.map((s) => s.id)); // columns stay where they were
    expect(startStageAt(b, b.steps.find((s) => s.name === 'Arrival')!.id, { name: 'x' })).toBe(b); // already a stage's first step
  });

  it('deleting a stage’s last step deletes the empty stage too (not the board’s last stage)', () => {
    const b = sample();
    const payment = b.steps.find((s) => s.name === 'Payment')!.id;
    expect(names(deleteStep(b, payment))).toEqual(['Before: Reservation', 'Visit: Arrival, Ordering, Meal']);
  });
});
