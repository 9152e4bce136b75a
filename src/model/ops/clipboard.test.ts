import { describe, expect, it } from 'vitest';
import { sample } from '../test/fixtures';
import { validateBoard } from '../validate';
import { cellCards } from './cards';
import { copyCards, parseClip, pasteCards } from './clipboard';

describe('copy and paste cards', () => {
  it('pastes copies with fresh ids, their markers and inner connectors, at a position in a cell', () => {
    const b = sample();
    const c1 = b.cards.find((c) => c.text === 'customer 3')!;
    const c2 = b.cards.find((c) => c.text === 'frontstage 3')!;
    const clip = parseClip(JSON.stringify(copyCards(b, [c2.id, c1.id])))!;
    expect(clip.cards.map((c) => c.text)).toEqual(['customer 3', 'frontstage 3']);
    expect(clip.connectors).toHaveLength(1);
    const ids: string[] = [];
    const target = { laneId: b.lanes[4]!.id, stepId: b.steps[0]!.id, index: 0 };
    const after = pasteCards(b, clip, target, ids);
    expect(cellCards(after, target.laneId, target.stepId).map((c) => c.text)).toEqual(['customer 3', 'frontstage 3', 'support 1']);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(c1.id);
    expect(after.cards.find((c) => c.id === ids[0])!.touchpoint).toEqual(c1.touchpoint);
    expect(after.connectors.some((c) => c.from === ids[0] && c.to === ids[1])).toBe(true);
    expect(validateBoard(after).ok).toBe(true);
    // Pasting twice (or into another board) still yields unique ids.
    expect(validateBoard(pasteCards(after, clip, target)).ok).toBe(true);
  });

  it('ignores clipboard text that is not a card clip', () => {
    expect(parseClip('hello')).toBeNull();
    expect(parseClip('{"format":"blueprint-studio/cards","cards":[{"id":1}],"connectors":[]}')).toBeNull();
  });
});
