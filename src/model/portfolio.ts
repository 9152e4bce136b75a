import type { Board } from './board';
import { SOLUTION_STATUSES, type SolutionStatus } from './card';
import { backlogOf, localDay } from './backlog';

/** A board of the library as the Portfolio reads it. */
export interface PortfolioSource {
  id: string;
  title: string;
  updatedAt: string;
  board: Board;
}

/** One opportunity or solution of some board. */
export interface PortfolioItem {
  boardId: string;
  boardTitle: string;
  cardId: string;
  kind: 'opportunity' | 'solution';
  text: string;
  /** "Stage › Step". */
  where: string;
  priority?: number;
  status: string;
  owner?: string;
  dueDate?: string;
  overdue: boolean;
}

/** What one board's backlog amounts to. */
export interface BoardRollup {
  boardId: string;
  title: string;
  updatedAt: string;
  openOpportunities: number;
  solutions: Record<SolutionStatus, number>;
  failuresWithoutRecovery: number;
  /** Open work on a board nobody changed for `STALE_WEEKS` weeks. */
  stale: boolean;
}

/** A board with open work and no change for this many weeks is going stale. */
export const STALE_WEEKS = 8;

/**
 * Every opportunity and solution of the given boards, and each board's roll-up: open
 * opportunities, solutions by status, failure points without recovery, and whether it is going
 * stale (it has open opportunities or unfinished solutions and has not changed for
 * `STALE_WEEKS` weeks). Items come board by board, each board's backlog in its own order.
 */
export function portfolioOf(sources: readonly PortfolioSource[], now: Date): { items: PortfolioItem[]; boards: BoardRollup[] } {
  const today = localDay(now);
  const staleBefore = now.getTime() - STALE_WEEKS * 7 * 24 * 3600 * 1000;
  const items: PortfolioItem[] = [];
  const boards = sources.map(({ id, title, updatedAt, board }): BoardRollup => {
    const backlog = backlogOf(board, today);
    const steps = new Map(board.steps.map((s) => [s.id, s]));
    const stages = new Map(board.stages.map((s) => [s.id, s]));
    const where = (stepId: string) => {
      const step = steps.get(stepId);
      return [step && stages.get(step.stageId)?.name, step?.name].filter(Boolean).join(' › ');
    };
    for (const o of backlog.opportunities)
      items.push({
        boardId: id,
        boardTitle: title,
        cardId: o.card.id,
        kind: 'opportunity',
        text: o.card.text,
        where: where(o.card.stepId),
        ...(o.priority !== undefined && { priority: o.priority }),
        status: o.status,
        ...(o.card.owner && { owner: o.card.owner }),
        overdue: false,
      });
    for (const s of backlog.solutions)
      items.push({
        boardId: id,
        boardTitle: title,
        cardId: s.card.id,
        kind: 'solution',
        text: s.card.text,
        where: where(s.card.stepId),
        status: s.status,
        ...(s.card.owner && { owner: s.card.owner }),
        ...(s.card.dueDate && { dueDate: s.card.dueDate }),
        overdue: s.overdue,
      });
    const solutions = Object.fromEntries(SOLUTION_STATUSES.map((st) => [st, 0])) as Record<SolutionStatus, number>;
    for (const s of backlog.solutions) solutions[s.status]++;
    const openOpportunities = backlog.opportunities.filter((o) => o.status === 'open').length;
    const unfinished = backlog.solutions.filter((s) => s.status !== 'live' && s.status !== 'dropped').length;
    const changed = Date.parse(updatedAt);
    return {
      boardId: id,
      title,
      updatedAt,
      openOpportunities,
      solutions,
      failuresWithoutRecovery: board.cards.filter((c) => c.failure && !c.failure.recovery?.trim()).length,
      stale: openOpportunities + unfinished > 0 && Number.isFinite(changed) && changed < staleBefore,
    };
  });
  return { items, boards };
}
