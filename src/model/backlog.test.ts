import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backlogOf, formatPriority, linksOf, localDay, opportunityPriority, unaddressedProblems, valueEffortQuadrant } from './backlog';
import { analyseBoard } from './analysis';
import { createOpportunity } from './ops';
import { buildBoard } from './build';
import { loopBoard as board } from './test/loopBoard';
import type { Board } from './board';

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

describe('links and what is not addressed yet', () => {
  const id = (b: Board, text: string) => b.cards.find((c) => c.text === text)!.id;
  const names = (groups: ReturnType<typeof linksOf>) => groups.map((g) => [g.role, g.cards.map((c) => c.text)]);

  it('names each link by the lanes at both ends', () => {
    const b = board();
    expect(names(linksOf(b, id(b, 'A')))).toEqual([
      ['addresses', ['Books', 'Form too long']],
      ['solvedBy', ['Short form']],
      ['linked', ['C']],
    ]);
    expect(names(linksOf(b, id(b, 'Short form')))).toEqual([['serves', ['A']]]);
    expect(names(linksOf(b, id(b, 'Books')))).toEqual([['addressedBy', ['A']]]);
    expect(linksOf(b, 'gone')).toEqual([]);
  });

  /** The loop board with a customer card at "Pay" that fails without recovery and waits 30 min (the bottleneck); without `keepB`, no opportunity at "Pay". */
  function withProblem(keepB: boolean) {
    let b = board();
    const pay = b.steps[1]!.id;
    b = {
      ...b,
      cards: [
        ...b.cards,
        { id: 'pays', laneId: b.lanes[0]!.id, stepId: pay, order: 1, text: 'Pays', failure: { severity: 2 }, wait: { minutes: 30 } },
      ],
    };
    if (!keepB) {
      const gone = new Set([id(b, 'B'), id(b, 'D')]); // the opportunities at "Pay"
      b = { ...b, cards: b.cards.filter((c) => !gone.has(c.id)), connectors: b.connectors.filter((c) => !gone.has(c.from) && !gone.has(c.to)) };
    }
    return { b, pay };
  }

  it('lists flagged problems no opportunity addresses: a card by a link, a step by an opportunity there', () => {
    const { b, pay } = withProblem(true);
    // "B" sits at Pay, so the bottleneck step is addressed; the failure card has no opportunity linked.
    expect(unaddressedProblems(b, analyseBoard(b))).toEqual([{ kind: 'failure', cardId: 'pays', stepId: pay }]);
    const without = withProblem(false);
    expect(unaddressedProblems(without.b, analyseBoard(without.b))).toEqual([
      { kind: 'failure', cardId: 'pays', stepId: without.pay },
      { kind: 'bottleneck', stepId: without.pay },
    ]);
  });

  it('lists a rework loop until an opportunity is linked to a card on it', () => {
    const { b, pay } = withProblem(false);
    const checks = { id: 'checks', laneId: b.lanes[1]!.id, stepId: pay, order: 0, text: 'Checks the bill again' };
    const looped = {
      ...b,
      cards: [...b.cards, checks],
      connectors: [...b.connectors, { id: 'r1', from: 'pays', to: 'checks' }, { id: 'r2', from: 'checks', to: 'pays' }],
    };
    const rework = unaddressedProblems(looped, analyseBoard(looped)).filter((p) => p.kind === 'rework');
    expect(rework).toHaveLength(1);
    expect(rework[0]).toMatchObject({ stepId: pay, cardId: expect.stringMatching(/^(pays|checks)$/) });
    const linked = { ...looped, connectors: [...looped.connectors, { id: 'r3', from: id(b, 'A'), to: 'checks' }] };
    expect(unaddressedProblems(linked, analyseBoard(linked)).filter((p) => p.kind === 'rework')).toEqual([]);
  });

  it('creates an opportunity from a problem: in its step, linked to its card, and then it is addressed', () => {
    const { b, pay } = withProblem(false);
    const after = createOpportunity(b, { stepId: pay, from: 'pays', text: 'Fix: Pays', id: 'op1', laneName: 'Opportunities' });
    const made = after.cards.find((c) => c.id === 'op1')!;
    expect(made).toMatchObject({ stepId: pay, laneId: b.lanes[2]!.id, text: 'Fix: Pays' });
    expect(after.connectors.at(-1)).toMatchObject({ from: 'op1', to: 'pays' });
    expect(unaddressedProblems(after, analyseBoard(after))).toEqual([]);
  });

  it('adds an opportunity lane when the board has none', () => {
    const plain = buildBoard({
      title: 'P',
      stages: [{ name: 'S', steps: ['One'] }],
      lanes: [{ kind: 'customer', name: 'Customer' }],
      cards: [{ lane: 0, step: 0, text: 'x' }],
    });
    const after = createOpportunity(plain, { stepId: plain.steps[0]!.id, text: 'Idea', id: 'op', laneName: 'Opportunities', laneId: 'ln_op' });
    expect(after.lanes.map((l) => [l.kind, l.name])).toEqual([
      ['customer', 'Customer'],
      ['opportunity', 'Opportunities'],
    ]);
    expect(after.cards.find((c) => c.id === 'op')).toMatchObject({ laneId: 'ln_op', text: 'Idea' });
    expect(after.connectors).toEqual([]);
  });
});
