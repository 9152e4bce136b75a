import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseBoard, problemKey, unaddressedProblems, type Problem, type QuadrantSplit } from '../../model';
import { analysisSections, CSV_REGISTERS, tableToCsv } from '../../files/analysisTables';
import { createOpportunityFrom, problemTitle, showCard } from '../../editor';
import { useEditor } from '../../canvas/EditorContext';
import type { AnalysisRow } from '../../files/analysisTables';
import { useBoardView } from '../../canvas/boardView';
import { useEditorStore, useEditorStoreApi } from '../../store/EditorStoreContext';
import { downloadBlob, fileName } from '../download';
import { AnalysisTableView } from './AnalysisTableView';
import { PrioritiesChart } from './PrioritiesChart';

/**
 * The Analysis view beside the board: every analysis of the open board, recomputed as it changes
 * (deferred, so typing on a large board never waits for it). Choosing a row shows its card.
 */
export function AnalysisPanel({ onClose }: { onClose(): void }) {
  const store = useEditorStoreApi();
  const { t, i18n } = useTranslation();
  const view = useBoardView();
  const live = useEditorStore((s) => s.board);
  const board = useDeferredValue(live);
  const [split, setSplit] = useState<QuadrantSplit>('midpoint');
  const [wide, setWide] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const analysis = useMemo(() => (board ? analyseBoard(board, split) : null), [board, split]);
  const sections = useMemo(
    () => (board && analysis ? analysisSections(board, analysis, t as never, i18n.language) : []),
    [board, analysis, t, i18n.language],
  );
  const editor = useEditor();
  const readOnly = useEditorStore((s) => s.readOnly);
  // Rows about a problem no opportunity addresses yet offer to create one: failure points,
  // touchpoints, rework loops, the bottleneck and steps over tolerance, emotion lows.
  const problems = useMemo(() => {
    const byKey = new Map<string, Problem>();
    if (board && analysis) for (const p of unaddressedProblems(board, analysis)) byKey.set(problemKey(p), p);
    return byKey;
  }, [board, analysis]);
  /** The problem a row of a table is about, if nothing addresses it yet. */
  const rowProblem: Record<string, (row: AnalysisRow) => Problem | undefined> = {
    failures: (r) => problems.get(`failure:${r.cardId}`),
    touchpoints: (r) => problems.get(`touchpoint:${r.cardId}`),
    'rework-loops': (r) => problems.get(`rework:${r.cardId}`),
    'time-steps': (r) => problems.get(`bottleneck:${r.stepId}`) ?? problems.get(`tolerance:${r.stepId}`),
    'emotion-lows': (r) => problems.get(`emotionLow:${r.stepId}:${r.personaId}`),
  };
  const createFor = (tableId: string) =>
    readOnly || !rowProblem[tableId]
      ? undefined
      : {
          label: t('analysis.action'),
          cell: (row: AnalysisRow) => {
            const p = rowProblem[tableId]!(row);
            return p ? (
              <button
                type="button"
                className="csv-button"
                aria-label={`${t('backlog.create')}: ${problemTitle(editor, p)}`}
                onClick={() => createOpportunityFrom(editor, p)}
              >
                {t('backlog.create')}
              </button>
            ) : null;
          },
        };
  if (!board || !analysis) return null;
  const choose = (cardId: string) => showCard({ store, view }, cardId);
  const downloadPng = async () => {
    const el = body.current;
    if (!el) return;
    const { toBlob } = await import('html-to-image');
    // The whole view, not only the part scrolled into sight, at the width it has on screen
    // (html-to-image copies each element's computed size); its buttons stay out of the picture.
    const [width, height] = [el.scrollWidth, el.scrollHeight];
    const blob = await toBlob(el, {
      backgroundColor: '#ffffff',
      width,
      height,
      pixelRatio: 2,
      style: { width: `${width}px`, height: `${height}px`, overflow: 'visible' },
      filter: (node) => !(node instanceof HTMLElement && node.dataset.noPicture !== undefined),
    });
    if (blob) downloadBlob(fileName(`${board.title} – ${t('analysis.title')}`, 'png'), blob);
  };
  return (
    <section className={`analysis${wide ? ' wide' : ''}`} aria-labelledby="analysis-title">
      <div className="analysis-bar">
        <h2 id="analysis-title">{t('analysis.title')}</h2>
        <button type="button" aria-pressed={wide} onClick={() => setWide(!wide)}>
          {t('analysis.wide')}
        </button>
        <button type="button" onClick={() => void downloadPng()}>
          {t('analysis.png')}
        </button>
        <button type="button" onClick={onClose} aria-label={t('analysis.close')} title={t('analysis.close')}>
          ×
        </button>
      </div>
      {/* Focusable: the keyboard scrolls it, sideways too when a table is wider than the view. */}
      <div className="analysis-body" ref={body} tabIndex={0}>
        <p className="hint">{t('analysis.live')}</p>
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={`analysis-${section.id}`} className="analysis-section">
            <h3 id={`analysis-${section.id}`}>{section.title}</h3>
            {section.notes.map((note) => (
              <p key={note}>{note}</p>
            ))}
            {section.id === 'priorities' && (
              <>
                <div className="inline-field" data-no-picture>
                  <label htmlFor="analysis-split">{t('analysis.priorities.split')}</label>{' '}
                  <select id="analysis-split" value={split} onChange={(e) => setSplit(e.target.value as QuadrantSplit)}>
                    <option value="midpoint">{t('analysis.priorities.midpoint')}</option>
                    <option value="means">{t('analysis.priorities.means')}</option>
                  </select>
                </div>
                <PrioritiesChart board={board} priorities={analysis.priorities} onChoose={choose} />
              </>
            )}
            {section.tables.map((table) => (
              <div key={table.id}>
                <AnalysisTableView table={table} empty={t('analysis.none')} onChoose={choose} action={createFor(table.id)} />
                {CSV_REGISTERS.includes(table.id) && (
                  <button
                    type="button"
                    data-no-picture
                    className="csv-button"
                    aria-label={`${t('analysis.csv')}: ${table.caption}`}
                    onClick={() =>
                      downloadBlob(
                        fileName(`${board.title} – ${table.caption}`, 'csv'),
                        new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }),
                      )
                    }
                  >
                    {t('analysis.csv')}
                  </button>
                )}
              </div>
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}
