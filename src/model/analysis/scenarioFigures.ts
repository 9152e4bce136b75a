import type { Board } from '../board';
import { curveOf } from '../emotion';
import { analyseBoard } from './index';
import { stageEmotionAverages } from './stageEmotions';

/** The figures two scenarios are compared by (what management asks a to-be to buy). */
export const FIGURES = [
  'customerTime',
  'waiting',
  'waitShare',
  'cost',
  'criticalPath',
  'failures',
  'failuresNoRecovery',
  'concentrate',
  'handoffs',
  'reworkLoops',
  'lowestEmotion',
  'averageEmotion',
] as const;
export type FigureKey = (typeof FIGURES)[number];
/** Emotions are better higher; every other figure (time, money, failures, handoffs) lower. */
const HIGHER_IS_BETTER: ReadonlySet<FigureKey> = new Set(['lowestEmotion', 'averageEmotion']);

export interface FigureRow {
  key: FigureKey;
  /** For a persona's emotions: whose. */
  personaId?: string;
  /** Each scenario's figure; null where it has none (no customer time, no points, no such stage). */
  a: number | null;
  b: number | null;
  /** b − a, null unless both have the figure. */
  change: number | null;
  /** Whether b is better than a by this figure (null without a change to judge). */
  verdict: 'better' | 'worse' | 'same' | null;
}

export interface ScenarioFigures {
  journey: FigureRow[];
  /** The same, stage by stage (stages of either scenario, in b's order then a's). */
  stages: { stageId: string; rows: FigureRow[] }[];
}

function row(key: FigureKey, a: number | null, b: number | null, personaId?: string): FigureRow {
  const change = a !== null && b !== null ? b - a : null;
  // Figures are sums of typed numbers: a difference this small is rounding, not a change.
  const sign = change === null ? null : Math.abs(change) < 1e-9 ? 0 : Math.sign(change);
  const verdict = sign === null ? null : sign === 0 ? 'same' : sign > 0 === HIGHER_IS_BETTER.has(key) ? 'better' : 'worse';
  return { key, ...(personaId && { personaId }), a, b, change, verdict };
}

const union = <T extends { id: string }>(b: readonly T[], a: readonly T[]) => {
  const ids = new Set(b.map((x) => x.id));
  return [...b, ...a.filter((x) => !ids.has(x.id))];
};

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/** A persona's own experience in a scenario: the points of its as-is curve (each scenario's today). */
function curve(board: Board, personaId: string, stepIds?: ReadonlySet<string>) {
  const steps = new Set(board.steps.map((s) => s.id));
  return board.emotions
    .filter((e) => e.personaId === personaId && curveOf(e) === 'as-is' && steps.has(e.stepId) && (!stepIds || stepIds.has(e.stepId)))
    .map((e) => e.score);
}

/**
 * Scenario `a` against `b` by the board's own analyses: customer time, waiting and its share,
 * cost, the critical path, failure points (and those without recovery), touchpoints to
 * concentrate on, handoffs, rework loops and each persona's lowest and average emotion; per
 * stage as well.
 */
export function scenarioFigures(a: Board, b: Board): ScenarioFigures {
  const [x, y] = [analyseBoard(a), analyseBoard(b)];
  const personas = union(b.personas, a.personas);
  const journey: FigureRow[] = [
    row('customerTime', x.time.totals.customer, y.time.totals.customer),
    row('waiting', x.time.totals.wait, y.time.totals.wait),
    row('waitShare', x.time.waitShare, y.time.waitShare),
    row('cost', x.time.totals.cost, y.time.totals.cost),
    row('criticalPath', x.time.criticalPath?.minutes ?? null, y.time.criticalPath?.minutes ?? null),
    row('failures', x.failures.length, y.failures.length),
    row('failuresNoRecovery', x.failures.filter((f) => f.flags.noRecovery).length, y.failures.filter((f) => f.flags.noRecovery).length),
    row('concentrate', concentrate(x), concentrate(y)),
    row('handoffs', x.handoffs.rows.length, y.handoffs.rows.length),
    row('reworkLoops', x.handoffs.reworkLoops.length, y.handoffs.reworkLoops.length),
    ...personas.flatMap((p) => {
      const [ca, cb] = [curve(a, p.id), curve(b, p.id)];
      const low = (xs: number[]) => (xs.length ? Math.min(...xs) : null);
      return [row('lowestEmotion', low(ca), low(cb), p.id), row('averageEmotion', mean(ca), mean(cb), p.id)];
    }),
  ];
  const [ea, eb] = [stageEmotionAverages(a, 'as-is'), stageEmotionAverages(b, 'as-is')];
  const stages = union(b.stages, a.stages).map((stage) => {
    const of = <T extends { stageId?: string }>(rows: readonly T[]) => rows.filter((r) => r.stageId === stage.id);
    const has = (board: Board) => board.stages.some((s) => s.id === stage.id);
    const figure = (board: Board, value: () => number | null) => (has(board) ? value() : null);
    const time = (t: typeof x.time) => t.stages.find((s) => s.stageId === stage.id);
    return {
      stageId: stage.id,
      rows: [
        row(
          'customerTime',
          figure(a, () => time(x.time)!.customer),
          figure(b, () => time(y.time)!.customer),
        ),
        row(
          'waiting',
          figure(a, () => time(x.time)!.wait),
          figure(b, () => time(y.time)!.wait),
        ),
        row(
          'cost',
          figure(a, () => time(x.time)!.cost),
          figure(b, () => time(y.time)!.cost),
        ),
        row(
          'failures',
          figure(a, () => of(x.failures).length),
          figure(b, () => of(y.failures).length),
        ),
        row(
          'handoffs',
          figure(a, () => of(x.handoffs.rows).length),
          figure(b, () => of(y.handoffs.rows).length),
        ),
        ...personas.map((p) => row('averageEmotion', ea.get(stage.id)?.get(p.id) ?? null, eb.get(stage.id)?.get(p.id) ?? null, p.id)),
      ],
    };
  });
  return { journey, stages };
}

const concentrate = (x: ReturnType<typeof analyseBoard>) => x.priorities.rows.filter((r) => r.quadrant === 'concentrate').length;
