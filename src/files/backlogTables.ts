import {
  formatMetricValue,
  formatPriority,
  sameOwner,
  solutionImpact,
  type Backlog,
  type Board,
  type Card,
  type OpportunityRow,
  type SideMean,
  type SolutionRow,
} from '../model';
import type { AnalysisSection, AnalysisTable, Translate } from './analysisTables';
import { toCsv } from './csv';

/** What the Backlog view shows: which rows pass its filters. */
export interface BacklogFilter {
  opportunityStatus?: string;
  solutionStatus?: string;
  owner?: string;
}

const passes = (status: string | undefined, owner: string | undefined, is: string, has: string | undefined) =>
  (!status || status === is) && (!owner || sameOwner(owner, has ?? ''));

/**
 * The backlog as two labelled tables, the same for the view and its CSV files: opportunities by
 * priority, solutions in board order. Rows lead to their cards.
 */
export function backlogTables(
  board: Board,
  backlog: Backlog,
  t: Translate,
  filter: BacklogFilter = {},
): { opportunities: AnalysisTable; solutions: AnalysisTable } {
  const steps = new Map(board.steps.map((s) => [s.id, s]));
  const stages = new Map(board.stages.map((s) => [s.id, s]));
  const text = (c: Card) => c.text.trim() || t('card.empty');
  const where = (c: Card) => {
    const step = steps.get(c.stepId);
    const stage = step && stages.get(step.stageId);
    return [stage?.name, step?.name].filter(Boolean).join(' › ');
  };
  const list = (cards: Card[]) => cards.map(text).join('; ');
  const score = (n: number | undefined) => (n === undefined ? '' : String(n));
  const opportunityRow = (o: OpportunityRow) => ({
    cardId: o.card.id,
    cells: [
      text(o.card),
      where(o.card),
      score(o.card.customerValue),
      score(o.card.businessValue),
      score(o.card.effort),
      o.priority === undefined ? '' : formatPriority(o.priority),
      t(`opportunityStatus.${o.status}`),
      list(o.addresses),
      list(o.solutions),
    ],
  });
  const solutionRow = (s: SolutionRow) => ({
    cardId: s.card.id,
    marked: s.overdue,
    cells: [
      text(s.card),
      t(`solutionStatus.${s.status}`),
      s.card.owner ?? '',
      s.card.dueDate ? (s.overdue ? `${s.card.dueDate} (${t('backlog.overdue')})` : s.card.dueDate) : '',
      s.card.link ?? '',
      list(s.opportunities),
    ],
  });
  return {
    opportunities: {
      id: 'opportunities',
      caption: t('backlog.opportunities'),
      columns: ['card', 'step', 'customerValue', 'businessValue', 'effort', 'priority', 'status', 'addresses', 'solvedBy'].map((k) =>
        t(`backlog.${k}`),
      ),
      rows: backlog.opportunities.filter((o) => passes(filter.opportunityStatus, filter.owner, o.status, o.card.owner)).map(opportunityRow),
    },
    solutions: {
      id: 'solutions',
      caption: t('backlog.solutions'),
      columns: ['solution', 'status', 'owner', 'dueDate', 'link', 'serves'].map((k) => t(`backlog.${k}`)),
      rows: backlog.solutions.filter((s) => passes(filter.solutionStatus, filter.owner, s.status, s.card.owner)).map(solutionRow),
    },
  };
}

/**
 * The board's solutions (not dropped) as issues to import into Jira or Linear: their CSV
 * importers map these English headers (Summary, Description, Assignee, Due date, Labels; a
 * label per column, as Jira reads several). The description says where the solution acts and
 * which opportunities and problems it answers, in the user's language.
 */
export function backlogIssuesCsv(board: Board, backlog: Backlog, t: Translate): string {
  const steps = new Map(board.steps.map((s) => [s.id, s]));
  const stages = new Map(board.stages.map((s) => [s.id, s]));
  const text = (c: Card) => c.text.trim() || t('card.empty');
  const rows = backlog.solutions
    .filter((s) => s.status !== 'dropped')
    .map((s) => {
      const step = steps.get(s.card.stepId);
      const stage = step && stages.get(step.stageId);
      const problems = backlog.opportunities.filter((o) => s.opportunities.includes(o.card)).flatMap((o) => o.addresses);
      const description = [
        `${t('backlog.step')}: ${[stage?.name, step?.name].filter(Boolean).join(' › ')}`,
        s.opportunities.length ? `${t('backlog.serves')}: ${s.opportunities.map(text).join('; ')}` : '',
        problems.length ? `${t('backlog.addresses')}: ${[...new Set(problems)].map(text).join('; ')}` : '',
        s.card.details?.trim() ?? '',
        s.card.link ?? '',
      ].filter(Boolean);
      return [text(s.card), description.join('\n'), s.card.owner ?? '', s.card.dueDate ?? '', 'service-blueprint', s.status];
    });
  return toCsv([['Summary', 'Description', 'Assignee', 'Due date', 'Labels', 'Labels'], ...rows]);
}

/**
 * Did it work: for each solution with a go-live day and metrics, each metric at each step it is
 * linked to (and over the journey), the mean before and from go-live with how many measurements
 * each side has, and whether it moved the metric's way. Rows lead to the solution's card.
 */
export function impactTable(board: Board, solutions: readonly Card[], t: Translate, locale: string): AnalysisTable {
  const steps = new Map(board.steps.map((s) => [s.id, s.name]));
  const rows = solutions.flatMap((card) =>
    solutionImpact(board, card).map(({ metric, scope, split }) => {
      const side = (x: SideMean | null) =>
        x ? t('impact.side', { mean: formatMetricValue(x.mean, metric, locale), count: x.count }) : t('impact.noData');
      return {
        cardId: card.id,
        marked: split.verdict === 'worse',
        cells: [
          card.text.trim() || t('card.empty'),
          card.liveDate ?? '',
          metric.name,
          'stepId' in scope ? (steps.get(scope.stepId) ?? '') : t('measurement.journey'),
          side(split.before),
          side(split.after),
          t(`impact.verdicts.${split.verdict ?? 'unknown'}`),
        ],
      };
    }),
  );
  return {
    id: 'impact',
    caption: t('impact.title'),
    columns: [
      t('backlog.solution'),
      t('inspector.liveDate'),
      t('impact.metric'),
      t('impact.where'),
      t('impact.before'),
      t('impact.after'),
      t('impact.verdict'),
    ],
    rows,
  };
}

/** The backlog as a section of the PDF appendix: its tables, with the priority formula. */
export function backlogSection(board: Board, backlog: Backlog, t: Translate, locale: string): AnalysisSection {
  const { opportunities, solutions } = backlogTables(board, backlog, t);
  const impact = impactTable(
    board,
    backlog.solutions.map((s) => s.card),
    t,
    locale,
  );
  return {
    id: 'backlog',
    title: t('backlog.title'),
    notes: [t('backlog.formula')],
    tables: [opportunities, solutions, ...(impact.rows.length ? [impact] : [])],
  };
}
