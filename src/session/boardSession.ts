import { derivedTitle, newId, restoredContent, type Board, type BoardIssue } from '../model';
import { createAutosave, type BoardRepository } from '../persistence';
import type { LoadResult, VersionEntry } from '../persistence/boardRepository';
import type { VersionReason } from '../persistence/db';
import { errorMessage } from '../persistence/autosave';
import type { EditorStore } from '../store/editorStore';
import { whenNotTyping } from './whenNotTyping';
import { trackSession } from './openSessions';

export interface BoardSession {
  /** Write pending edits now (retry button, leaving the page). */
  flush(): Promise<void>;
  dispose(): Promise<void>;
  /** The board's versions, newest first. */
  versions(): Promise<VersionEntry[]>;
  /** One version's document. */
  version(id: number): Promise<LoadResult>;
  /**
   * Keeps the board as it is now as a version (edits are saved first). False when storage
   * refused it: editing goes on, and the user is told (`onVersionError`).
   */
  keepVersion(reason: VersionReason, name?: string): Promise<boolean>;
  /** Makes the board's content that version's, as one undoable edit, after keeping the current state as a version. */
  restore(versionId: number): Promise<boolean>;
  /** A new board holding that version; the open board stays as it is. */
  restoreAsCopy(versionId: number, copyTitle: (title: string) => string): Promise<Board | null>;
}

const SNAPSHOT_EVERY_MS = 60 * 60 * 1000;

/** What the editor decides about a conflict: the copy's title, how the user is told, where to go. */
export interface ConflictPolicy {
  conflictTitle(title: string): string;
  /** Tells the user this tab's work now lives in `copy`. */
  onConflict(copy: Board): void;
  /** Opens another board (the copy), once the user has stopped typing. */
  switchTo(id: string): void;
  /** A version could not be kept; the edits are saved. */
  onVersionError?(message: string): void;
}

export type OpenResult<V> =
  | { ok: true; viewport?: V; /** Opens the loaded board in the store and starts saving it. */ start(): BoardSession }
  | { ok: false; missing: boolean; newer: boolean; errors: BoardIssue[] };

/**
 * Loads a board and its remembered view setting; `start()` then opens it. On a conflict the
 * user is told at once, and the editor moves to the copy as soon as they are not typing:
 * everything typed meanwhile is written to the copy first, so it opens complete.
 */
export async function openBoardSession<V>(
  id: string,
  deps: { repo: BoardRepository; store: EditorStore; viewKey: string; policy: ConflictPolicy },
): Promise<OpenResult<V>> {
  const { repo, store, policy } = deps;
  try {
    const [result, viewport] = await Promise.all([repo.load(id), repo.getSetting<V>(deps.viewKey).catch(() => undefined)]);
    if (!result.ok) return { ok: false, missing: !!result.missing, newer: result.newer, errors: result.errors };
    const start = () => {
      const session: BoardSession = startBoardSession(result.board, result.revision, {
        repo,
        store,
        conflictTitle: policy.conflictTitle,
        onVersionError: policy.onVersionError,
        onConflict: (copy) => {
          policy.onConflict(copy);
          whenNotTyping(store, () => void session.flush().then(() => policy.switchTo(copy.id)));
        },
      });
      return session;
    };
    return { ok: true, viewport, start };
  } catch (e) {
    return { ok: false, missing: false, newer: false, errors: [{ path: '(root)', message: errorMessage(e) }] };
  }
}

/**
 * Opens a loaded board in the store and keeps IndexedDB in step with it: debounced autosave
 * after every committed edit, flushed when the page is hidden; a save that finds a newer
 * revision (another tab) keeps both versions by saving this one as a conflict copy.
 */
export function startBoardSession(
  board: Board,
  revision: number,
  deps: {
    repo: BoardRepository;
    store: EditorStore;
    conflictTitle(title: string): string;
    onConflict(copy: Board): void;
    /** A version could not be kept (storage full, say); the edits themselves are saved. */
    onVersionError?(message: string): void;
  },
): BoardSession {
  const { repo, store } = deps;
  let base = revision;
  /** Where edits are saved: this board, or after a conflict the copy that keeps this tab's work. */
  let target: { id: string; title?: (title: string) => string } = { id: board.id };
  store.getState().open(board);

  const autosave = createAutosave({
    write: async (b) => {
      // User Timing marks let the benchmark measure autosave in the real app.
      performance.mark('autosave:start');
      const doc = { ...b, id: target.id, title: target.title ? derivedTitle(b.title, target.title) : b.title };
      const result = await repo.save(doc, base);
      performance.measure('autosave', 'autosave:start');
      if (result.ok) {
        base = result.revision;
        // While editing, a version at most every hour.
        if (Date.now() - lastVersion > SNAPSHOT_EVERY_MS) void keepVersion('hourly');
        return;
      }
      // Another tab saved this board meanwhile: keep theirs, keep ours as a copy, and go on
      // saving there, so what is typed while the user is told is not lost either.
      const copy = await repo.create({ ...b, id: newId('bd_'), title: derivedTitle(b.title, deps.conflictTitle) });
      target = { id: copy.id, title: deps.conflictTitle };
      base = copy.revision;
      deps.onConflict(copy);
    },
    onStatus: (status) => store.getState().setSave(status),
  });

  let lastVersion = 0;
  const keepVersion = async (reason: VersionReason, name?: string) => {
    const current = store.getState().board;
    if (!current) return false;
    try {
      await autosave.flush(); // the edit first: a version is never kept instead of it
      lastVersion = Date.now();
      await repo.snapshot({ ...current, id: target.id }, reason, name);
      return true;
    } catch (e) {
      deps.onVersionError?.(errorMessage(e));
      return false;
    }
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.board && state.board !== prev.board) autosave.schedule(state.board);
  });
  const flush = () => void autosave.flush();
  const onVisibility = () => document.visibilityState === 'hidden' && flush();
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    flush();
    if (store.getState().save.state === 'error') e.preventDefault(); // unsaved because storage fails: ask before leaving
  };
  window.addEventListener('pagehide', flush);
  const untrack = trackSession(() => autosave.flush());
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onVisibility);
  // A version when the board is opened, unless one was kept within the hour; the hourly clock
  // runs from the newest version, wherever it was kept.
  void repo.lastSnapshotTime(board.id).then(
    (last) => (last && Date.now() - Date.parse(last) <= SNAPSHOT_EVERY_MS ? void (lastVersion = Date.parse(last)) : keepVersion('opened')),
    () => {},
  );

  return {
    flush: () => autosave.flush(),
    versions: () => repo.versions(target.id),
    version: (id) => repo.version(id),
    keepVersion,
    async restore(versionId) {
      const version = await repo.version(versionId);
      if (!version.ok) return false;
      await keepVersion('before-restore');
      store.getState().apply((b) => restoredContent(b, version.board));
      return true;
    },
    async restoreAsCopy(versionId, copyTitle) {
      const version = await repo.version(versionId);
      if (!version.ok) return null;
      return repo.create({ ...version.board, id: newId('bd_'), title: derivedTitle(version.board.title, copyTitle) });
    },
    async dispose() {
      unsubscribe();
      untrack();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      await autosave.flush();
      autosave.dispose();
    },
  };
}
