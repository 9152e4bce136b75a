import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backlogOf, formatPriority, localDay, opportunityPriority, valueEffortQuadrant } from './backlog';
import { buildBoard } from './templates';
import type { Board } from './board';

/**
 * Two steps; lanes: customer, pain, opportunity, solution.
 * Opportunities: A (cv 4, bv 5, effort 3 → 3.0), B (5, 5, 1 → 10.0), C (unscored), D (2, 1, 4 → 0.75).
 */
function board(): Board {
  const b = buildBoard({
    title: 'Loop',
    stages: [{ name: 'S', steps: ['Book', 'Pay'] }],
    lanes: [
      { kind: 'customer', name: 'Customer' },
      { kind: 'pain', name: 'Pain' },
      { kind: 'opportunity', name: 'Opportunities' },
      { kind: 'solution', name: 'Solutions' },
    ],
    cards: [
      { lane: 0, step: 0, text: 'Books' }, // 0
      { lane: 1, step: 0, text: 'Form too long' }, // 1
      { lane: 2, step: 0, text: 'A' }, // 2
      { lane: 2, step: 0, text: 'C' }, // 3
      { lane: 2, step: 1, text: 'B' }, // 4
      { lane: 2, step: 1, text: 'D' }, // 5
      { lane: 3, step: 0, text: 'Short form' }, // 6
      { lane: 3, step: 1, text: 'Pay by link' }, // 7
    ],
    connectors: [
      [2, 1], // A addresses the pain
      [0, 2], // … and the customer step (drawn towards A: links count both ways)
      [2, 6], // A solved by "Short form"
      [7, 4], // "Pay by link" serves B
      [2, 3], // A–C: a link between opportunities is neither a problem nor a solution
    ],
  });
  const score = (i: number, customerValue?: number, businessValue?: number, effort?: number) =>
    (b.cards[i] = { ...b.cards[i]!, customerValue, businessValue, effort });
  score(2, 4, 5, 3);
  score(4, 5, 5, 1);
  score(5, 2, 1, 4);
  b.cards[4] = { ...b.cards[4]!, opportunityStatus: 'chosen' };
  b.cards[6] = { ...b.cards[6]!, solutionStatus: 'in-progress', dueDate: '2026-11-30' };
  b.cards[7] = { ...b.cards[7]!, solutionStatus: 'live', dueDate: '2026-01-01' };
  return b;
}

describe('opportunity priority and the value × effort matrix', () => {
  it('is (customer value + business value) ÷ effort, unset until all three are scored', () => {
    expect(opportunityPriority({ customerValue: 4, businessValue: 5, effort: 3 })).toBe(3);
    expect(opportunityPriority({ customerValue: 2, businessValue: 1, effort: 4 })).toBe(0.75);
    expect(opportunityPriority({ customerValue: 4, businessValue: 5 })).toBeUndefined();
    expect(formatPriority(0.75)).toBe('0.8');
    expect(formatPriority(10)).toBe('10.0');
  });

  it('puts value 3+ and effort 3+ on the high side', () => {
    expect(valueEffortQuadrant({ customerValue: 4, businessValue: 2, effort: 2 })).toBe('quickWin'); // value 3
    expect(valueEffortQuadrant({ customerValue: 4, businessValue: 5, effort: 3 })).toBe('bigBet');
    expect(valueEffortQuadrant({ customerValue: 2, businessValue: 3, effort: 1 })).toBe('fillIn'); // value 2.5
    expect(valueEffortQuadrant({ customerValue: 1, businessValue: 1, effort: 5 })).toBe('moneyPit');
    expect(valueEffortQuadrant({ customerValue: 1, effort: 5 })).toBeUndefined();
  });
});

describe('the backlog', () => {
  it('lists opportunities by priority (unscored last) with what they address and their solutions', () => {
    const { opportunities } = backlogOf(board(), '2026-12-01');
    expect(opportunities.map((o) => [o.card.text, o.priority, o.quadrant, o.status])).toEqual([
      ['B', 10, 'quickWin', 'chosen'],
      ['A', 3, 'bigBet', 'open'],
      ['D', 0.75, 'moneyPit', 'open'],
      ['C', undefined, undefined, 'open'],
    ]);
    const a = opportunities[1]!;
    expect(a.addresses.map((c) => c.text)).toEqual(['Books', 'Form too long']);
    expect(a.solutions.map((c) => c.text)).toEqual(['Short form']);
    expect(opportunities[0]!.solutions.map((c) => c.text)).toEqual(['Pay by link']);
  });

  it('lists solutions in board order, overdue only when past due and not live or dropped', () => {
    const { solutions } = backlogOf(board(), '2026-12-01');
    expect(solutions.map((s) => [s.card.text, s.status, s.overdue, s.opportunities.map((o) => o.text)])).toEqual([
      ['Short form', 'in-progress', true, ['A']],
      ['Pay by link', 'live', false, ['B']],
    ]);
    expect(backlogOf(board(), '2026-11-30').solutions[0]!.overdue).toBe(false); // due today is not late
  });

  it('does not depend on the order connectors were drawn in, and never raises priority down the list', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), (keys) => {
        const b = board();
        const shuffled = {
          ...b,
          connectors: b.connectors
            .map((c, i) => ({ c, k: keys[i]! }))
            .sort((x, y) => x.k - y.k)
            .map((x) => x.c),
        };
        const plain = (x: Board) => JSON.stringify(backlogOf(x, '2026-12-01'));
        expect(plain(shuffled)).toBe(plain(b));
        const ps = backlogOf(shuffled, '2026-12-01').opportunities.map((o) => o.priority ?? -1);
        expect(ps).toEqual([...ps].sort((x, y) => y - x));
      }),
    );
  });

  it('gives today as the user’s calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
