import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OPPORTUNITY_STATUSES,
  SOLUTION_STATUSES,
  formatMetricValue,
  formatPriority,
  type ImpactSummary,
  ownersOf,
  portfolioOf,
  sameOwner,
  type PortfolioItem,
  type PortfolioSource,
} from '../model';
import type { BoardRepository } from '../persistence';
import { boardHref, libraryHref } from './routes';
import { FilterSelect, asOptions } from './FilterSelect';

type SortKey = 'board' | 'text' | 'priority' | 'status' | 'owner' | 'dueDate';
const COLUMNS: SortKey[] = ['board', 'text', 'priority', 'status', 'owner', 'dueDate'];
const KINDS: PortfolioItem['kind'][] = ['opportunity', 'solution'];
/** Rows drawn at first, and added by each "Show more". */
const PAGE = 100;

/** How items compare on a column; empty values go last whichever way the column is sorted. */
const value = (i: PortfolioItem, key: SortKey): string | number | undefined =>
  key === 'board'
    ? i.boardTitle
    : key === 'text'
      ? i.text
      : key === 'priority'
        ? i.priority
        : key === 'status'
          ? i.status
          : key === 'owner'
            ? i.owner
            : i.dueDate;

/**
 * Every opportunity and solution of every board in this browser, in one sortable, filterable
 * table whose rows open their board with the card selected, and each board's roll-up. Boards are
 * read once each from storage (no editor is opened for them).
 */
export function PortfolioPage({ repo }: { repo: BoardRepository }) {
  const { t } = useTranslation();
  const [sources, setSources] = useState<PortfolioSource[] | null>(null);
  const [unread, setUnread] = useState(0);
  const [failed, setFailed] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'priority', descending: true });
  const [kind, setKind] = useState<PortfolioItem['kind']>();
  const [status, setStatus] = useState<string>();
  const [owner, setOwner] = useState<string>();
  // Thousands of rows would take seconds to draw: the first ones in the chosen order, then more on request.
  const [limit, setLimit] = useState(PAGE);

  useEffect(() => {
    let cancelled = false;
    repo.portfolio().then(
      ({ sources, unread }) => {
        if (cancelled) return;
        setUnread(unread);
        setSources(sources);
      },
      () => {
        if (cancelled) return;
        setFailed(true);
        setSources([]);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [repo]);

  const portfolio = useMemo(() => (sources ? portfolioOf(sources, new Date()) : null), [sources]);
  const owners = useMemo(() => ownersOf(portfolio?.items.map((i) => i.owner) ?? []), [portfolio]);
  const items = useMemo(() => {
    if (!portfolio) return [];
    const shown = portfolio.items.filter(
      (i) => (!kind || i.kind === kind) && (!status || i.status === status) && (!owner || sameOwner(i.owner ?? '', owner)),
    );
    const { key, descending } = sort;
    return shown
      .map((item, rank) => ({ item, rank }))
      .sort((a, b) => {
        const x = value(a.item, key),
          y = value(b.item, key);
        if (x === undefined || y === undefined) return x === y ? a.rank - b.rank : x === undefined ? 1 : -1;
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return (descending ? -c : c) || a.rank - b.rank;
      })
      .map((x) => x.item);
  }, [portfolio, kind, status, owner, sort]);

  const statusName = (i: PortfolioItem) => t(`${i.kind === 'opportunity' ? 'opportunityStatus' : 'solutionStatus'}.${i.status}`);
  return (
    <main className="library portfolio">
      <header className="library-header">
        <h1>{t('portfolio.title')}</h1>
        <a href={libraryHref}>← {t('editor.allBoards')}</a>
      </header>
      <p className="hint">{t('portfolio.intro')}</p>
      {!portfolio ? (
        <p role="status">{t('portfolio.reading')}</p>
      ) : (
        <>
          {unread > 0 && <p role="alert">{t('portfolio.unread', { count: unread })}</p>}
          {failed && <p role="alert">{t('portfolio.failed')}</p>}
          <section aria-labelledby="portfolio-boards">
            <h2 id="portfolio-boards">{t('portfolio.boards')}</h2>
            <div className="analysis-table">
              <table>
                <thead>
                  <tr>
                    {['board', 'openOpportunities', 'solutions', 'failures', 'changed'].map((k) => (
                      <th key={k} scope="col">
                        {t(`portfolio.col.${k}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {portfolio.boards.map((b) => (
                    <tr key={b.boardId} className={b.stale ? 'marked' : undefined}>
                      <th scope="row">
                        <a href={boardHref(b.boardId)}>{b.title}</a>
                      </th>
                      <td>{b.openOpportunities}</td>
                      <td>
                        {SOLUTION_STATUSES.filter((s) => b.solutions[s])
                          .map((s) => `${t(`solutionStatus.${s}`)} ${b.solutions[s]}`)
                          .join(', ') || '—'}
                      </td>
                      <td>{b.failuresWithoutRecovery}</td>
                      <td>
                        {new Date(b.backlogChangedAt).toLocaleDateString()}
                        {b.stale && ` (${t('portfolio.stale')})`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="portfolio-items">
            <h2 id="portfolio-items">{t('portfolio.items')}</h2>
            <div className="backlog-filters">
              <FilterSelect
                label={t('portfolio.kind')}
                all={t('portfolio.allKinds')}
                value={kind}
                options={asOptions(KINDS, (k) => t(`laneKind.${k}`))}
                onChange={(k) => (setKind(k as PortfolioItem['kind'] | undefined), setStatus(undefined))}
              />{' '}
              <FilterSelect
                label={t('backlog.statusFilter')}
                all={t('backlog.allStatuses')}
                value={status}
                options={[
                  ...(kind !== 'solution' ? asOptions(OPPORTUNITY_STATUSES, (s) => t(`opportunityStatus.${s}`)) : []),
                  ...(kind !== 'opportunity' ? asOptions(SOLUTION_STATUSES, (s) => t(`solutionStatus.${s}`)) : []),
                ]}
                onChange={setStatus}
              />{' '}
              <FilterSelect
                label={t('backlog.ownerFilter')}
                all={t('backlog.allOwners')}
                value={owner}
                options={asOptions(owners)}
                onChange={setOwner}
              />{' '}
              <span>{t('backlog.count', { shown: items.length, count: portfolio.items.length })}</span>
            </div>
            <div className="analysis-table">
              <table>
                <caption>{t('portfolio.items')}</caption>
                <thead>
                  <tr>
                    {COLUMNS.map((key) => (
                      <th key={key} scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : key === 'priority' })}
                        >
                          {t(`portfolio.col.${key}`)}
                        </button>
                      </th>
                    ))}
                    <th scope="col">{t('backlog.step')}</th>
                    <th scope="col">{t('impact.title')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.slice(0, limit).map((i) => (
                    <tr key={`${i.boardId}:${i.cardId}`} className={i.overdue ? 'marked' : undefined}>
                      <td>{i.boardTitle}</td>
                      <th scope="row">
                        <a href={boardHref(i.boardId, i.cardId)}>{i.text.trim() || t('card.empty')}</a>{' '}
                        <span className="hint">({t(`laneKind.${i.kind}`)})</span>
                      </th>
                      <td>{i.priority === undefined ? '' : formatPriority(i.priority)}</td>
                      <td>{statusName(i)}</td>
                      <td>{i.owner ?? ''}</td>
                      <td>{i.dueDate ? `${i.dueDate}${i.overdue ? ` (${t('backlog.overdue')})` : ''}` : ''}</td>
                      <td>{i.where}</td>
                      <td>
                        <ImpactLines impact={i.impact} />
                      </td>
                    </tr>
                  ))}
                  {!items.length && (
                    <tr>
                      <td colSpan={COLUMNS.length + 2} className="empty">
                        {t('portfolio.none')}
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
            {items.length > limit && (
              <button type="button" onClick={() => setLimit(limit + PAGE)}>
                {t('portfolio.more', { shown: limit, count: items.length })}
              </button>
            )}
          </section>
        </>
      )}
    </main>
  );
}

/** A solution's impact as lines: "Waiting time at Queue: 25 min → 8 min, better". */
function ImpactLines({ impact }: { impact?: ImpactSummary[] }) {
  const { t, i18n } = useTranslation();
  if (!impact?.length) return null;
  const side = (x: ImpactSummary['before'], unit: string | undefined) =>
    x ? t('impact.side', { mean: formatMetricValue(x.mean, { unit }, i18n.language), count: x.count }) : t('impact.noData');
  return (
    <ul className="impact-lines">
      {impact.map((x, n) => (
        <li key={n}>
          {t('impact.summary', {
            metric: x.metric,
            where: x.step ?? t('measurement.journey'),
            before: side(x.before, x.unit),
            after: side(x.after, x.unit),
            verdict: t(`impact.verdicts.${x.verdict ?? 'unknown'}`),
          })}
        </li>
      ))}
    </ul>
  );
}
