import type { Board } from '../board';
import { boardIndex, filled } from './boardIndex';
import { ownerKey } from '../owners';
import { heaviestChain, successors } from './graph';
import { measuredMinutes } from '../measure';

/**
 * Two different clocks, never added together: the customer's elapsed time (what tolerance,
 * waiting share and the bottleneck are about) and the staff's effort (work the customer never
 * waits for, such as backstage preparation, which runs beside the customer's time).
 */
export interface TimeFigures {
  /** The customer's own activity: the step's duration where set, else the customer-lane cards' durations. */
  activity: number;
  /** Minutes the customer waits: the wait points of every card in the step. */
  wait: number;
  /** The customer's elapsed time: activity + wait. */
  customer: number;
  /** Staff effort: durations of the cards in every lane but the customer's. */
  effort: number;
  /** Every card's cost. */
  cost: number;
}

export interface StepTime extends TimeFigures {
  stepId: string;
  stageId: string;
  /** Where the activity comes from: a measured duration, the step's own duration, or its customer cards. */
  activityFrom: 'measured' | 'step' | 'cards';
  /** Where the wait comes from: a measured waiting time (the latest), or the cards' wait points. */
  waitFrom: 'measured' | 'cards';
  /** The figures the cards and the step give, whatever was measured: shown beside a measured one. */
  estimate: { activity: number; wait: number };
  /** The day of each measured figure. */
  measuredOn?: { activity?: string; wait?: string };
  tolerance?: number;
  /** Minutes of customer time beyond the tolerance, when there are any. */
  overBy: number | null;
  overTolerance: boolean;
}

/** How much work and money an owner (team or organisation) puts into the service. */
export interface OwnerEffort {
  /** The owner as first written on the board; null for cards without one. */
  owner: string | null;
  cards: number;
  effort: number;
  cost: number;
}

export interface TimeAnalysis {
  steps: StepTime[];
  stages: (TimeFigures & { stageId: string })[];
  /** Each column summed over the steps: the headline figures are these totals. */
  totals: TimeFigures;
  /** Share of the customer's time spent waiting (0–1), null when no customer time is recorded. */
  waitShare: number | null;
  /**
   * Where the customer loses most: the step furthest over the customer's tolerance, else the step
   * with the longest wait; null when no step is over tolerance and nobody waits.
   */
  bottleneck: { stepId: string; reason: 'tolerance' | 'waiting'; minutes: number } | null;
  /**
   * The longest chain of connected cards in minutes (duration + wait of each card): work done in
   * parallel is not summed. Null without connectors.
   */
  criticalPath: { minutes: number; cardIds: string[] } | null;
  /** Effort and cost per owner, most effort first; cards without an owner last. */
  owners: OwnerEffort[];
}

const zero = (): TimeFigures => ({ activity: 0, wait: 0, customer: 0, effort: 0, cost: 0 });

function add(into: TimeFigures, from: TimeFigures) {
  into.activity += from.activity;
  into.wait += from.wait;
  into.customer += from.customer;
  into.effort += from.effort;
  into.cost += from.cost;
}

/** Customer time, waiting, staff effort and cost per step, stage and owner; the bottleneck and the critical path. */
export function timeAndWaiting(board: Board): TimeAnalysis {
  const ix = boardIndex(board);
  const customerLanes = new Set(board.lanes.filter((l) => l.kind === 'customer').map((l) => l.id));
  const perStep = new Map(board.steps.map((s) => [s.id, { ...zero(), cardActivity: 0 }]));
  const owners = new Map<string, OwnerEffort>();
  for (const c of board.cards) {
    const f = perStep.get(c.stepId);
    if (!f) continue;
    const duration = c.durationMinutes ?? 0;
    const ofCustomer = customerLanes.has(c.laneId);
    if (ofCustomer) f.cardActivity += duration;
    else f.effort += duration;
    f.wait += c.wait?.minutes ?? 0;
    f.cost += c.cost ?? 0;
    // Owners are compared as people write them: "Hotel " and "hotel" are one owner.
    const key = filled(c.owner) ? ownerKey(c.owner!) : '';
    const o = owners.get(key) ?? { owner: key ? c.owner!.trim() : null, cards: 0, effort: 0, cost: 0 };
    o.cards++;
    if (!ofCustomer) o.effort += duration;
    o.cost += c.cost ?? 0;
    owners.set(key, o);
  }
  // Measured waits and durations (the latest of each step) stand in for the estimates.
  const measuredWait = measuredMinutes(board, 'waiting');
  const measuredDuration = measuredMinutes(board, 'duration');
  const steps = board.steps.map((s): StepTime => {
    const { cardActivity, ...f } = perStep.get(s.id)!;
    const estimate = { activity: s.durationMinutes ?? cardActivity, wait: f.wait };
    const [duration, wait] = [measuredDuration.get(s.id), measuredWait.get(s.id)];
    const activityFrom = duration ? 'measured' : s.durationMinutes !== undefined ? 'step' : 'cards';
    const activity = duration?.value ?? estimate.activity;
    f.wait = wait?.value ?? f.wait;
    const customer = activity + f.wait;
    const overBy = s.toleranceMinutes !== undefined && customer > s.toleranceMinutes ? customer - s.toleranceMinutes : null;
    return {
      stepId: s.id,
      stageId: s.stageId,
      ...f,
      activity,
      customer,
      activityFrom,
      waitFrom: wait ? 'measured' : 'cards',
      estimate,
      ...((duration || wait) && { measuredOn: { ...(duration && { activity: duration.date }), ...(wait && { wait: wait.date }) } }),
      tolerance: s.toleranceMinutes,
      overBy,
      overTolerance: overBy !== null,
    };
  });
  const stages = board.stages.map((stage) => {
    const figures = zero();
    for (const s of steps) if (s.stageId === stage.id) add(figures, s);
    return { stageId: stage.id, ...figures };
  });
  const totals = zero();
  for (const s of steps) add(totals, s);
  const chain = heaviestChain(successors(board), (id) => {
    const c = ix.cardById.get(id)!;
    return (c.durationMinutes ?? 0) + (c.wait?.minutes ?? 0);
  });
  return {
    steps,
    stages,
    totals,
    waitShare: totals.customer > 0 ? totals.wait / totals.customer : null,
    bottleneck: bottleneckOf(steps),
    criticalPath: chain && { minutes: chain.weight, cardIds: chain.path },
    owners: [...owners.values()].sort((a, b) => Number(a.owner === null) - Number(b.owner === null) || b.effort - a.effort || b.cost - a.cost),
  };
}

function bottleneckOf(steps: StepTime[]): TimeAnalysis['bottleneck'] {
  const most = (value: (s: StepTime) => number) => steps.reduce<StepTime | null>((best, s) => (value(s) > (best ? value(best) : 0) ? s : best), null);
  const over = most((s) => s.overBy ?? 0);
  if (over) return { stepId: over.stepId, reason: 'tolerance', minutes: over.overBy! };
  const waiting = most((s) => s.wait);
  return waiting && { stepId: waiting.stepId, reason: 'waiting', minutes: waiting.wait };
}
