import { cpuMs } from '../../../test/support/cpuTime';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { knownBoard } from '../test/knownBoard';
import { generateBoard } from '../generate';
import {
  analyseBoard,
  emotionAnalysis,
  evidenceAnalysis,
  failureRegister,
  handoffs,
  highlight,
  servqual,
  timeAndWaiting,
  touchpointPriorities,
  formatScore,
} from './index';
import { cycles, heaviestChain } from './graph';

const emptyBoard = () => ({ ...knownBoard(), stages: [], steps: [], lanes: [], cards: [], connectors: [], personas: [], emotions: [] });

// Every expected figure below is worked out by hand from knownBoard() (see its cards).
describe('touchpoint priorities', () => {
  it('ranks rated touchpoints by gap and lists unrated ones last', () => {
    const { rows, split } = touchpointPriorities(knownBoard());
    expect(split).toEqual({ importance: 3, performance: 3 });
    expect(rows.map((r) => [r.cardId, r.gap, r.quadrant])).toEqual([
      ['c1', 3, 'concentrate'],
      ['c7', 1, 'low-priority'],
      ['c2', 0, 'keep-up'],
      ['c5', -3, 'overkill'],
      ['c3', null, null],
    ]);
    expect(rows[4]).toMatchObject({ channel: 'web', stepId: 'b', laneId: 'cu' });
  });
  it('can split the quadrants at the means of the ratings', () => {
    const { split } = touchpointPriorities(knownBoard(), 'means');
    expect(split).toEqual({ importance: 3.25, performance: 3 });
  });
  it('ranks equal gaps by importance', () => {
    const board = knownBoard();
    board.cards[1] = { ...board.cards[1]!, touchpoint: { channel: 'web', importance: 4, performance: 1 } }; // gap 3, less important than c1
    expect(
      touchpointPriorities(board)
        .rows.slice(0, 2)
        .map((r) => r.cardId),
    ).toEqual(['c1', 'c2']);
  });
});

describe('failure register', () => {
  it('lists failures by severity with their flags', () => {
    expect(failureRegister(knownBoard())).toEqual([
      {
        cardId: 'c4',
        stageId: 'S1',
        stepId: 'b',
        laneId: 'ba',
        severity: 3,
        cause: 'No clean tables',
        recovery: undefined,
        owner: 'Kitchen',
        flags: { noRecovery: true, noOwner: false, visible: false, emotionalLow: true },
      },
      {
        cardId: 'c5',
        stageId: 'S2',
        stepId: 'c',
        laneId: 'fr',
        severity: 2,
        cause: undefined,
        recovery: 'Manager apologises',
        owner: ' ',
        flags: { noRecovery: false, noOwner: true, visible: true, emotionalLow: false },
      },
    ]);
  });
  it('puts visible failures first among equals', () => {
    const board = knownBoard();
    board.cards[4] = { ...board.cards[4]!, failure: { severity: 3 } };
    expect(failureRegister(board).map((r) => r.cardId)).toEqual(['c5', 'c4']);
  });
});

describe('time and waiting', () => {
  it('separates the customer’s time from staff effort, per step, stage and owner', () => {
    const time = timeAndWaiting(knownBoard());
    // Arrive: customer c1 5 min; Host's greeting (2 min) is effort, so 5 min is within the 5-min tolerance.
    // Seat: the customer only waits (15); the kitchen prepares the table meanwhile (8, effort).
    // Order: customer c7 4 min; c5 3 + c6 1 = 4 min of effort.
    expect(
      time.steps.map(({ stepId, activity, wait, customer, effort, cost, overBy, activityFrom }) => ({
        stepId,
        activity,
        wait,
        customer,
        effort,
        cost,
        overBy,
        activityFrom,
      })),
    ).toEqual([
      { stepId: 'a', activity: 5, wait: 0, customer: 5, effort: 2, cost: 1, overBy: null, activityFrom: 'cards' },
      { stepId: 'b', activity: 0, wait: 15, customer: 15, effort: 8, cost: 4, overBy: null, activityFrom: 'cards' },
      { stepId: 'c', activity: 4, wait: 0, customer: 4, effort: 4, cost: 10, overBy: null, activityFrom: 'cards' },
    ]);
    expect(time.stages).toEqual([
      { stageId: 'S1', activity: 5, wait: 15, customer: 20, effort: 10, cost: 5 },
      { stageId: 'S2', activity: 4, wait: 0, customer: 4, effort: 4, cost: 10 },
    ]);
    // The headline figures are the totals of the columns, so they always agree with the tables.
    expect(time.totals).toEqual({ activity: 9, wait: 15, customer: 24, effort: 14, cost: 15 });
    expect(time.waitShare).toBeCloseTo(15 / 24);
    // Nothing is over tolerance, so the bottleneck is the longest wait.
    expect(time.bottleneck).toEqual({ stepId: 'b', reason: 'waiting', minutes: 15 });
    // Owners as written ("Host", not the blank ' ' of c5); the customer's own minutes are not effort.
    expect(time.owners).toEqual([
      { owner: 'Kitchen', cards: 1, effort: 8, cost: 4 },
      { owner: 'Host', cards: 2, effort: 2, cost: 1 },
      { owner: 'Vendor Ltd', cards: 1, effort: 1, cost: 10 },
      { owner: null, cards: 3, effort: 3, cost: 0 },
    ]);
  });
  it('a step’s own duration replaces its customer cards; tolerance and the bottleneck follow the customer, not the back office', () => {
    const board = knownBoard();
    // The defect's board in small: "Book & pay" (customer 15, back office 30, tolerance 20), a 50-min
    // queue (tolerance 20) and a 270-min guided tour (the experience itself, no tolerance).
    board.steps = [
      { id: 'a', stageId: 'S1', name: 'Book & pay', toleranceMinutes: 20 },
      { id: 'b', stageId: 'S1', name: 'Queue', toleranceMinutes: 20 },
      { id: 'c', stageId: 'S2', name: 'Guided tour', durationMinutes: 270 },
    ];
    board.cards = [
      { id: 'p1', laneId: 'cu', stepId: 'a', order: 0, text: 'Books', durationMinutes: 15 },
      { id: 'p2', laneId: 'ba', stepId: 'a', order: 0, text: 'Back office', durationMinutes: 30, owner: 'Agency' },
      { id: 'q1', laneId: 'cu', stepId: 'b', order: 0, text: 'Queues', wait: { minutes: 50 } },
      { id: 't1', laneId: 'cu', stepId: 'c', order: 0, text: 'Tours', durationMinutes: 200 },
      { id: 't2', laneId: 'fr', stepId: 'c', order: 0, text: 'Guide', durationMinutes: 270, owner: 'agency ' },
    ];
    const time = timeAndWaiting(board);
    expect(time.steps.map((s) => [s.stepId, s.customer, s.effort, s.overBy, s.activityFrom])).toEqual([
      ['a', 15, 30, null, 'cards'],
      ['b', 50, 0, 30, 'cards'],
      ['c', 270, 270, null, 'step'],
    ]);
    expect(time.bottleneck).toEqual({ stepId: 'b', reason: 'tolerance', minutes: 30 });
    expect(time.totals.customer).toBe(335);
    expect(time.owners).toEqual([
      { owner: 'Agency', cards: 2, effort: 300, cost: 0 },
      { owner: null, cards: 3, effort: 0, cost: 0 },
    ]);
  });
  it('takes the longest chain of connected cards, not the sum of parallel work', () => {
    // c1→c2→c4→c6 weighs 5+2+8+1 = 16 (the loop back to c4 is set aside); c3→c7 weighs 15+4 = 19.
    expect(timeAndWaiting(knownBoard()).criticalPath).toEqual({ minutes: 19, cardIds: ['c3', 'c7'] });
  });
  it('says nothing where nothing is recorded', () => {
    const time = timeAndWaiting(emptyBoard());
    expect(time).toMatchObject({
      waitShare: null,
      bottleneck: null,
      criticalPath: null,
      owners: [],
      totals: { activity: 0, wait: 0, customer: 0, effort: 0, cost: 0 },
    });
  });
});

describe('handoffs', () => {
  it('lists connectors across lines or owners, per stage, and loops as rework', () => {
    const result = handoffs(knownBoard());
    expect(result.rows.map((r) => [r.connectorId, r.lines, r.ownerChange])).toEqual([
      ['k1', ['interaction'], false],
      ['k2', ['visibility'], true],
      ['k3', ['internal'], true],
      ['k4', ['internal'], true],
    ]);
    expect(result.perStage).toEqual([
      { stageId: 'S1', count: 3 },
      { stageId: 'S2', count: 1 },
    ]);
    expect(result.reworkLoops).toEqual([['c4', 'c6']]);
    expect(result.ownerPairs).toEqual([
      { from: 'Host', to: 'Kitchen', count: 1 },
      { from: 'Kitchen', to: 'Vendor Ltd', count: 1 },
      { from: 'Vendor Ltd', to: 'Kitchen', count: 1 },
    ]);
  });
  it('counts every line a long connector crosses, and owners regardless of case', () => {
    const board = knownBoard();
    board.connectors = [
      { id: 'x', from: 'c1', to: 'c6' },
      { id: 'y', from: 'c2', to: 'c1' },
    ];
    board.cards[0] = { ...board.cards[0]!, owner: 'host ' };
    expect(handoffs(board).rows.map((r) => [r.connectorId, r.lines, r.ownerChange])).toEqual([
      ['x', ['interaction', 'visibility', 'internal'], true],
      ['y', ['interaction'], false],
    ]);
  });
});

describe('SERVQUAL', () => {
  it('counts per dimension and finds the weakest', () => {
    const result = servqual(knownBoard());
    expect(result.rows).toEqual([
      { dimension: 'tangibles', cards: 1, touchpoints: 1, rated: 1, meanPerformance: 2 },
      { dimension: 'reliability', cards: 2, touchpoints: 2, rated: 2, meanPerformance: 3 },
      { dimension: 'responsiveness', cards: 0, touchpoints: 0, rated: 0, meanPerformance: null },
      { dimension: 'assurance', cards: 0, touchpoints: 0, rated: 0, meanPerformance: null },
      { dimension: 'empathy', cards: 1, touchpoints: 1, rated: 1, meanPerformance: 4 },
    ]);
    expect(result.weakest).toBe('tangibles');
    expect(result.unassigned).toEqual(['c3']);
  });
});

describe('emotions', () => {
  it('finds the low, the end, the sharpest drop, the gap to the target and lows at problems', () => {
    expect(emotionAnalysis(knownBoard())).toEqual([
      {
        personaId: 'P',
        lowest: { stepId: 'b', score: -2 },
        lowestAlso: [],
        end: { stepId: 'c', score: -0.5 },
        sharpestDrop: { fromStepId: 'a', toStepId: 'b', drop: 3 },
        stages: [
          { stageId: 'S1', asIs: -0.5, toBe: 0.5, difference: 1 },
          { stageId: 'S2', asIs: -0.5, toBe: 1, difference: 1.5 },
        ],
        lowsAtProblems: [{ stepId: 'b', score: -2, cardIds: ['c3', 'c4'] }],
      },
    ]);
  });
  it('computes stage differences from exact averages and says when the lowest point is a tie', () => {
    const board = knownBoard();
    // Stage S1 (steps a, b, d): as-is 1, 0.5, 1 and to-be 1, 1, 0.5 both average 0.8333…: exact
    // averages, and their difference exactly 0.
    board.steps = [...board.steps, { id: 'd', stageId: 'S1', name: 'Wait' }];
    board.personas = [{ id: 'Q', name: 'Tourist', color: '#000000' }];
    board.emotions = [
      { id: 'q1', personaId: 'Q', stepId: 'a', score: 1 },
      { id: 'q2', personaId: 'Q', stepId: 'b', score: 0.5 },
      { id: 'q3', personaId: 'Q', stepId: 'd', score: 1 },
      { id: 'q4', personaId: 'Q', stepId: 'a', score: 1, curve: 'to-be' },
      { id: 'q5', personaId: 'Q', stepId: 'b', score: 1, curve: 'to-be' },
      { id: 'q6', personaId: 'Q', stepId: 'd', score: 0.5, curve: 'to-be' },
      { id: 'q7', personaId: 'Q', stepId: 'c', score: 0.5 },
    ];
    const [q] = emotionAnalysis(board);
    const s1 = q!.stages.find((s) => s.stageId === 'S1')!;
    expect(s1.asIs).toBeCloseTo(2.5 / 3);
    expect(s1.toBe).toBeCloseTo(2.5 / 3);
    expect(s1.difference).toBeCloseTo(0);
    // The lowest as-is point 0.5 is at Seat (b) and at Order (c): a tie, said as such.
    expect(q!.lowest).toEqual({ stepId: 'b', score: 0.5 });
    expect(q!.lowestAlso).toEqual(['c']);
  });
  it('shows scores rounded half away from zero, only for display', () => {
    expect([0.25, -0.25, 0.8333, -0.8333, 0.04, -0.04, 0, 2].map(formatScore)).toEqual(['+0.3', '-0.3', '+0.8', '-0.8', '0', '0', '0', '+2']);
    const board = knownBoard();
    board.emotions = [
      { id: 'x1', personaId: 'P', stepId: 'a', score: 1 },
      { id: 'x2', personaId: 'P', stepId: 'b', score: 0.5 },
      { id: 'x3', personaId: 'P', stepId: 'a', score: 1, curve: 'to-be' },
      { id: 'x4', personaId: 'P', stepId: 'b', score: 1, curve: 'to-be' },
    ];
    // as-is (1 + 0.5) / 2 = 0.75, to-be 1: the difference 0.25 is exact, shown +0.3 (rounded averages +0.8 and +1 would say +0.2).
    const s1 = emotionAnalysis(board)[0]!.stages[0]!;
    expect(s1).toEqual({ stageId: 'S1', asIs: 0.75, toBe: 1, difference: 0.25 });
  });
  it('has nothing to say about a persona without points', () => {
    const board = { ...knownBoard(), emotions: [] };
    expect(emotionAnalysis(board)[0]).toMatchObject({ lowest: null, end: null, sharpestDrop: null, lowsAtProblems: [] });
  });
});

describe('evidence', () => {
  it('counts statuses per lane and lists assumed cards the customer meets', () => {
    const result = evidenceAnalysis(knownBoard());
    expect(result.lanes.find((l) => l.laneId === 'cu')).toEqual({ laneId: 'cu', observed: 1, assumed: 2, proposed: 0, unset: 0, total: 3 });
    expect(result.lanes.find((l) => l.laneId === 'fr')).toEqual({ laneId: 'fr', observed: 0, assumed: 0, proposed: 1, unset: 1, total: 2 });
    expect(result.totals).toEqual({ observed: 1, assumed: 2, proposed: 1, unset: 3, total: 7 });
    expect(result.openQuestions).toEqual(['c3', 'c7']);
  });

  it('flags observed cards with no research insight linked as their source, until one is linked either way', () => {
    const board = knownBoard();
    const observed = board.cards.find((c) => c.evidence === 'observed')!.id;
    expect(evidenceAnalysis(board).unsourced).toEqual([observed]);
    const withInsight = {
      ...board,
      lanes: [...board.lanes, { id: 'in', kind: 'insight' as const, name: 'Research insights' }],
      cards: [
        ...board.cards,
        { id: 'i1', laneId: 'in', stepId: board.steps[0]!.id, order: 0, text: '“I waited ages”', evidence: 'observed' as const },
      ],
    };
    expect(evidenceAnalysis(withInsight).unsourced).toEqual([observed]); // an insight itself needs no source
    expect(evidenceAnalysis({ ...withInsight, connectors: [...board.connectors, { id: 'k', from: observed, to: 'i1' }] }).unsourced).toEqual([]);
  });
});

describe('highlight', () => {
  it('groups cards by a measure', () => {
    const board = knownBoard();
    expect([...highlight(board, 'severity').byCard]).toEqual([
      ['c4', '3'],
      ['c5', '2'],
    ]);
    expect(highlight(board, 'quadrant').byCard.get('c1')).toBe('concentrate');
    expect(highlight(board, 'evidence').byCard.get('c5')).toBe('proposed');
    expect(highlight(board, 'owner')).toEqual({
      values: ['Host', 'Kitchen', 'Vendor Ltd'],
      byCard: new Map([
        ['c1', 'Host'],
        ['c2', 'Host'],
        ['c4', 'Kitchen'],
        ['c6', 'Vendor Ltd'],
      ]),
    });
  });
});

describe('analyses on any board', () => {
  it('an empty board analyses to empty results', () => {
    const a = analyseBoard(emptyBoard());
    expect(a.priorities.rows).toEqual([]);
    expect(a.failures).toEqual([]);
    expect(a.handoffs).toEqual({ rows: [], perStage: a.handoffs.perStage, reworkLoops: [], ownerPairs: [] });
    expect(a.servqual.weakest).toBeNull();
  });

  const graphArb = fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 20 }).map((edges) => {
    const next = new Map<string, string[]>();
    for (const [a, b] of edges) next.set(`n${a}`, [...(next.get(`n${a}`) ?? []), `n${b}`]);
    return next;
  });
  const weight = (id: string) => Number(id.slice(1)) + 1;
  const reaches = (next: Map<string, string[]>, from: string, to: string) => {
    const seen = new Set<string>(),
      todo = [...(next.get(from) ?? [])];
    while (todo.length) {
      const n = todo.pop()!;
      if (n === to) return true;
      if (!seen.has(n)) {
        seen.add(n);
        todo.push(...(next.get(n) ?? []));
      }
    }
    return false;
  };

  it('the heaviest chain is a real path without repeats, weighs its cards, and no simple path is heavier', () => {
    fc.assert(
      fc.property(graphArb, (next) => {
        const chain = heaviestChain(next, weight);
        if (!next.size) {
          expect(chain).toBeNull();
          return;
        }
        const path = chain!.path;
        expect(new Set(path).size).toBe(path.length);
        for (let i = 1; i < path.length; i++) expect(next.get(path[i - 1]!)).toContain(path[i]);
        expect(chain!.weight).toBe(path.reduce((s, n) => s + weight(n), 0));
        // Acyclic graphs have a unique best weight: check it by brute force.
        if (!cycles(next).length) {
          let best = 0;
          const walk = (n: string, w: number) => {
            best = Math.max(best, w);
            for (const m of next.get(n) ?? []) walk(m, w + weight(m));
          };
          for (const n of next.keys()) walk(n, weight(n));
          expect(chain!.weight).toBe(best);
        }
      }),
    );
  });

  it('every reported loop is a cycle and every node on a cycle is in one', () => {
    fc.assert(
      fc.property(graphArb, (next) => {
        const loops = cycles(next);
        const inLoop = new Set(loops.flat());
        expect(inLoop.size).toBe(loops.flat().length);
        for (const loop of loops) for (const a of loop) for (const b of loop) expect(reaches(next, a, b)).toBe(true);
        for (const n of new Set([...next.keys(), ...[...next.values()].flat()])) expect(inLoop.has(n)).toBe(reaches(next, n, n));
      }),
    );
  });

  it('stays within budget on 2 000 cards', () => {
    const board = generateBoard({ cards: 2000, steps: 100 });
    analyseBoard(board);
    const { result, ms } = cpuMs(() => analyseBoard({ ...board })); // a new object: nothing cached
    expect(result.priorities.rows.length + result.failures.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(200); // the 20 ms budget is measured by `npm run bench`; this catches a quadratic slip
  });
});
