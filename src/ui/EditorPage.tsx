import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider, type Viewport } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { deleteLane, deleteStep, renameBoard, type Board, type BoardIssue } from '../model';
import type { BoardRepository } from '../persistence';
import { createEditorStore } from '../store/editorStore';
import { EditorStoreProvider, useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { openBoardSession, type BoardSession } from '../session/boardSession';
import { boardHref, compareHref, libraryHref, navigate } from './routes';
import { errorText, failureText } from './failureText';
import { TextPromptDialog } from './TextPromptDialog';
import { ShareDialog } from './ShareDialog';
import { ConnectionStatus } from './ConnectionStatus';
import { ScenarioSwitcher } from './ScenarioSwitcher';
import { handOver } from './compare/handoff';
import { markCompareStart } from '../canvas/openTiming';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { ConfirmDialog } from './ConfirmDialog';
import { BoardMiniMap } from '../canvas/BoardMiniMap';
import { IssueList } from './IssueList';
import { ConnectorDialog } from './ConnectorDialog';
import { ConnectToDialog } from './ConnectToDialog';
import { allowedHere, commands, revealCard, type Command, type DeleteRequest, type EditorDialog } from '../editor';
import { EditorProvider, useDialogs, useEditor } from '../canvas/EditorContext';
import { BlobContext } from '../canvas/blobs';
import { AddLaneDialog } from './AddLaneDialog';
import type { PdfPrefsStore } from './ExportDialog';
import { EmotionNoteDialog } from './EmotionNoteDialog';
import { Inspector } from './Inspector';
import { Legend } from './Legend';
import { HighlightControl } from './HighlightControl';
import { Presentation } from './present/Presentation';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SaveIndicator } from './SaveIndicator';
import { Toolbar } from './Toolbar';
import { backupFile, type BoardsFile } from './backup';
import { ErrorBoundary } from './ErrorBoundary';
import { useKeyboardCommands } from '../canvas/useKeyboardCommands';
import { useCardClipboard } from './useCardClipboard';

// Dialogs opened now and then load on first use, keeping the app shell small (design.md §5).
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));
const AnalysisPanel = lazy(() => import('./analysis/AnalysisPanel').then((m) => ({ default: m.AnalysisPanel })));
const BacklogPanel = lazy(() => import('./backlog/BacklogPanel').then((m) => ({ default: m.BacklogPanel })));
const HistoryDialog = lazy(() => import('./HistoryDialog').then((m) => ({ default: m.HistoryDialog })));
const MetricsDialog = lazy(() => import('./metrics/MetricsDialog').then((m) => ({ default: m.MetricsDialog })));
const AddImagesDialog = lazy(() => import('./media/AddImagesDialog').then((m) => ({ default: m.AddImagesDialog })));
const ImageViewer = lazy(() => import('./media/ImageViewer').then((m) => ({ default: m.ImageViewer })));
const ShortcutsDialog = lazy(() => import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })));

type LoadState =
  | { state: 'loading' }
  | { state: 'ready'; viewport?: Viewport; session: BoardSession }
  | { state: 'failed'; missing: boolean; newer: boolean; errors: BoardIssue[] };

/** `notice`/`onNotice` live above the page so a message survives switching to another board. */
export function EditorPage({
  id,
  card,
  repo,
  notice,
  onNotice,
}: {
  id: string;
  /** A card to select and show once the board is open (a Portfolio row). */
  card?: string;
  repo: BoardRepository;
  notice: string | null;
  onNotice(text: string | null): void;
}) {
  // One store per open board (the page is keyed by board id), given to everything below.
  const [store] = useState(createEditorStore);
  const { t } = useTranslation();
  const [load, setLoad] = useState<LoadState>({ state: 'loading' });
  const session = useRef<BoardSession | null>(null);
  const pdfPrefs = useMemo<PdfPrefsStore>(
    () => ({
      load: () => repo.settings.get('pdf', id),
      save: (options) => repo.settings.set('pdf', options, id),
    }),
    [repo, id],
  );

  useEffect(() => {
    let cancelled = false;
    let opened: BoardSession | null = null; // the page is keyed by board id, so it starts in 'loading'
    void openBoardSession(id, {
      repo,
      store,
      onVersionError: (failure) => onNotice(t('history.versionFailed', { message: failureText(t, failure) })),
      guestName: t('share.guest'),
      onDeleted: (copy) => {
        onNotice(t('editor.deletedElsewhere', { title: copy.title }));
        navigate(boardHref(copy.id));
      },
    }).then((result) => {
      if (cancelled) return result.ok && result.cancel();
      if (!result.ok) return setLoad({ state: 'failed', missing: result.missing, newer: result.newer, errors: result.errors });
      opened = session.current = result.start();
      setLoad({ state: 'ready', viewport: result.viewport, session: opened });
    });
    return () => {
      cancelled = true;
      void opened?.dispose();
      store.getState().close();
    };
    // t changes with the language; reopening the board for that is pointless
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, repo]);

  return (
    <EditorStoreProvider store={store}>
      <div className="editor">
        <header className="editor-header">
          <a href={libraryHref} className="back">
            ← {t('editor.allBoards')}
          </a>
          {load.state === 'ready' && <BoardTitle />}
          {load.state === 'ready' && <ScenarioSwitcher repo={repo} id={id} />}
          {load.state === 'ready' && <SaveIndicator onRetry={() => void session.current?.flush()} />}
          {load.state === 'ready' && <ConnectionStatus />}
          <LanguageSwitcher />
        </header>
        {notice && (
          <div role="alert" className="notice">
            {notice}{' '}
            <button type="button" onClick={() => onNotice(null)}>
              {t('editor.dismiss')}
            </button>
          </div>
        )}
        {load.state === 'loading' && <p className="centered">{t('editor.loading')}</p>}
        {load.state === 'failed' && (
          <div role="alert" className="centered error">
            <p>{load.missing ? t('editor.notFound') : load.newer ? t('library.newer') : t('editor.cannotOpen')}</p>
            {!load.missing && <IssueList issues={load.errors} />}
            <p>
              <a href={libraryHref} onClick={() => navigate(libraryHref)}>
                {t('editor.allBoards')}
              </a>
            </p>
          </div>
        )}
        {load.state === 'ready' && (
          <ReactFlowProvider>
            <EditorBody
              backup={() => backupFile(repo)}
              repo={repo}
              viewport={load.viewport}
              card={card}
              // Where the board was looked at: failing to remember it must not disturb editing.
              onViewportEnd={(v) => void repo.settings.set('viewport', v, id).catch(() => {})}
              pdfPrefs={pdfPrefs}
              session={load.session}
              onNotice={onNotice}
              // Only delays the next backup reminder when it cannot be stored.
              onBackedUp={() => void repo.settings.set('backupLast', new Date().toISOString()).catch(() => {})}
            />
          </ReactFlowProvider>
        )}
      </div>
    </EditorStoreProvider>
  );
}

function EditorBody(props: EditorBodyProps) {
  return (
    <BlobContext.Provider value={props.session.blobs}>
      <EditorProvider>
        <EditorWorkspace {...props} />
      </EditorProvider>
    </BlobContext.Provider>
  );
}

interface EditorBodyProps {
  repo: BoardRepository;
  card?: string;
  viewport?: Viewport;
  onViewportEnd(v: Viewport): void;
  backup(): Promise<BoardsFile>;
  pdfPrefs: PdfPrefsStore;
  session: BoardSession;
  onNotice(text: string): void;
  onBackedUp(): void;
}

function EditorWorkspace({ viewport, onViewportEnd, repo, card, ...rest }: EditorBodyProps) {
  const { t } = useTranslation();
  const editor = useEditor();
  const { store } = editor;
  const board = useEditorStore((s) => s.board);
  const dialogs = useDialogs();
  const analysisOpen = useEditorStore((s) => s.analysisOpen);
  const backlogOpen = useEditorStore((s) => s.backlogOpen);
  const readOnly = useEditorStore((s) => s.readOnly);
  // Whether the mini map is hidden, remembered on this device; it is drawn once that is known.
  const [minimapHidden, setMinimapHidden] = useState<boolean | null>(null);
  useEffect(() => {
    void repo.settings.get('minimapHidden').then(
      (hidden) => setMinimapHidden(!!hidden),
      () => setMinimapHidden(false),
    );
  }, [repo]);
  const toggleMinimap = () => {
    setMinimapHidden(!minimapHidden);
    // A preference: if it cannot be stored, the map still shows or hides now.
    void repo.settings.set('minimapHidden', !minimapHidden).catch(() => {}); // shown or hidden now, remembered if storage allows
  };
  // Opened for one card (a Portfolio row): it is selected and shown once the view has its size.
  useEffect(() => {
    if (!card || !store.getState().board?.cards.some((c) => c.id === card)) return;
    store.getState().select([card]);
    const frame = requestAnimationFrame(() => revealCard(editor.view, store.getState().board, card));
    return () => cancelAnimationFrame(frame);
  }, [card, store, editor.view]);
  const presenting = dialogs.some((d) => d.kind === 'present');
  // Present mode has keys of its own (Presentation); the editor's wait until it ends.
  // An editing key on a board this link may not change: said beside the connection state.
  const onRefused = useCallback(
    (c: Pick<Command, 'edits'>) => void (!allowedHere(c, store.getState()) && store.getState().noteRefusedEdit()),
    [store],
  );
  useKeyboardCommands(commands, presenting ? null : editor, onRefused);
  useEffect(() => {
    document.body.classList.toggle('presenting', presenting);
    return () => document.body.classList.remove('presenting');
  }, [presenting]);
  const dialogStack = editor.dialogs;
  useCardClipboard(useCallback((cardId, files) => dialogStack.getState().open({ kind: 'addImages', cardId, files }), [dialogStack]));
  if (!board) return null;
  return (
    <>
      {/* Behind present mode the editor is inert: out of the tab order and the accessibility tree. */}
      <Toolbar ctx={editor} inert={presenting} />
      <div className={`workspace${readOnly ? ' read-only' : ''}`} inert={presenting}>
        <ErrorBoundary area={t('editor.board')}>
          <BoardCanvas board={board} viewport={viewport} onViewportEnd={onViewportEnd}>
            <div className="board-keys">
              <Legend lanes={board.lanes} personas={board.personas} />
              <HighlightControl />
            </div>
          </BoardCanvas>
        </ErrorBoundary>
        {analysisOpen && (
          <ErrorBoundary area={t('analysis.title')}>
            <Suspense fallback={null}>
              <AnalysisPanel onClose={() => store.getState().setAnalysisOpen(false)} />
            </Suspense>
          </ErrorBoundary>
        )}
        {backlogOpen && (
          <ErrorBoundary area={t('backlog.title')}>
            <Suspense fallback={null}>
              <BacklogPanel onClose={() => store.getState().setBacklogOpen(false)} />
            </Suspense>
          </ErrorBoundary>
        )}
        <div className="sidebar">
          <ErrorBoundary area={t('inspector.title')}>
            <Inspector />
            {minimapHidden !== null && <BoardMiniMap hidden={minimapHidden} onToggle={toggleMinimap} />}
          </ErrorBoundary>
        </div>
      </div>
      {dialogs.map((dialog, i) => (
        <Suspense key={`${i}:${dialog.kind}`} fallback={null}>
          <OpenDialog dialog={dialog} repo={repo} {...rest} />
        </Suspense>
      ))}
    </>
  );
}

/** One dialog of the stack, drawn by its kind; each closes itself off the stack. */
function OpenDialog({
  dialog,
  repo,
  backup,
  pdfPrefs,
  session,
  onNotice,
  onBackedUp,
}: { dialog: EditorDialog } & Omit<EditorBodyProps, 'viewport' | 'onViewportEnd'>) {
  const { t } = useTranslation();
  const { dialogs } = useEditor();
  const { close, replace } = dialogs.getState();
  const onClose = () => close(dialog.kind);
  const board = useEditorStore((s) => s.board);
  const selected = useEditorStore((s) => (s.selection.length === 1 ? s.selection[0] : undefined));
  switch (dialog.kind) {
    case 'present':
      return <Presentation onExit={onClose} />;
    case 'connector':
      return <ConnectorDialog id={dialog.id} onClose={onClose} />;
    case 'emotionNote':
      return <EmotionNoteDialog personaId={dialog.personaId} stepId={dialog.stepId} curve={dialog.curve} onClose={onClose} />;
    case 'confirmDelete':
      return <ConfirmDeleteDialog request={dialog.request} session={session} onClose={onClose} />;
    case 'addLane':
      return <AddLaneDialog onClose={onClose} />;
    case 'shortcuts':
      return <ShortcutsDialog onClose={onClose} />;
    case 'metrics':
      return <MetricsDialog onClose={onClose} />;
    case 'addImages':
      return <AddImagesDialog cardId={dialog.cardId} files={dialog.files} onClose={onClose} />;
    case 'viewImages':
      return <ImageViewer cardId={dialog.cardId} index={dialog.index} onClose={onClose} />;
    case 'export':
      return (
        <ExportDialog
          onClose={onClose}
          backup={backup}
          prefs={pdfPrefs}
          onBackedUp={onBackedUp}
          onSaveTemplate={() => replace({ kind: 'saveTemplate' })}
        />
      );
    case 'history':
      return <HistoryDialog session={session} onClose={onClose} onNotice={onNotice} />;
    case 'connect':
      return selected ? <ConnectToDialog from={selected} onClose={onClose} /> : null;
    case 'share':
      return <ShareDialog session={session} repo={repo} onClose={onClose} />;
    case 'compare':
      return board ? <OpenCompare board={board} /> : null;
    case 'createScenario':
      return (
        <TextPromptDialog
          title={t('scenario.create')}
          label={t('scenario.name')}
          initial={t('scenario.toBe')}
          onCancel={onClose}
          onSubmit={(name) => {
            onClose();
            session.createScenario(name.trim() || t('scenario.toBe'), board?.scenario?.name ?? t('scenario.asIs')).then(
              (made) => made && navigate(boardHref(made.id)),
              (e: unknown) => onNotice(t('scenario.createFailed', { message: errorText(t, e) })),
            );
          }}
        />
      );
    case 'saveTemplate':
      return (
        <TextPromptDialog
          title={t('editor.saveTemplateTitle')}
          label={t('editor.templateName')}
          initial={board?.title ?? ''}
          onCancel={onClose}
          onSubmit={(name) => {
            onClose();
            const title = name.trim() || board?.title || '';
            session.saveAsTemplate(title).then(
              () => onNotice(t('editor.templateSaved', { name: title })),
              (e: unknown) => onNotice(t('editor.templateFailed', { message: errorText(t, e) })),
            );
          }}
        />
      );
  }
}

/**
 * Leaves the editor for Compare (what the command asks of the page, which knows the routes),
 * handing the board over as it is now, so Compare need not read it back from storage.
 */
function OpenCompare({ board }: { board: Board }) {
  useEffect(() => {
    markCompareStart();
    handOver(board);
    navigate(compareHref(board.id));
    // once: the page goes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

/** Deleting a lane or step that holds cards: say how many go with it (undo brings them back). */
function ConfirmDeleteDialog({
  request: { kind, id, name, cards },
  session,
  onClose,
}: {
  request: DeleteRequest;
  session: BoardSession;
  onClose(): void;
}) {
  const store = useEditorStoreApi();
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t(kind === 'lane' ? 'lane.confirmDelete' : 'step.confirmDelete', { name })}
      body={t('editor.deleteCards', { count: cards })}
      confirmLabel={t('library.delete')}
      onCancel={onClose}
      onConfirm={async () => {
        onClose();
        await session.keepVersion('before-delete'); // history keeps the board as it was, besides undo
        store.getState().apply((b) => (kind === 'lane' ? deleteLane(b, id) : deleteStep(b, id)));
      }}
    />
  );
}

/** The title as a textbox; each keystroke is saved, and a typing burst is one undo step. */
function BoardTitle() {
  const { t } = useTranslation();
  const title = useEditorStore((s) => s.board?.title ?? '');
  const readOnly = useEditorStore((s) => s.readOnly);
  const store = useEditorStoreApi().getState;
  return (
    <input
      className="board-title"
      readOnly={readOnly}
      aria-label={t('editor.boardTitle')}
      value={title}
      onChange={(e) => store().apply((b) => renameBoard(b, e.target.value), { merge: 'title' })}
      onBlur={() => store().endBurst()}
      onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
    />
  );
}
