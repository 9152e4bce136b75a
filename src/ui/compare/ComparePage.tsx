import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GEOMETRY, boardDiff, comparePair, diffMarks, familyOf, scenarioFigures, type Board, type Scenario } from '../../model';
import type { BoardRepository, LibraryEntry } from '../../persistence';
import { compareSection, type ComparedPair } from '../../files/compareTables';
import { tableToCsv } from '../../files/analysisTables';
import type { RegionMarks } from '../../files/draw/drawBoard';
import { boardHref, compareHref, libraryHref, navigate } from '../routes';
import { LanguageSwitcher } from '../LanguageSwitcher';
import { AnalysisTableView } from '../analysis/AnalysisTableView';
import { exportTexts } from '../exportTexts';
import { downloadBlob, fileName } from '../download';
import { errorText } from '../failureText';
import { CompareBoard, type CompareBoardHandle } from './CompareBoard';
import { handedOver } from './handoff';
import { markComparePage, measureCompareOpened } from '../../canvas/openTiming';

type Member = LibraryEntry & { scenario: Scenario };
type Loaded =
  { state: 'loading' } | { state: 'alone'; entry?: LibraryEntry } | { state: 'failed'; title: string } | { state: 'ready'; a: Board; b: Board };

/** Each "Zoom in" or "Zoom out" scales by this much, between the two bounds. */
const ZOOM_STEP = 1.25;
const ZOOM_MIN = 0.2;
const ZOOM_MAX = 1.6;
/** Room the page keeps around a board, in CSS px (its padding and border). */
const PAGE_SIDES = 40;
const MARK_KINDS = ['added', 'removed', 'moved', 'changed'] as const;
/** The comparison's PDF has tables only (no priorities chart): the chart's words are never drawn. */
const NO_CHART = { title: '', importance: '', performance: '', quadrants: { concentrate: '', 'keep-up': '', 'low-priority': '', overkill: '' } };

/**
 * Compare: two scenarios of a service drawn one above the other (or side by side) at the same
 * zoom, scrolling together, their differences marked on both; the "Changes" and "Figures" tables
 * below, whose card rows open that card in its scenario; the comparison as PDF and CSV.
 */
export function ComparePage({ repo, id, other }: { repo: BoardRepository; id: string; other?: string }) {
  const { t, i18n } = useTranslation();
  // Once the page is in the document (after the page it replaced was taken down, in the same commit).
  useLayoutEffect(markComparePage, []);
  const [members, setMembers] = useState<Member[] | null>(null);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [zoom, setZoom] = useState<number | null>(null);
  const [sideBySide, setSideBySide] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const boards = [useRef<CompareBoardHandle>(null), useRef<CompareBoardHandle>(null)];

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const entries = await repo.list();
      const self = entries.find((e) => e.id === id);
      const family = self?.scenario
        ? familyOf(
            entries.filter((e) => !e.damaged),
            self.scenario.family,
          )
        : [];
      // Opened from a board: its family's first scenario against the newest other; else the two chosen.
      const second = family.find((m) => m.id === other && m.id !== id);
      const pair = second ? comparePair([family.find((m) => m.id === id)!, second], id) : comparePair(family);
      if (cancelled) return;
      setMembers(family);
      if (!pair) return setLoaded({ state: 'alone', entry: self });
      const [a, b] = await Promise.all(
        pair.map((m) => {
          const board = handedOver(m.id);
          return board ? { ok: true as const, board } : repo.read(m.id);
        }),
      );
      if (cancelled) return;
      if (!a!.ok || !b!.ok) return setLoaded({ state: 'failed', title: (!a!.ok ? pair[0] : pair[1]).title });
      setLoaded({ state: 'ready', a: a!.board, b: b!.board });
    })().catch(() => !cancelled && setLoaded({ state: 'failed', title: '' }));
    return () => {
      cancelled = true;
    };
  }, [repo, id, other]);

  const texts = useMemo(() => ({ ...exportTexts(t, i18n.language), analysis: t('compare.title') }), [t, i18n.language]);
  const words = useMemo(() => Object.fromEntries(MARK_KINDS.map((k) => [k, t(`compare.kinds.${k}`)])) as RegionMarks['words'], [t]);
  const view = useMemo(() => {
    if (loaded.state !== 'ready') return null;
    const { a, b } = loaded;
    const name = (board: Board) => board.scenario?.name || t('scenario.unnamed');
    const pair: ComparedPair = { a, b, names: [name(a), name(b)] };
    const changes = boardDiff(a, b);
    const section = compareSection(pair, changes, scenarioFigures(a, b), t, i18n.language);
    const marks: [RegionMarks, RegionMarks] = [
      { ...diffMarks(changes, 'a'), words },
      { ...diffMarks(changes, 'b'), words },
    ];
    return { pair, section, marks };
  }, [loaded, t, i18n.language, words]);
  // At first the wider board fits the page's width, unless its text would be too small to read.
  const widest =
    loaded.state === 'ready' ? Math.max(...[loaded.a, loaded.b].map((b) => GEOMETRY.laneHeaderWidth + b.steps.length * GEOMETRY.stepWidth)) : 1;
  const scale = zoom ?? Math.min(1, Math.max(0.5, (window.innerWidth - PAGE_SIDES) / (sideBySide ? 2 : 1) / widest));
  const zoomBy = (factor: number) => setZoom(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, scale * factor)));

  useEffect(() => {
    if (view) measureCompareOpened();
  }, [view]);

  const pick = (which: 0 | 1, value: string) => {
    if (loaded.state !== 'ready') return;
    const [a, b] = which === 0 ? [value, loaded.b.id === value ? loaded.a.id : loaded.b.id] : [loaded.a.id, value];
    navigate(compareHref(a, b));
  };
  const exportPdf = async () => {
    if (!view) return;
    setMessage(t('compare.exporting'));
    try {
      const { exportComparisonPdf } = await import('../../files/pdf/comparePdf');
      const { blob } = await exportComparisonPdf(view.pair, {
        paper: 'A3',
        orientation: 'landscape',
        mode: 'fit',
        texts,
        date: new Date(),
        marks: view.marks,
        subtitles: [t('compare.scenario', { name: view.pair.names[0] }), t('compare.scenario', { name: view.pair.names[1] })],
        analysis: {
          sections: [view.section],
          priorities: { rows: [], split: { importance: 3, performance: 3 } },
          cardText: new Map(),
          chart: NO_CHART,
        },
      });
      downloadBlob(fileName(`${view.pair.b.title} ${t('compare.title')}`, 'pdf'), blob);
      setMessage(t('compare.exported'));
    } catch (e) {
      setMessage(t('compare.exportFailed', { message: errorText(t, e) }));
    }
  };
  const exportCsv = () => {
    if (!view) return;
    const csv = view.section.tables.map((table) => `${table.caption}\n${tableToCsv(table)}`).join('\n');
    downloadBlob(fileName(`${view.pair.b.title} ${t('compare.title')}`, 'csv'), new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  };

  return (
    <main className="compare-page">
      <header className="compare-header">
        <a href={boardHref(id)} className="back">
          ← {t('compare.back')}
        </a>
        <h1>{t('compare.title')}</h1>
        <LanguageSwitcher />
      </header>
      {loaded.state === 'loading' && <p className="centered">{t('compare.loading')}</p>}
      {loaded.state === 'failed' && (
        <p role="alert" className="error">
          {t('compare.failed', { title: loaded.title })}
        </p>
      )}
      {loaded.state === 'alone' && (
        <div className="centered">
          <p>{t('compare.alone')}</p>
          <p>
            <a href={loaded.entry ? boardHref(loaded.entry.id) : libraryHref}>{t(loaded.entry ? 'compare.back' : 'editor.allBoards')}</a>
          </p>
        </div>
      )}
      {view && members && loaded.state === 'ready' && (
        <>
          <div className="compare-controls" role="group" aria-label={t('compare.controls')}>
            {([0, 1] as const).map((which) => (
              <label key={which}>
                <span>{t(which === 0 ? 'compare.first' : 'compare.second')}</span>
                <select value={which === 0 ? loaded.a.id : loaded.b.id} onChange={(e) => pick(which, e.target.value)}>
                  {members
                    .filter((m) => which === 0 || m.id !== loaded.a.id)
                    .map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.scenario.name || t('scenario.unnamed')}
                      </option>
                    ))}
                </select>
              </label>
            ))}
            <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)} disabled={scale <= ZOOM_MIN}>
              {t('compare.zoomOut')}
            </button>
            <button type="button" onClick={() => zoomBy(ZOOM_STEP)} disabled={scale >= ZOOM_MAX}>
              {t('compare.zoomIn')}
            </button>
            <button type="button" aria-pressed={sideBySide} onClick={() => setSideBySide(!sideBySide)}>
              {t('compare.sideBySide')}
            </button>
            <button type="button" onClick={() => void exportPdf()}>
              {t('compare.exportPdf')}
            </button>
            <button type="button" onClick={exportCsv}>
              {t('compare.exportCsv')}
            </button>
            {message && <span role="status">{message}</span>}
          </div>
          <div className={`compare-boards${sideBySide ? ' side-by-side' : ''}`}>
            {([0, 1] as const).map((which) => {
              const board = which === 0 ? loaded.a : loaded.b;
              return (
                <section key={board.id} className="compare-side" aria-labelledby={`compare-side-${which}`}>
                  <h2 id={`compare-side-${which}`}>
                    <a href={boardHref(board.id)}>{view.pair.names[which]}</a>
                  </h2>
                  <CompareBoard
                    ref={boards[which]}
                    board={board}
                    marks={view.marks[which]}
                    zoom={scale}
                    texts={texts}
                    label={t('compare.board', { name: view.pair.names[which] })}
                    onScroll={(left, top) => boards[1 - which]!.current?.scrollTo(left, top)}
                  />
                </section>
              );
            })}
          </div>
          <div className="compare-tables">
            {view.section.notes.map((note) => (
              <p key={note} className="analysis-note">
                {note}
              </p>
            ))}
            {view.section.tables.map((table) => (
              <AnalysisTableView
                key={table.id}
                table={table}
                empty={t(table.id === 'changes' ? 'compare.noChanges' : 'compare.noFigures')}
                onChoose={(cardId, row) => navigate(boardHref(row.boardId ?? loaded.b.id, cardId))}
              />
            ))}
          </div>
        </>
      )}
    </main>
  );
}
