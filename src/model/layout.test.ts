import { afterEach, describe, expect, it } from 'vitest';
import { CARD_TEXT_WIDTH, GEOMETRY, cardDetails, cellAt, fullLineCount, layout, setTextMeasure } from './layout';
import { addCard, moveLane, setDensity, setLaneCollapsed, deleteLane, updateCard } from './ops';
import { validateBoard } from './validate';
import { sample } from './test/fixtures';

describe('layout', () => {
  it('places steps as columns and lanes as rows below the headers', () => {
    const b = sample();
    const l = layout(b);
    expect(l.steps.map((s) => s.x)).toEqual([0, 1, 2, 3, 4].map((i) => GEOMETRY.laneHeaderWidth + i * GEOMETRY.stepWidth));
    expect(l.lanes[0]!.y).toBe(GEOMETRY.stageBandHeight + GEOMETRY.stepHeaderHeight);
    l.lanes.slice(1).forEach((lane, i) => expect(lane.y).toBe(l.lanes[i]!.y + l.lanes[i]!.height));
    expect(l.stages.map((s) => s.width)).toEqual([1, 3, 1].map((n) => n * GEOMETRY.stepWidth));
  });

  it('grows a lane to fit the tallest stack of cards and keeps cards inside their cell', () => {
    let b = sample();
    for (let i = 0; i < 4; i++)
      b = addCard(b, { laneId: b.lanes[2]!.id, stepId: b.steps[1]!.id, text: 'a longer card text that wraps onto a second line' });
    const l = layout(b);
    const lane = l.lanes[2]!;
    expect(lane.height).toBeGreaterThan(GEOMETRY.minLaneHeight * 3);
    for (const c of b.cards.filter((c) => c.laneId === lane.id)) {
      const r = l.cards.get(c.id)!;
      expect(r.y).toBeGreaterThanOrEqual(lane.y);
      expect(r.y + r.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
  });

  it('derives the three lines from lane order and drops them when lanes are missing', () => {
    const b = sample();
    const l = layout(b);
    expect(l.lines.map((x) => x.kind)).toEqual(['interaction', 'visibility', 'internal']);
    expect(l.lines[1]!.y).toBe(l.lanes[2]!.y + l.lanes[2]!.height);
    const swapped = layout(moveLane(b, b.lanes[3]!.id, 2));
    expect(swapped.lines.map((x) => x.kind)).toEqual(['interaction', 'internal']);
    expect(layout(deleteLane(b, b.lanes[1]!.id)).lines.map((x) => x.kind)).toEqual(['visibility', 'internal']);
  });

  it('hides the cards of a collapsed lane', () => {
    const b = sample();
    const b2 = setLaneCollapsed(b, b.lanes[0]!.id, true);
    const l = layout(b2);
    expect(l.lanes[0]!.height).toBe(GEOMETRY.collapsedLaneHeight);
    expect(b2.cards.filter((c) => c.laneId === b2.lanes[0]!.id).some((c) => l.cards.has(c.id))).toBe(false);
  });

  it('cellAt finds the cell and the insertion index under a point', () => {
    const b = sample();
    const l = layout(b);
    const card = l.cards.get(b.cards[7]!.id)!;
    expect(cellAt(l, { x: card.x + 5, y: card.y + 2 })).toEqual({ laneId: b.cards[7]!.laneId, stepId: b.cards[7]!.stepId, index: 0 });
    expect(cellAt(l, { x: card.x + 5, y: card.y + card.height - 1 })!.index).toBe(1);
    expect(cellAt(l, { x: -10, y: 5 })).toBeNull();
  });
});

describe('details on cards', () => {
  it('a detailed board gives cards with an owner, duration or ratings one more line; compact boards and cards without details keep their height', () => {
    const b = sample();
    const withOwner = b.cards.find((c) => c.owner || c.durationMinutes !== undefined || c.touchpoint?.importance !== undefined) ?? b.cards[0]!;
    const owned = updateCard(b, withOwner.id, { owner: 'Front desk' });
    const plain = owned.cards.find((c) => !cardDetails(c))!;
    const detailed = setDensity(owned, 'detailed');
    const [before, after] = [layout(owned), layout(detailed)];
    expect(after.cards.get(withOwner.id)!.height).toBe(before.cards.get(withOwner.id)!.height + GEOMETRY.cardLineHeight);
    expect(after.cards.get(plain.id)!.height).toBe(before.cards.get(plain.id)!.height);
    expect(setDensity(detailed, 'compact')).toEqual(owned);
    expect(validateBoard(detailed).ok).toBe(true);
  });
});

describe('card text lines', () => {
  afterEach(() => setTextMeasure(null));
  it('wrap at words as the browser does: a three-word name that does not fit one line takes two', () => {
    // The estimate: 7.6 units a letter, 3.9 a space; "Property management system" is 190.2 wide, the text column 186.
    expect(CARD_TEXT_WIDTH).toBe(186);
    expect(fullLineCount('Property management system')).toBe(2);
    expect(fullLineCount('Orders dishes')).toBe(1);
  });
  it('follow the installed measure: words move to the next line whole, a word wider than the line breaks anywhere, spaces at a break hang', () => {
    setTextMeasure((text) => text.length * 10); // 18 letters fit a line of 186
    expect(fullLineCount('x'.repeat(10) + ' ' + 'y'.repeat(10))).toBe(2); // 210 wide: the second word goes down
    expect(fullLineCount('x'.repeat(9) + ' ' + 'y'.repeat(8))).toBe(1); // 180: fits
    expect(fullLineCount('z'.repeat(40))).toBe(3); // 18 + 18 + 4
    expect(fullLineCount('a\n\nb')).toBe(3); // an empty paragraph is a line
    setTextMeasure((text) => [...text].length * 20);
    expect(fullLineCount('服务蓝图服务蓝图服务蓝图')).toBe(2); // 12 glyphs of 20: 9 on the first line
  });
});
