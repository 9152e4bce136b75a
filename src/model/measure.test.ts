import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildBoard } from './build';
import type { Board } from './board';
import type { Measurement, Metric } from './metric';
import { beforeAfter, dailyValues, latestValue, measurementIndex, measurementKey, metricStatus, solutionImpact, trend, verdictOf } from './measure';
import { addMeasurements, addMetric, deleteMeasurement, deleteMetric, deleteStep, scenarioCopy, updateMeasurement } from './ops';
import { timeAndWaiting } from './analysis/time';
import { validateBoard } from './validate';
import { summarize } from './portfolio';
import { isCalendarDay, isMeasurement, measurementSchema, METRIC_LIBRARY } from './metric';

const nps: Metric = { id: 'nps', name: 'NPS', kind: 'nps', direction: 'higher', min: -100, max: 100, target: 30 };
const wait: Metric = { id: 'wait', name: 'Waiting time', kind: 'waiting', direction: 'lower', unit: 'min', min: 0, target: 5 };
const m = (id: string, date: string, value: number, more: Partial<Measurement> = {}): Measurement => ({
  id,
  metricId: 'wait',
  stepId: 's1',
  date,
  value,
  ...more,
});

describe('calendar days', () => {
  it('knows leap years and month lengths', () => {
    const days = [
      '2024-02-29',
      '2026-02-29',
      '2000-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-04-30',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-12-31',
    ];
    expect(days.filter(isCalendarDay)).toEqual(['2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31']);
  });
});

describe('the fast measurement check', () => {
  const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 3 }), fc.constant('x'.repeat(501)));
  const anything = fc.oneof(
    text,
    fc.integer(),
    fc.double(),
    fc.constant(null),
    fc.boolean(),
    fc.constant(undefined),
    fc.array(fc.integer(), { maxLength: 2 }),
  );
  const day = fc.oneof(
    fc.constantFrom('2026-02-29', '2024-02-29', '2026-12-31', '2026-13-01', '2026-00-10', '２０２６-01-01', '2026-1-01', '2026-01-01x'),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );
  const field = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: anything });
  const candidate = fc.record(
    {
      id: field(fc.string({ minLength: 1, maxLength: 4 })),
      metricId: field(fc.string({ minLength: 1, maxLength: 4 })),
      stepId: field(fc.option(fc.string({ maxLength: 4 }), { nil: undefined })),
      stageId: field(fc.option(fc.string({ maxLength: 4 }), { nil: undefined })),
      date: field(day),
      value: field(fc.double()),
      source: field(fc.option(text, { nil: undefined })),
      n: field(fc.option(fc.oneof(fc.integer({ min: -2, max: 9 }), fc.double()), { nil: undefined })),
      extra: anything,
    },
    { requiredKeys: [] },
  );

  it('accepts exactly what the schema accepts (1 000 runs)', () => {
    fc.assert(
      fc.property(candidate, (v) => {
        expect(isMeasurement(v)).toBe(measurementSchema.safeParse(v).success);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('status against the target', () => {
  it('is met at or beyond the target, close within a tenth of the scale, else missed', () => {
    // NPS: scale −100…100 is 200 wide, so "close" is up to 20 short of 30.
    expect([35, 30, 15, 10, 9.9, -100].map((v) => metricStatus(nps, v))).toEqual(['met', 'met', 'close', 'close', 'missed', 'missed']);
    // Waiting, lower is better, no upper bound: a tenth of the target itself (0.5 min).
    expect([0, 5, 5.5, 5.6, 60].map((v) => metricStatus(wait, v))).toEqual(['met', 'met', 'close', 'missed', 'missed']);
    expect(metricStatus({ ...nps, target: undefined }, 50)).toBeUndefined();
  });

  it('says better when the value moved the metric’s way', () => {
    expect(verdictOf('higher', 10, 12)).toBe('better');
    expect(verdictOf('lower', 10, 12)).toBe('worse');
    expect(verdictOf('lower', 12, 10)).toBe('better');
    expect(verdictOf('higher', 3, 3)).toBe('same');
  });
});

describe('series: latest value, trend and before/after', () => {
  // Out of order on purpose; two on 3 January (a tie), one on 2 January.
  const list = [
    m('a', '2026-01-01', 10),
    m('c', '2026-01-03', 20),
    m('d', '2026-01-03', 30),
    m('b', '2026-01-02', 40),
    m('x', '2026-01-09', 1, { stepId: 's2' }),
  ];
  const series = measurementIndex(list).series('wait', { stepId: 's1' });

  it('orders a step’s series by date and takes the latest day’s mean', () => {
    expect(series.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(latestValue(series)).toEqual({ date: '2026-01-03', value: 25, count: 2 });
    expect(dailyValues(series).map((d) => d.value)).toEqual([10, 40, 25]);
    expect(trend(series, 2)).toEqual([40, 25]);
  });

  it('gives nothing for an empty series and the one value of a single one', () => {
    expect(latestValue([])).toBeUndefined();
    expect(trend([])).toEqual([]);
    expect(latestValue([m('a', '2026-05-05', 7)])).toEqual({ date: '2026-05-05', value: 7, count: 1 });
    expect(beforeAfter([], '2026-01-01', 'lower')).toEqual({ before: null, after: null });
  });

  it('splits at the go-live day, which counts as after', () => {
    // Before 2 January: 10 (1 measurement). From it: 40, 20, 30 → mean 30 (3).
    expect(beforeAfter(series, '2026-01-02', 'lower')).toEqual({ before: { mean: 10, count: 1 }, after: { mean: 30, count: 3 }, verdict: 'worse' });
    expect(beforeAfter(series, '2026-01-02', 'higher').verdict).toBe('better');
    expect(beforeAfter(series, '2027-01-01', 'lower')).toEqual({ before: { mean: 25, count: 4 }, after: null });
  });

  it('is the same index for the same array, and a series is sorted whatever the input order (property)', () => {
    expect(measurementIndex(list)).toBe(measurementIndex(list));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: -50, max: 50 })), { maxLength: 30 }), (rows) => {
        const items = rows.map(([d, v], i) => m(`id${String(i).padStart(2, '0')}`, `2026-02-${String(d).padStart(2, '0')}`, v));
        const s = measurementIndex([...items].reverse()).series('wait', { stepId: 's1' });
        for (let i = 1; i < s.length; i++) expect(s[i - 1]!.date <= s[i]!.date).toBe(true);
        const latest = latestValue(s);
        if (!items.length) {
          expect(latest).toBeUndefined();
          return;
        }
        const last = items
          .map((x) => x.date)
          .sort()
          .at(-1)!;
        const sameDay = items.filter((x) => x.date === last);
        expect(latest!.value).toBeCloseTo(sameDay.reduce((a, x) => a + x.value, 0) / sameDay.length);
      }),
      { numRuns: 100 },
    );
  });

  it('knows a measurement again by what it says, not by its id', () => {
    const { id: _a, ...one } = m('a', '2026-01-01', 10);
    const { id: _b, ...two } = m('b', '2026-01-01', 10);
    expect(measurementKey(one)).toBe(measurementKey(two));
    expect(measurementKey(one)).not.toBe(measurementKey({ ...two, source: 'survey' }));
  });
});

/** Steps A, B, C, D; a problem in A, an opportunity in B addressing it, a solution in C serving that. */
function measuredBoard(): Board {
  const b = buildBoard({
    title: 'Measured',
    stages: [{ name: 'S', steps: ['A', 'B', 'C', 'D'] }],
    lanes: [
      { kind: 'customer', name: 'Customer' },
      { kind: 'opportunity', name: 'Opportunities' },
      { kind: 'solution', name: 'Solutions' },
    ],
    cards: [
      { lane: 0, step: 0, text: 'Queue', wait: { minutes: 15 } },
      { lane: 1, step: 1, text: 'Shorter queue' },
      { lane: 2, step: 2, text: 'Self-service kiosk', solutionStatus: 'live', liveDate: '2026-02-01' },
      { lane: 0, step: 3, text: 'Leaves' },
    ],
    connectors: [
      [1, 0],
      [2, 1],
    ],
  });
  const [a, , , d] = b.steps.map((s) => s.id);
  let next = addMetric(b, { ...wait, id: 'wait' });
  next = addMeasurements(next, [
    { metricId: 'wait', stepId: a, date: '2026-01-01', value: 20 },
    { metricId: 'wait', stepId: a, date: '2026-01-05', value: 30 },
    { metricId: 'wait', stepId: a, date: '2026-02-10', value: 8 },
    { metricId: 'wait', date: '2026-01-20', value: 50 }, // the whole journey
    { metricId: 'wait', stepId: d, date: '2026-01-01', value: 99 }, // a step the solution is not linked to
    { metricId: 'gone', stepId: a, date: '2026-01-01', value: 1 }, // a metric the board does not have: left out
  ]);
  return { ...next, cards: next.cards.map((c) => (c.text === 'Self-service kiosk' ? { ...c, metricIds: ['wait'] } : c)) };
}

describe('did it work', () => {
  it('splits each metric of a live solution at its linked steps and over the journey', () => {
    const board = measuredBoard();
    expect(board.measurements).toHaveLength(5);
    const kiosk = board.cards.find((c) => c.text === 'Self-service kiosk')!;
    const impact = solutionImpact(board, kiosk);
    // Step A (the problem its opportunity addresses): before 20, 30 → 25 (2); after 8 (1): lower is better.
    expect(impact.map((i) => [i.scope, i.split])).toEqual([
      [{ stepId: board.steps[0]!.id }, { before: { mean: 25, count: 2 }, after: { mean: 8, count: 1 }, verdict: 'better' }],
      [{ journey: true }, { before: { mean: 50, count: 1 }, after: null }],
    ]);
    expect(solutionImpact(board, { ...kiosk, liveDate: undefined })).toEqual([]);
  });

  it('is kept with the board’s listing for the Portfolio, as plain figures', () => {
    const board = measuredBoard();
    const item = summarize(board).items.find((i) => i.text === 'Self-service kiosk')!;
    expect(item.impact).toEqual([
      { metric: 'Waiting time', unit: 'min', step: 'A', before: { mean: 25, count: 2 }, after: { mean: 8, count: 1 }, verdict: 'better' },
      { metric: 'Waiting time', unit: 'min', before: { mean: 50, count: 1 } },
    ]);
  });

  it('uses the latest measured wait in the time analysis, keeping the estimate', () => {
    const board = measuredBoard();
    const time = timeAndWaiting(board);
    const a = time.steps[0]!;
    expect([a.wait, a.waitFrom, a.estimate.wait, a.measuredOn]).toEqual([8, 'measured', 15, { wait: '2026-02-10' }]);
    expect(time.steps[3]!.wait).toBe(99);
    expect(time.totals.wait).toBe(8 + 99);
    expect(time.steps[1]!.waitFrom).toBe('cards');
  });
});

describe('metric ops', () => {
  it('adds a metric with its lane, and deleting it takes its measurements, lanes and solution links', () => {
    const board = measuredBoard();
    const lane = board.lanes.at(-1)!;
    expect([lane.kind, lane.metricId, lane.name]).toEqual(['metric', 'wait', 'Waiting time']);
    const gone = deleteMetric(board, 'wait');
    expect(gone.metrics).toBeUndefined();
    expect(gone.measurements).toBeUndefined();
    expect(gone.lanes.some((l) => l.kind === 'metric')).toBe(false);
    expect(gone.cards.some((c) => c.metricIds)).toBe(false);
  });

  it('edits and deletes one measurement; deleting a step deletes what was measured of it', () => {
    const board = measuredBoard();
    const first = board.measurements![0]!;
    const edited = updateMeasurement(board, first.id, { value: 21, source: 'Survey' });
    expect(edited.measurements![0]).toEqual({ ...first, value: 21, source: 'Survey' });
    expect(updateMeasurement(edited, first.id, { source: undefined }).measurements![0]).toEqual({ ...first, value: 21 });
    expect(deleteMeasurement(board, first.id).measurements).toHaveLength(4);
    expect(deleteStep(board, board.steps[0]!.id).measurements!.map((x) => x.value)).toEqual([50, 99]);
  });

  it('a new scenario keeps the metrics and their lanes, not the measurements of the service as it ran', () => {
    const board = { ...measuredBoard(), scenario: { family: 'f', name: 'As-is' } };
    const toBe = scenarioCopy(board, 'bd_new', 'To-be', '2026-12-01T00:00:00.000Z');
    expect([toBe.metrics, toBe.lanes.at(-1)!.kind, toBe.measurements]).toEqual([board.metrics, 'metric', undefined]);
  });

  it('a board whose measurement names a metric or step it does not have is refused, with the path', () => {
    const board = measuredBoard();
    const bad = { ...board, measurements: [...board.measurements!, { id: 'ms_x', metricId: 'nope', stepId: 'gone', date: '2026-01-01', value: 1 }] };
    const result = validateBoard(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['measurements[5].metricId', 'measurements[5].stepId']);
    // Measurements checked already (by a document reader) are not parsed again, but their references still are.
    const unparsed = { ...board, measurements: [{ id: 'ms_y', metricId: 'wait', date: 'not a day', value: 1 }] } as unknown as Board;
    expect(validateBoard(unparsed, ['measurements']).ok).toBe(true);
    expect(validateBoard(unparsed).ok).toBe(false);
  });

  it('has library definitions whose targets are on their own scales', () => {
    for (const def of Object.values(METRIC_LIBRARY)) {
      const { min, max, target } = def as { min?: number; max?: number; target?: number };
      if (target === undefined) continue;
      if (min !== undefined) expect(target).toBeGreaterThanOrEqual(min);
      if (max !== undefined) expect(target).toBeLessThanOrEqual(max);
    }
  });
});
