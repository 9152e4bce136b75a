import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardView } from '../canvas/boardView';
import { PAPER_SIZES, analyseBoard, backlogOf, layout, localDay, type Board } from '../model';
import { planPages, type PageOptions, type Paper } from '../files/pdf/pages';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { useBlobs } from '../canvas/blobs';
import { errorText } from './failureText';
import { Dialog } from './Dialog';
import { downloadBlob, fileName } from './download';
import { csvLabels, exportTexts } from './exportTexts';
import { boardsFile, type BoardsFile } from './backup';

const DEFAULT_PAGE: PageOptions = { paper: 'A3', orientation: 'landscape', mode: 'tile' };

/** Where a board's PDF page choices are kept (the settings table, per board). */
export interface PdfPrefsStore {
  load(): Promise<Partial<PageOptions> | undefined>;
  save(options: PageOptions): Promise<void>;
}

const FORMATS = ['pdf', 'png', 'json', 'csv', 'xlsx', 'mermaid', 'cjml', 'backup'] as const;
type Format = (typeof FORMATS)[number];

/**
 * Export in every format. The exporters (and jsPDF) load on first use, so they are not in the
 * app shell. PDF shows progress and can be cancelled.
 */
export function ExportDialog({
  onClose,
  backup,
  prefs,
  onBackedUp,
  onSaveTemplate,
}: {
  onClose(): void;
  /** Keeps the board as a template of the New board gallery instead of as a file. */
  onSaveTemplate(): void;
  /** The backup file's content (every board on this device). */
  backup(): Promise<BoardsFile>;
  prefs: PdfPrefsStore;
  /** A backup of all boards was downloaded (the library's reminder counts from then). */
  onBackedUp(): void;
}) {
  const store = useEditorStoreApi();
  const { t, i18n } = useTranslation();
  const boardView = useBoardView();
  const [format, setFormat] = useState<Format>('pdf');
  const [page, setPage] = useState<PageOptions>(DEFAULT_PAGE);
  const { paper, orientation, mode } = page;
  // The board's last paper, orientation and page mode come back (they are per board).
  useEffect(() => {
    let live = true;
    void prefs.load().then(
      (saved) => live && saved && setPage({ ...DEFAULT_PAGE, ...saved }),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [prefs]);
  const choose = (patch: Partial<PageOptions>) => {
    const next = { ...page, ...patch };
    setPage(next);
    void prefs.save(next).catch(() => {}); // a preference: failing to store it must not stop the export
  };
  // Subscribed: the page count follows the board while the dialog is open (a collaborator's edit too).
  const board = useEditorStore((s) => s.board);
  const pages = useMemo(() => (board ? planPages(board, page).total : 0), [board, page]);
  const [area, setArea] = useState<'board' | 'view'>('board');
  const [withAnalysis, setWithAnalysis] = useState(false);
  const [withComments, setWithComments] = useState(true);
  const [withBacklog, setWithBacklog] = useState(false);
  const hasComments = useEditorStore((s) => !!s.board?.comments?.length);
  const hasPictures = useEditorStore((s) => !!s.board?.cards.some((c) => c.images?.length));
  const hasBlobs = useEditorStore((s) => !!s.board?.cards.some((c) => c.images?.length || c.attachments?.length));
  const [withPictures, setWithPictures] = useState(true);
  const blobs = useBlobs();
  /** The cards' pictures, when the export draws them (else each is given by its description). */
  const pictures = async (board: Board) =>
    withPictures && hasPictures ? (await import('../files/media/exportPictures')).exportPictures(board, (hash) => blobs.get(hash)) : undefined;
  const [scale, setScale] = useState<1 | 2>(2);
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ error?: string; info?: string } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async () => {
    const board = store.getState().board;
    if (!board) return;
    setMessage(null);
    const texts = exportTexts(t, i18n.language);
    const name = (ext: string) => fileName(board.title, ext);
    try {
      if (format === 'pdf') {
        abort.current = new AbortController();
        setBusy({ done: 0, total: 1 });
        const [{ exportPdf }, { analysisForPdf }] = await Promise.all([import('../files/pdf/pdf'), import('./analysis/analysisPdf')]);
        const comments = withComments && !!board.comments?.length;
        const analysis =
          withAnalysis || comments || withBacklog
            ? analysisForPdf(board, t, i18n.language, { analysis: withAnalysis, comments, backlog: withBacklog })
            : undefined;
        const { blob, replaced } = await exportPdf(board, {
          pictures: await pictures(board),
          paper,
          orientation,
          mode,
          texts,
          analysis,
          date: new Date(),
          signal: abort.current.signal,
          onProgress: (done, total) => setBusy({ done, total }),
        });
        downloadBlob(name('pdf'), blob);
        if (replaced.length) return setMessage({ info: t('export.replaced', { chars: replaced.join(' ') }) });
      } else if (format === 'png') {
        setBusy({ done: 0, total: 1 });
        const { exportPng } = await import('../files/png');
        const font = getComputedStyle(document.documentElement).fontFamily;
        const result = await exportPng(board, {
          scale,
          texts,
          fontFamily: font,
          region: area === 'view' ? visibleRegion(board) : undefined,
          pictures: await pictures(board),
        });
        downloadBlob(name('png'), result.blob);
        if (result.scaledDown) return setMessage({ info: t('export.scaledDown', { width: result.width, height: result.height }) });
      } else {
        const formats = await import('../files/formats');
        if (format === 'json') {
          const file = await boardsFile(formats.boardToJson(board), [board], blobs);
          downloadBlob(name(file.extension), file.blob);
        }
        if (format === 'csv') downloadBlob(name('csv'), new Blob([formats.boardToCsv(board, csvLabels(t))], { type: 'text/csv;charset=utf-8' }));
        // The measurements go beside the cards, as a file the measurements import reads back.
        if (format === 'csv' && board.measurements?.length)
          downloadBlob(
            fileName(`${board.title} – ${t('measurement.list')}`, 'csv'),
            new Blob([formats.measurementsToCsv(board, t as never)], { type: 'text/csv;charset=utf-8' }),
          );
        if (format === 'mermaid') downloadBlob(name('mmd'), new Blob([formats.boardToMermaid(board)], { type: 'text/plain;charset=utf-8' }));
        if (format === 'xlsx') {
          // The cards, the blueprint as a grid, and the registers (the backlog's when the board has one).
          const [{ boardToXlsx }, { analysisSections, CSV_REGISTERS }, { backlogSection }] = await Promise.all([
            import('../files/xlsx'),
            import('../files/analysisTables'),
            import('../files/backlogTables'),
          ]);
          const translate = t as never;
          const registers = analysisSections(board, analyseBoard(board), translate, i18n.language)
            .map((section) => ({ ...section, tables: section.tables.filter((table) => CSV_REGISTERS.includes(table.id)) }))
            .filter((section) => section.tables.length);
          const backlog = backlogOf(board, localDay(new Date()));
          if (backlog.opportunities.length || backlog.solutions.length) registers.push(backlogSection(board, backlog, translate, i18n.language));
          const bytes = await boardToXlsx(
            board,
            { labels: csvLabels(t), cardsSheet: t('export.sheets.cards'), gridSheet: t('export.sheets.grid') },
            registers,
          );
          downloadBlob(
            name('xlsx'),
            new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
          );
        }
        if (format === 'cjml') {
          // A stage is a planned journey when its name says so, as the import names them (in this language).
          const { importNames } = await import('../files/importNames');
          const names = importNames((key, lng) => i18n.t(key, { lng, skipInterpolation: true }), [i18n.language], i18n.language);
          const cjml = formats.boardToCjml(board, names.cjml);
          downloadBlob(name('xml'), new Blob([cjml], { type: 'application/xml;charset=utf-8' }));
        }
        if (format === 'backup') {
          const file = await backup();
          downloadBlob(fileName(t('export.backupName'), file.extension), file.blob);
          onBackedUp();
        }
      }
      onClose();
    } catch (e) {
      if ((e as Error).name === 'FontUnavailableError') setMessage({ error: t('export.fontOffline') });
      else if ((e as Error).name !== 'AbortError') setMessage({ error: errorText(t, e) });
    } finally {
      setBusy(null);
      abort.current = null;
    }
  };

  /** The steps and lanes on screen now. */
  const visibleRegion = (board: Board) => {
    const l = layout(board);
    const pane = boardView.pane();
    const { x, y, zoom } = boardView.flow.getViewport();
    const view = { left: -x / zoom, top: -y / zoom, right: (pane.width - x) / zoom, bottom: (pane.height - y) / zoom };
    const steps = l.steps
      .map((s, i) => [s, i] as const)
      .filter(([s]) => s.x + s.width > view.left && s.x < view.right)
      .map(([, i]) => i);
    const lanes = l.lanes
      .map((r, i) => [r, i] as const)
      .filter(([r]) => r.y + r.height > view.top && r.y < view.bottom)
      .map(([, i]) => i);
    return steps.length && lanes.length
      ? { stepFrom: steps[0]!, stepTo: steps.at(-1)! + 1, laneFrom: lanes[0]!, laneTo: lanes.at(-1)! + 1 }
      : undefined;
  };

  return (
    <Dialog
      title={t('export.title')}
      onClose={() => {
        abort.current?.abort();
        onClose();
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <fieldset className="formats">
          <legend>{t('export.format')}</legend>
          {FORMATS.map((f) => (
            <label key={f}>
              <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} />
              {t(`export.formats.${f}`)}
            </label>
          ))}
        </fieldset>
        {format === 'pdf' && (
          <div className="export-options">
            <label className="field">
              <span>{t('export.paper')}</span>
              <select value={paper} onChange={(e) => choose({ paper: e.target.value as Paper })}>
                {PAPER_SIZES.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('export.orientation')}</span>
              <select value={orientation} onChange={(e) => choose({ orientation: e.target.value as PageOptions['orientation'] })}>
                <option value="landscape">{t('export.landscape')}</option>
                <option value="portrait">{t('export.portrait')}</option>
              </select>
            </label>
            <fieldset>
              <legend>{t('export.pages')}</legend>
              <label>
                <input type="radio" name="mode" checked={mode === 'tile'} onChange={() => choose({ mode: 'tile' })} />
                {t('export.tile')}
              </label>
              <label>
                <input type="radio" name="mode" checked={mode === 'fit'} onChange={() => choose({ mode: 'fit' })} />
                {t('export.fit')}
              </label>
            </fieldset>
            <label>
              <input type="checkbox" checked={withAnalysis} onChange={(e) => setWithAnalysis(e.target.checked)} />
              {t('export.includeAnalysis')}
            </label>
            <label>
              <input type="checkbox" checked={withBacklog} onChange={(e) => setWithBacklog(e.target.checked)} />
              {t('export.includeBacklog')}
            </label>
            {hasComments && (
              <label>
                <input type="checkbox" checked={withComments} onChange={(e) => setWithComments(e.target.checked)} />
                {t('comments.include')}
              </label>
            )}
            {hasPictures && (
              <label>
                <input type="checkbox" checked={withPictures} onChange={(e) => setWithPictures(e.target.checked)} />
                {t('media.includePictures')}
              </label>
            )}
            <p className="page-count" aria-live="polite">
              {t('export.pageCount', { count: pages })}
              {withAnalysis ? ` ${t('export.plusAnalysis')}` : withBacklog ? ` ${t('export.plusBacklog')}` : ''}
            </p>
          </div>
        )}
        {format === 'json' && hasBlobs && <p className="hint">{t('export.bundleHint')}</p>}
        {format === 'png' && (
          <div className="export-options">
            <fieldset>
              <legend>{t('export.area')}</legend>
              <label>
                <input type="radio" name="area" checked={area === 'board'} onChange={() => setArea('board')} />
                {t('export.wholeBoard')}
              </label>
              <label>
                <input type="radio" name="area" checked={area === 'view'} onChange={() => setArea('view')} />
                {t('export.currentView')}
              </label>
            </fieldset>
            {hasPictures && (
              <label>
                <input type="checkbox" checked={withPictures} onChange={(e) => setWithPictures(e.target.checked)} />
                {t('media.includePictures')}
              </label>
            )}
            <label className="field">
              <span>{t('export.resolution')}</span>
              <select value={scale} onChange={(e) => setScale(Number(e.target.value) as 1 | 2)}>
                <option value={1}>1×</option>
                <option value={2}>2×</option>
              </select>
            </label>
          </div>
        )}
        {busy && (
          <p className="export-progress">
            <progress aria-label={t('export.progress')} max={busy.total} value={busy.done} />{' '}
            {t('export.working', { done: busy.done, total: busy.total })}
          </p>
        )}
        {message?.error && (
          <p role="alert" className="error">
            {t('export.failed', { message: message.error })}
          </p>
        )}
        {message?.info && <p role="alert">{message.info}</p>}
        <div className="dialog-actions">
          <button type="button" className="secondary-start" onClick={onSaveTemplate} disabled={!!busy}>
            {t('editor.saveTemplate')}
          </button>
          {busy ? (
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('export.cancel')}
            </button>
          ) : (
            <button type="button" onClick={onClose}>
              {t('common.close')}
            </button>
          )}
          <button type="submit" className="primary" disabled={!!busy}>
            {t('export.download')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
