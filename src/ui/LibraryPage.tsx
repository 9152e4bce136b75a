import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { derivedTitle, familyOf, newId, renameBoard, type Board, type BoardIssue } from '../model';
import type { BoardRepository, LibraryEntry } from '../persistence';
import { markOpenStart } from '../canvas/openTiming';
import { boardHref, navigate, portfolioHref } from './routes';
import { ensureSampleBoard } from '../session/firstRun';
import { errorText } from './failureText';
import { ConfirmDialog } from './ConfirmDialog';
import { IssueList, issueText } from './IssueList';
import { NewBoardDialog } from './NewBoardDialog';
import { VersionsDialog } from './VersionsDialog';
import { TextPromptDialog } from './TextPromptDialog';
import { downloadJson, fileName } from './download';
import { BackupReminder, StorageStatus } from './StorageStatus';
import { requestPersistence } from '../persistence/storage';
import { ensureCatalogue, i18next, LANGUAGES } from '../i18n';
import type { TableImport } from './TableImportDialog';
import type { ImportNames } from '../files/importNames';

// The preview of a table comes with the import's code, when a table is brought in.
const TableImportDialog = lazy(() => import('./TableImportDialog').then((m) => ({ default: m.TableImportDialog })));

type Pending =
  | { kind: 'rename' | 'delete' | 'template' | 'versions'; entry: LibraryEntry }
  | { kind: 'new' }
  | ({ kind: 'table'; source: File; names: ImportNames } & TableImport)
  | null;

export function LibraryPage({ repo }: { repo: BoardRepository }) {
  const { t, i18n } = useTranslation();
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [templateSaved, setTemplateSaved] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  useEffect(() => {
    ensureSampleBoard(repo, t, i18n.language).then(
      () => setReady(true),
      (e: unknown) => {
        setError(errorText(t, e));
        setReady(true);
      },
    );
    // t is stable per language; the sample is created once in whichever language is active first
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repo]);
  const entries = useLiveQuery(() => (ready ? repo.list() : undefined), [repo, ready]);
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  /** A board's name in the list: its title, and which scenario it is of a family. */
  const listedName = (entry: LibraryEntry) => {
    const title = entry.title || t('library.untitled');
    return entry.scenario ? `${title} · ${entry.scenario.name || t('scenario.unnamed')}` : title;
  };
  const run = (work: Promise<unknown>) => work.catch((e: unknown) => setError(errorText(t, e)));
  const [imported, setImported] = useState<{ ok: true; count: number } | { ok: false; file: string; errors: BoardIssue[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  /** Validates every file first; boards are added (as new boards, never over existing ones) only from files that pass. */
  const importFiles = async (files: readonly File[]) => {
    performance.mark('table-import:read'); // User Timing for the benchmark: file chosen → preview drawn
    // A table's words (its columns, lane kinds, choices) are read in every language the app has.
    const [{ readImportFile }, { importNames }] = await Promise.all([
      import('../files/import'),
      import('../files/importNames'),
      ...LANGUAGES.map(ensureCatalogue),
    ]);
    const names = importNames((key, lng) => i18next.t(key, { lng, skipInterpolation: true }), LANGUAGES, i18n.language);
    let count = 0;
    const titled = await titler();
    for (const file of files) {
      const result = await readImportFile(file, names);
      if (!result.ok) return setImported({ ...result, ok: false });
      // A table becomes a board only once its preview is confirmed.
      if (result.table) {
        setPending({ kind: 'table', source: file, names, file: file.name, board: result.boards[0]!, table: result.table });
        continue;
      }
      // A bundle's pictures and files first: a board never names bytes this browser failed to keep.
      if (result.blobs?.length) {
        const now = new Date().toISOString();
        await repo.blobs.put(result.blobs.map((b) => ({ ...b, createdAt: now })));
      }
      for (const board of result.boards) await repo.create(titled(board));
      count += result.boards.length;
    }
    if (count) setImported({ ok: true, count });
    await keepStorage();
  };
  /**
   * Names imported boards: one whose title the library already shows comes in as
   * "… (imported <date>)", so the list never has two identical rows.
   */
  const titler = async () => {
    const titles = new Set((await repo.list()).map((b) => b.title));
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date());
    return (board: Board) => {
      const title = titles.has(board.title) ? derivedTitle(board.title, (x) => t('import.importedTitle', { title: x, date })) : board.title;
      titles.add(title);
      return title === board.title ? board : renameBoard(board, title);
    };
  };
  /** A confirmed table's board, as a new board. */
  const createFromTable = async (board: Board) => {
    await repo.create((await titler())(board));
    setImported({ ok: true, count: 1 });
    await keepStorage();
  };
  const [storageVersion, setStorageVersion] = useState(0);
  /** The user made or brought in work: ask the browser to keep it (design: storage the user can trust). */
  const keepStorage = () => requestPersistence().then(() => setStorageVersion((n) => n + 1));
  /** A board from the gallery, as a new board of its own (fresh id and dates). */
  const newBoard = (template: Board, name: string) => {
    const now = new Date().toISOString();
    const board = { ...template, id: newId('bd_'), createdAt: now, updatedAt: now };
    void keepStorage(); // asked while the click still counts as the user's gesture
    return run(repo.create(name ? renameBoard(board, name) : board).then((b) => navigate(boardHref(b.id))));
  };

  /** One board of the list: its link (named with its scenario when it is one), when it was edited, its actions. */
  // A render function, not a component: rows keep their elements (and focus) across renders.
  const itemClass = (entry: LibraryEntry) => (entry.damaged ? 'board-item damaged' : 'board-item');
  function boardItem(entry: LibraryEntry) {
    const title = listedName(entry);
    return (
      <>
        {entry.damaged ? (
          <div className="board-item-main">
            <strong>{title}</strong>
            <p className="error">{entry.newer ? t('library.newer') : t('library.damaged')}</p>
            <IssueList issues={entry.errors} />
          </div>
        ) : (
          <a className="board-item-main" href={boardHref(entry.id)} onClick={markOpenStart}>
            <span className="board-title">{title}</span>
          </a>
        )}
        {entry.updatedAt && !Number.isNaN(Date.parse(entry.updatedAt)) && (
          <span className="board-time">{t('library.edited', { time: dateFormat.format(new Date(entry.updatedAt)) })}</span>
        )}
        <div className="board-actions" role="group" aria-label={title}>
          {entry.damaged ? (
            <>
              <button type="button" onClick={() => void run(repo.raw(entry.id).then((raw) => downloadJson(fileName(title, 'json'), raw)))}>
                {t('library.downloadRaw')}
              </button>
              <button type="button" onClick={() => setPending({ kind: 'versions', entry })}>
                {t('history.versions')}
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={() => setPending({ kind: 'rename', entry })}>
                {t('library.rename')}
              </button>
              <button type="button" onClick={() => void run(repo.duplicate(entry.id, (title) => t('library.copyTitle', { title })))}>
                {t('library.duplicate')}
              </button>
              <button type="button" onClick={() => setPending({ kind: 'template', entry })}>
                {t('editor.saveTemplate')}
              </button>
            </>
          )}
          <button type="button" onClick={() => setPending({ kind: 'delete', entry })}>
            {t('library.delete')}
          </button>
        </div>
      </>
    );
  }

  return (
    <main
      className="library"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        if (!e.dataTransfer.files.length) return;
        e.preventDefault();
        void run(importFiles([...e.dataTransfer.files]));
      }}
    >
      <header className="library-header">
        <h1>{t('library.heading')}</h1>
        <div className="library-actions">
          <a href={portfolioHref} className="button-link">
            {t('portfolio.open')}
          </a>
          <button type="button" onClick={() => fileInput.current?.click()} title={t('import.drop')}>
            {t('import.button')}
          </button>
          <input
            ref={fileInput}
            type="file"
            hidden
            accept=".json,.zip,.mmd,.txt,.csv,.tsv,.xlsx,.xml,.cjml,application/json,application/zip,text/plain,text/csv,application/xml,text/xml"
            multiple
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void run(importFiles(files));
            }}
          />
          <button type="button" className="primary" onClick={() => setPending({ kind: 'new' })}>
            {t('library.newBoard')}
          </button>
        </div>
      </header>
      <BackupReminder repo={repo} />
      {imported?.ok && <p role="status">{t('import.done', { count: imported.count })}</p>}
      {templateSaved && <p role="status">{t('editor.templateSaved', { name: templateSaved })}</p>}
      {restored && <p role="status">{t('history.copied', { title: restored })}</p>}
      {imported && !imported.ok && (
        <div role="alert" className="error">
          <p>{t('import.failed', { file: imported.file })}</p>
          <IssueList issues={imported.errors} />
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {t('library.storageError', { message: error })}
        </p>
      )}
      {!entries ? (
        <p>{t('library.loading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('library.empty')}</p>
      ) : (
        <ul className="board-list">
          {libraryGroups(entries).map(([head, ...others]) =>
            others.length ? (
              <li key={head!.id} className="board-family">
                <div className={itemClass(head!)}>{boardItem(head!)}</div>
                <ul className="scenario-list" aria-label={t('scenario.ofBoard', { title: head!.title || t('library.untitled') })}>
                  {others.map((entry) => (
                    <li key={entry.id} className={itemClass(entry)}>
                      {boardItem(entry)}
                    </li>
                  ))}
                </ul>
              </li>
            ) : (
              <li key={head!.id} className={itemClass(head!)}>
                {boardItem(head!)}
              </li>
            ),
          )}
        </ul>
      )}
      {pending?.kind === 'table' && (
        <Suspense>
          <TableImportDialog
            preview={pending}
            onCancel={() => setPending(null)}
            onCreate={() => {
              setPending(null);
              void run(createFromTable(pending.board));
            }}
            onSheet={(sheet) =>
              void run(
                import('../files/import').then(async ({ readImportFile }) => {
                  const result = await readImportFile(pending.source, pending.names, sheet);
                  if (!result.ok) setPending({ ...pending, refused: result.errors, refusedSheet: sheet });
                  else if (result.table)
                    setPending({ ...pending, board: result.boards[0]!, table: result.table, refused: undefined, refusedSheet: undefined });
                }),
              )
            }
          />
        </Suspense>
      )}
      {pending?.kind === 'new' && (
        <NewBoardDialog
          repo={repo}
          onCancel={() => setPending(null)}
          onCreate={(board, name) => {
            setPending(null);
            void newBoard(board, name);
          }}
        />
      )}
      {pending?.kind === 'rename' && (
        <TextPromptDialog
          title={t('library.rename')}
          label={t('library.renameLabel', { title: pending.entry.title })}
          initial={pending.entry.title}
          onCancel={() => setPending(null)}
          onSubmit={(value) => {
            setPending(null);
            void run(repo.rename(pending.entry.id, value));
          }}
        />
      )}
      {pending?.kind === 'versions' && (
        <VersionsDialog
          repo={repo}
          entry={pending.entry}
          onClose={() => setPending(null)}
          onRestored={(title) => {
            setPending(null);
            setRestored(title);
          }}
        />
      )}
      {pending?.kind === 'template' && (
        <TextPromptDialog
          title={t('editor.saveTemplateTitle')}
          label={t('editor.templateName')}
          initial={pending.entry.title}
          onCancel={() => setPending(null)}
          onSubmit={(value) => {
            const { entry } = pending;
            setPending(null);
            const name = value.trim() || entry.title;
            void run(
              repo.load(entry.id).then(async (loaded) => {
                if (!loaded.ok) throw new Error(loaded.errors[0] ? issueText(t, loaded.errors[0]) : '');
                await repo.templates.save(name, loaded.board);
                setTemplateSaved(name);
              }),
            );
          }}
        />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title={t('library.confirmDeleteTitle')}
          body={
            pending.entry.scenario
              ? t('scenario.confirmDelete', { name: pending.entry.scenario.name, title: pending.entry.title || t('library.untitled') })
              : t('library.confirmDeleteBody', { title: pending.entry.title || t('library.untitled') })
          }
          confirmLabel={t('library.delete')}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            void run(repo.delete(pending.entry.id));
          }}
        />
      )}
      <StorageStatus version={storageVersion} repo={repo} />
    </main>
  );
}

/**
 * The list's rows: a board on its own, or a family of scenarios — its first scenario, then the
 * others — placed where its most recently edited member would be.
 */
function libraryGroups(entries: readonly LibraryEntry[]): LibraryEntry[][] {
  const families = new Map<string, LibraryEntry[]>();
  const groups: LibraryEntry[][] = [];
  for (const entry of entries) {
    const family = entry.scenario?.family;
    if (!family) {
      groups.push([entry]);
      continue;
    }
    let group = families.get(family);
    if (!group) {
      families.set(family, (group = []));
      groups.push(group);
    }
    group.push(entry);
  }
  return groups.map((group) => (group[0]?.scenario ? familyOf(group, group[0].scenario.family) : group));
}
