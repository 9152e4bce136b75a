import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OPPORTUNITY_STATUSES,
  SOLUTION_STATUSES,
  analyseBoard,
  backlogOf,
  localDay,
  ownersOf,
  problemKey,
  unaddressedProblems,
  type Problem,
} from '../../model';
import { backlogIssuesCsv, backlogTables, impactTable, type BacklogFilter } from '../../files/backlogTables';
import { tableToCsv, type AnalysisTable } from '../../files/analysisTables';
import { createOpportunityFrom, problemTitle, showCard } from '../../editor';
import { useEditor } from '../../canvas/EditorContext';
import { useBoardView } from '../../canvas/boardView';
import { useEditorStore, useEditorStoreApi } from '../../store/EditorStoreContext';
import { downloadBlob, fileName } from '../download';
import { AnalysisTableView } from '../analysis/AnalysisTableView';
import { ValueEffortMatrix } from './ValueEffortMatrix';
import { FilterSelect, asOptions } from '../FilterSelect';

/**
 * The Backlog beside the board: the board's opportunities by priority with their value × effort
 * matrix, and its solutions with owners and due dates, filtered by status and owner. Live as the
 * board changes (deferred, like the Analysis view); choosing a row shows its card.
 */
export function BacklogPanel({ onClose }: { onClose(): void }) {
  const store = useEditorStoreApi();
  const editor = useEditor();
  const readOnly = useEditorStore((s) => s.readOnly);
  const { t, i18n } = useTranslation();
  const view = useBoardView();
  const board = useDeferredValue(useEditorStore((s) => s.board));
  const [filter, setFilter] = useState<BacklogFilter>({});
  const backlog = useMemo(() => (board ? backlogOf(board, localDay(new Date())) : null), [board]);
  const tables = useMemo(() => (board && backlog ? backlogTables(board, backlog, t as never, filter) : null), [board, backlog, t, filter]);
  // Did it work: the solutions shown (as filtered) that have a go-live day.
  const impact = useMemo(
    () =>
      board && backlog && tables
        ? impactTable(
            board,
            backlog.solutions.filter((s) => tables.solutions.rows.some((r) => r.cardId === s.card.id)).map((s) => s.card),
            t as never,
            i18n.language,
          )
        : null,
    [board, backlog, tables, t, i18n.language],
  );
  const problems = useMemo(() => (board ? unaddressedProblems(board, analyseBoard(board)) : []), [board]);
  const owners = useMemo(() => ownersOf([...(backlog?.opportunities ?? []), ...(backlog?.solutions ?? [])].map((r) => r.card.owner)), [backlog]);
  if (!board || !backlog || !tables || !impact) return null;
  const live = backlog.solutions.some((s) => s.card.liveDate && s.card.metricIds?.length);
  const choose = (cardId: string) => showCard({ store, view }, cardId);
  const csv = (table: AnalysisTable) => (
    <button
      type="button"
      className="csv-button"
      aria-label={`${t('backlog.csv')}: ${table.caption}`}
      onClick={() =>
        downloadBlob(fileName(`${board.title} – ${table.caption}`, 'csv'), new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }))
      }
    >
      {t('backlog.csv')}
    </button>
  );
  const shownOpportunities = backlog.opportunities.filter((o) => tables.opportunities.rows.some((r) => r.cardId === o.card.id));
  return (
    <section className="backlog" aria-labelledby="backlog-title">
      <div className="analysis-bar">
        <h2 id="backlog-title">{t('backlog.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('backlog.close')} title={t('backlog.close')}>
          ×
        </button>
      </div>
      <div className="analysis-body backlog-body" tabIndex={0}>
        <p className="hint">{t('backlog.live')}</p>
        <div className="backlog-filters">
          <FilterSelect
            label={t('backlog.ownerFilter')}
            all={t('backlog.allOwners')}
            value={filter.owner}
            options={asOptions(owners)}
            onChange={(owner) => setFilter({ ...filter, owner })}
          />
        </div>
        <section aria-labelledby="backlog-opportunities" className="analysis-section">
          <h3 id="backlog-opportunities">
            {t('backlog.opportunities')}{' '}
            <span className="count">{t('backlog.count', { shown: tables.opportunities.rows.length, count: backlog.opportunities.length })}</span>
          </h3>
          <p className="hint">{t('backlog.formula')}</p>
          <FilterSelect
            label={t('backlog.statusFilter')}
            all={t('backlog.allStatuses')}
            value={filter.opportunityStatus}
            options={asOptions(OPPORTUNITY_STATUSES, (o) => t(`opportunityStatus.${o}`))}
            onChange={(opportunityStatus) => setFilter({ ...filter, opportunityStatus })}
          />
          <AnalysisTableView table={tables.opportunities} empty={t('backlog.noOpportunities')} onChoose={choose} />
          {csv(tables.opportunities)}
          <h4>{t('backlog.matrix')}</h4>
          <p className="hint">{t('backlog.matrixNote')}</p>
          <ValueEffortMatrix rows={shownOpportunities} onChoose={choose} />
          {shownOpportunities.some((o) => !o.quadrant) && (
            <p>{t('backlog.unscored', { count: shownOpportunities.filter((o) => !o.quadrant).length })}</p>
          )}
        </section>
        <section aria-labelledby="backlog-solutions" className="analysis-section">
          <h3 id="backlog-solutions">
            {t('backlog.solutions')}{' '}
            <span className="count">{t('backlog.count', { shown: tables.solutions.rows.length, count: backlog.solutions.length })}</span>
          </h3>
          <FilterSelect
            label={t('backlog.statusFilter')}
            all={t('backlog.allStatuses')}
            value={filter.solutionStatus}
            options={asOptions(SOLUTION_STATUSES, (o) => t(`solutionStatus.${o}`))}
            onChange={(solutionStatus) => setFilter({ ...filter, solutionStatus })}
          />
          <AnalysisTableView table={tables.solutions} empty={t('backlog.noSolutions')} onChoose={choose} />
          {csv(tables.solutions)}{' '}
          <button
            type="button"
            className="csv-button"
            onClick={() =>
              downloadBlob(
                fileName(`${board.title} – ${t('backlog.issues')}`, 'csv'),
                new Blob([backlogIssuesCsv(board, backlog, t as never)], { type: 'text/csv;charset=utf-8' }),
              )
            }
          >
            {t('backlog.issuesCsv')}
          </button>
        </section>
        <section aria-labelledby="backlog-impact" className="analysis-section">
          <h3 id="backlog-impact">{t('impact.title')}</h3>
          {live ? (
            <>
              <AnalysisTableView table={impact} empty={t('impact.noMeasurements')} onChoose={choose} />
              {impact.rows.length > 0 && csv(impact)}
            </>
          ) : (
            <p className="hint">{t('impact.notLive')}</p>
          )}
        </section>
        <section aria-labelledby="backlog-unaddressed" className="analysis-section">
          <h3 id="backlog-unaddressed">
            {t('backlog.unaddressed')} <span className="count">{problems.length}</span>
          </h3>
          <p className="hint">{t('backlog.unaddressedNote')}</p>
          {problems.length ? (
            <ul className="problems">
              {problems.map((p) => (
                <ProblemItem
                  key={problemKey(p)}
                  problem={p}
                  readOnly={readOnly}
                  onChoose={choose}
                  onCreate={() => createOpportunityFrom(editor, p)}
                />
              ))}
            </ul>
          ) : (
            <p>{t('backlog.allAddressed')}</p>
          )}
        </section>
      </div>
    </section>
  );
}

/** A problem no opportunity addresses yet: what and where, a way to its card, and "Create opportunity". */
function ProblemItem({
  problem: p,
  readOnly,
  onChoose,
  onCreate,
}: {
  problem: Problem;
  readOnly: boolean;
  onChoose(cardId: string): void;
  onCreate(): void;
}) {
  const { t } = useTranslation();
  const editor = useEditor();
  const title = problemTitle(editor, p);
  const step = useEditorStore((s) => s.board?.steps.find((x) => x.id === p.stepId)?.name ?? '');
  return (
    <li>
      <span className="problem-kind">{t(`backlog.problem.${p.kind}.kind`)}</span> · {step}:{' '}
      {'cardId' in p ? (
        <button type="button" className="link-button" onClick={() => onChoose(p.cardId)}>
          {title}
        </button>
      ) : (
        title
      )}{' '}
      {!readOnly && (
        <button type="button" aria-label={`${t('backlog.create')}: ${title}`} onClick={onCreate}>
          {t('backlog.create')}
        </button>
      )}
    </li>
  );
}
