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
  it('sums per step and stage, finds the bottleneck and the steps over tolerance', () => {
    const time = timeAndWaiting(knownBoard());
    expect(
      time.steps.map(({ stepId, duration, wait, cost, total, overTolerance }) => ({ stepId, duration, wait, cost, total, overTolerance })),
    ).toEqual([
      { stepId: 'a', duration: 7, wait: 0, cost: 1, total: 7, overTolerance: true },
      { stepId: 'b', duration: 8, wait: 15, cost: 4, total: 23, overTolerance: false },
      { stepId: 'c', duration: 8, wait: 0, cost: 10, total: 8, overTolerance: false },
    ]);
    expect(time.stages).toEqual([
      { stageId: 'S1', duration: 15, wait: 15, cost: 5, total: 30 },
      { stageId: 'S2', duration: 8, wait: 0, cost: 10, total: 8 },
    ]);
    expect(time.totals).toEqual({ duration: 23, wait: 15, cost: 15, total: 38 });
    expect(time.customerMinutes).toBe(24); // customer lane 5 + 0 + 4, plus 15 waiting
    expect(time.waitShare).toBeCloseTo(15 / 24);
    expect(time.bottleneckStepId).toBe('b');
  });
  it('takes the longest chain of connected cards, not the sum of parallel work', () => {
    // c1→c2→c4→c6 weighs 5+2+8+1 = 16 (the loop back to c4 is set aside); c3→c7 weighs 15+4 = 19.
    expect(timeAndWaiting(knownBoard()).criticalPath).toEqual({ minutes: 19, cardIds: ['c3', 'c7'] });
  });
  it('says nothing where nothing is recorded', () => {
    const time = timeAndWaiting(emptyBoard());
    expect(time).toMatchObject({ waitShare: null, bottleneckStepId: null, criticalPath: null, totals: { duration: 0, wait: 0, cost: 0, total: 0 } });
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
    expect(a.handoffs).toEqual({ rows: [], perStage: a.handoffs.perStage, reworkLoops: [] });
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
    const start = performance.now();
    const result = analyseBoard({ ...board }); // a new object: nothing cached
    expect(result.priorities.rows.length + result.failures.length).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(200); // the 20 ms budget is measured by `npm run bench`; this catches a quadratic slip
  });
});
