import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCard, addLane, deleteStep, renameLane, renameStep, updateCard } from './ops';
import { boardAtVersion, versionChanges, versionDiff } from './versionDiff';
import { sample } from './test/fixtures';

describe('versionDiff', () => {
  it('counts cards added, removed and edited, and lanes and steps added or removed', () => {
    const old = sample();
    let now = addCard(old, { laneId: old.lanes[0]!.id, stepId: old.steps[0]!.id, text: 'new' });
    now = updateCard(now, old.cards[3]!.id, { text: 'changed' });
    now = addLane(now, { kind: 'text', name: 'Notes' });
    const stepCards = now.cards.filter((c) => c.stepId === old.steps[4]!.id).length; // deleting the step removes its cards
    now = deleteStep(now, old.steps[4]!.id);
    expect(versionDiff(old, now)).toEqual({
      cardsAdded: 1,
      cardsRemoved: stepCards,
      cardsEdited: 1,
      lanesAdded: 1,
      lanesRemoved: 0,
      stepsAdded: 0,
      stepsRemoved: 1,
    });
    expect(versionDiff(now, old)).toEqual({
      cardsAdded: stepCards,
      cardsRemoved: 1,
      cardsEdited: 1,
      lanesAdded: 0,
      lanesRemoved: 1,
      stepsAdded: 1,
      stepsRemoved: 0,
    });
  });

  it('names what changed: cards added, removed and changed (text then → now), steps and lanes renamed', () => {
    const old = sample();
    let now = addCard(old, { laneId: old.lanes[0]!.id, stepId: old.steps[0]!.id, text: 'Printed receipt' });
    now = updateCard(now, old.cards[3]!.id, { text: 'changed' });
    now = updateCard(now, old.cards[2]!.id, { owner: 'Floor team' });
    now = renameStep(now, old.steps[1]!.id, 'Check-in');
    now = renameLane(now, old.lanes[0]!.id, 'Evidence');
    const removed = now.cards.filter((c) => c.stepId === old.steps[4]!.id).map((c) => c.text);
    now = deleteStep(now, old.steps[4]!.id);
    expect(versionChanges(old, now)).toEqual({
      cardsAdded: ['Printed receipt'],
      cardsRemoved: removed,
      cardsEdited: [
        { before: old.cards[2]!.text, after: old.cards[2]!.text }, // its owner changed
        { before: old.cards[3]!.text, after: 'changed' },
      ],
      stepsRenamed: [{ before: 'Arrival', after: 'Check-in' }],
      lanesRenamed: [{ before: old.lanes[0]!.name, after: 'Evidence' }],
    });
  });

  it('finds nothing between a board and itself, and restoring gives the version back under the open board’s identity', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const old = sample();
        const now = updateCard(old, old.cards[0]!.id, { text: text || 'x' });
        expect(versionDiff(now, now)).toEqual({
          cardsAdded: 0,
          cardsRemoved: 0,
          cardsEdited: 0,
          lanesAdded: 0,
          lanesRemoved: 0,
          stepsAdded: 0,
          stepsRemoved: 0,
        });
        const restored = boardAtVersion({ ...now, revision: 9 }, old);
        expect(restored).toEqual({ ...old, revision: 9 });
        expect(versionDiff(restored, old).cardsEdited).toBe(0);
      }),
    );
  });
});
