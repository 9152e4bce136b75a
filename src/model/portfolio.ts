import type { Board } from './board';
import { SOLUTION_STATUSES, type SolutionStatus } from './card';
import { backlogOf, localDay } from './backlog';
import type { Card } from './card';
import { solutionImpact, type Verdict } from './measure';

/** One opportunity or solution of a board, as the board's listing keeps it (see `summarize`). */
export interface SummaryItem {
  cardId: string;
  kind: 'opportunity' | 'solution';
  text: string;
  /** "Stage › Step". */
  where: string;
  priority?: number;
  status: string;
  owner?: string;
  dueDate?: string;
  /** Did it work: a live solution's metrics before and from its go-live day (see `solutionImpact`). */
  impact?: ImpactSummary[];
}

/** One metric at one place of a solution's impact, as plain figures kept with the listing. */
export interface ImpactSummary {
  metric: string;
  unit?: string;
  /** The step's name, or none for the whole journey. */
  step?: string;
  before?: { mean: number; count: number };
  after?: { mean: number; count: number };
  verdict?: Verdict;
}

/**
 * What the Portfolio needs of a board, kept beside its listing whenever the board is saved, so
 * the Portfolio reads many boards without opening any.
 */
export interface BoardSummary {
  items: SummaryItem[];
  failuresWithoutRecovery: number;
  /** When its items last changed (set by storage on save; the board's own last change without it). */
  changedAt?: string;
}

/** A board of the library as the Portfolio reads it. */
export interface PortfolioSource {
  id: string;
  title: string;
  updatedAt: string;
  summary: BoardSummary;
}

/** One opportunity or solution of some board. */
export interface PortfolioItem extends SummaryItem {
  boardId: string;
  boardTitle: string;
  overdue: boolean;
}

/** What one board's backlog amounts to. */
export interface BoardRollup {
  boardId: string;
  title: string;
  updatedAt: string;
  /** When the board's opportunities and solutions last changed. */
  backlogChangedAt: string;
  openOpportunities: number;
  solutions: Record<SolutionStatus, number>;
  failuresWithoutRecovery: number;
  /** Open work whose opportunities and solutions nobody changed for `STALE_WEEKS` weeks. */
  stale: boolean;
}

/** A board's opportunities (by priority) and solutions (in board order), and its failures without recovery. */
export function summarize(board: Board): BoardSummary {
  const backlog = backlogOf(board, '');
  const steps = new Map(board.steps.map((s) => [s.id, s]));
  const stages = new Map(board.stages.map((s) => [s.id, s]));
  const where = (stepId: string) => {
    const step = steps.get(stepId);
    return [step && stages.get(step.stageId)?.name, step?.name].filter(Boolean).join(' › ');
  };
  const common = (c: Board['cards'][number]) => ({ cardId: c.id, text: c.text, where: where(c.stepId), ...(c.owner && { owner: c.owner }) });
  return {
    items: [
      ...backlog.opportunities.map((o): SummaryItem => ({
        ...common(o.card),
        kind: 'opportunity',
        ...(o.priority !== undefined && { priority: o.priority }),
        status: o.status,
      })),
      ...backlog.solutions.map((s): SummaryItem => ({
        ...common(s.card),
        kind: 'solution',
        status: s.status,
        ...(s.card.dueDate && { dueDate: s.card.dueDate }),
        ...impactOf(board, s.card),
      })),
    ],
    failuresWithoutRecovery: board.cards.filter((c) => c.failure && !c.failure.recovery?.trim()).length,
  };
}

function impactOf(board: Board, card: Card): { impact?: ImpactSummary[] } {
  const rows = solutionImpact(board, card);
  if (!rows.length) return {};
  const steps = new Map(board.steps.map((s) => [s.id, s.name]));
  return {
    impact: rows.map(({ metric, scope, split }) => ({
      metric: metric.name,
      ...(metric.unit && { unit: metric.unit }),
      ...('stepId' in scope && { step: steps.get(scope.stepId) ?? '' }),
      ...(split.before && { before: split.before }),
      ...(split.after && { after: split.after }),
      ...(split.verdict && { verdict: split.verdict }),
    })),
  };
}

/** A board with open work and no change for this many weeks is going stale. */
export const STALE_WEEKS = 8;

/**
 * Every opportunity and solution of the given boards, and each board's roll-up: open
 * opportunities, solutions by status, failure points without recovery, and whether it is going
 * stale (it has open opportunities or unfinished solutions and has not changed for
 * `STALE_WEEKS` weeks: its backlog's own change time, else the board's). Items come board by board, each board's backlog in its own order.
 */
export function portfolioOf(sources: readonly PortfolioSource[], now: Date): { items: PortfolioItem[]; boards: BoardRollup[] } {
  const today = localDay(now);
  const staleBefore = now.getTime() - STALE_WEEKS * 7 * 24 * 3600 * 1000;
  const items: PortfolioItem[] = [];
  const boards = sources.map(({ id, title, updatedAt, summary }): BoardRollup => {
    const solutions = Object.fromEntries(SOLUTION_STATUSES.map((st) => [st, 0])) as Record<SolutionStatus, number>;
    let openOpportunities = 0,
      unfinished = 0;
    for (const item of summary.items) {
      const done = item.status === 'live' || item.status === 'dropped';
      items.push({ ...item, boardId: id, boardTitle: title, overdue: item.kind === 'solution' && !!item.dueDate && item.dueDate < today && !done });
      if (item.kind === 'opportunity' && item.status === 'open') openOpportunities++;
      if (item.kind === 'solution') {
        solutions[item.status as SolutionStatus]++;
        if (!done) unfinished++;
      }
    }
    const backlogChangedAt = summary.changedAt ?? updatedAt;
    const changed = Date.parse(backlogChangedAt);
    return {
      boardId: id,
      title,
      updatedAt,
      backlogChangedAt,
      openOpportunities,
      solutions,
      failuresWithoutRecovery: summary.failuresWithoutRecovery,
      stale: openOpportunities + unfinished > 0 && Number.isFinite(changed) && changed < staleBefore,
    };
  });
  return { items, boards };
}
