import type { Board } from '../board';
import { boardIndex } from './boardIndex';
import { heaviestChain, successors } from './graph';

export interface TimeFigures {
  /** Minutes of work: the cards' durations. */
  duration: number;
  /** Minutes the customer waits: the wait points. */
  wait: number;
  cost: number;
  /** duration + wait */
  total: number;
}

export interface StepTime extends TimeFigures {
  stepId: string;
  stageId: string;
  tolerance?: number;
  /** The step takes longer (duration + wait) than the customer tolerates. */
  overTolerance: boolean;
}

export interface TimeAnalysis {
  steps: StepTime[];
  stages: (TimeFigures & { stageId: string })[];
  totals: TimeFigures;
  /** The customer's own time: durations of customer-lane cards plus every wait. */
  customerMinutes: number;
  /** Share of the customer's time spent waiting (0–1), null when no customer time is recorded. */
  waitShare: number | null;
  /** The step with the largest duration + wait (the first of equals), null when none has any. */
  bottleneckStepId: string | null;
  /**
   * The longest chain of connected cards in minutes (duration + wait of each card): work done in
   * parallel is not summed. Null without connectors.
   */
  criticalPath: { minutes: number; cardIds: string[] } | null;
}

const zero = (): TimeFigures => ({ duration: 0, wait: 0, cost: 0, total: 0 });

function add(into: TimeFigures, from: TimeFigures) {
  into.duration += from.duration;
  into.wait += from.wait;
  into.cost += from.cost;
  into.total += from.total;
}

/** Service-flow time, waiting and cost per step and stage, the bottleneck and the critical path. */
export function timeAndWaiting(board: Board): TimeAnalysis {
  const ix = boardIndex(board);
  const perStep = new Map(board.steps.map((s) => [s.id, zero()]));
  const customerLanes = new Set(board.lanes.filter((l) => l.kind === 'customer').map((l) => l.id));
  let customerMinutes = 0;
  const minutes = (id: string) => {
    const c = ix.cardById.get(id)!;
    return (c.durationMinutes ?? 0) + (c.wait?.minutes ?? 0);
  };
  for (const c of board.cards) {
    const figures = perStep.get(c.stepId);
    if (!figures) continue;
    const duration = c.durationMinutes ?? 0,
      wait = c.wait?.minutes ?? 0;
    add(figures, { duration, wait, cost: c.cost ?? 0, total: duration + wait });
    customerMinutes += wait + (customerLanes.has(c.laneId) ? duration : 0);
  }
  const steps = board.steps.map((s): StepTime => {
    const figures = perStep.get(s.id)!;
    return {
      stepId: s.id,
      stageId: s.stageId,
      ...figures,
      tolerance: s.toleranceMinutes,
      overTolerance: s.toleranceMinutes !== undefined && figures.total > s.toleranceMinutes,
    };
  });
  const stages = board.stages.map((stage) => {
    const figures = zero();
    for (const s of steps) if (s.stageId === stage.id) add(figures, s);
    return { stageId: stage.id, ...figures };
  });
  const totals = zero();
  for (const s of steps) add(totals, s);
  let bottleneck: StepTime | null = null;
  for (const s of steps) if (s.total > (bottleneck?.total ?? 0)) bottleneck = s;
  const chain = heaviestChain(successors(board), minutes);
  return {
    steps,
    stages,
    totals,
    customerMinutes,
    waitShare: customerMinutes > 0 ? totals.wait / customerMinutes : null,
    bottleneckStepId: bottleneck?.stepId ?? null,
    criticalPath: chain && { minutes: chain.weight, cardIds: chain.path },
  };
}
