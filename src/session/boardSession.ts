import * as Y from 'yjs';
import { newId, boardAtVersion, issue, type Board, type BoardIssue } from '../model';
import { createAutosave, type BoardRepository } from '../persistence';
import type { LoadResult, OpenBoard, VersionEntry } from '../persistence/boardRepository';
import type { SettingValue } from '../persistence/settings';
import type { VersionReason } from '../persistence/db';
import { errorMessage, failureOf, type Failure } from '../persistence/failure';
import type { EditorStore } from '../store/editorStore';
import { trackSession } from './openSessions';
import { connectBoard, httpOf, type Me, type SyncLink } from './sync';
import { whoAmI } from './me';
import type { BoardShare } from '../persistence/db';

export interface BoardSession {
  /** Write pending edits now (retry button, leaving the page). */
  flush(): Promise<void>;
  dispose(): Promise<void>;
  /** The board's versions, newest first. */
  versions(): Promise<VersionEntry[]>;
  /** One version's document. */
  loadVersion(id: number): Promise<LoadResult>;
  /**
   * Keeps the board as it is now as a version (edits are saved first). False when storage
   * refused it: editing goes on, and the user is told (`onVersionError`).
   */
  keepVersion(reason: VersionReason, name?: string): Promise<boolean>;
  /** Makes the board's content that version's, as one undoable edit, after keeping the current state as a version. */
  restore(versionId: number): Promise<boolean>;
  /** A new board holding that version; the open board stays as it is. */
  restoreAsCopy(versionId: number, copyTitle: (title: string) => string): Promise<Board | null>;
  /** Keeps the board as it is now as a template of the New board gallery. */
  saveAsTemplate(name: string): Promise<void>;
  /** The sync server and room this board is shared through, if it is. */
  sharing(): BoardShare | undefined;
  /** Shares the board through a sync server (a new room): both links can then be given out. */
  share(server: string): Promise<BoardShare>;
  /**
   * Stops sharing (the owner only): the server's secrets are replaced, so every link given out
   * stops working. Throws when the server refused or could not be reached; the share is kept then.
   */
  stopSharing(): Promise<void>;
  /** Stops keeping this board in sync here (anyone but the owner): the board stays on this device as it is; the others go on. */
  leave(): Promise<void>;
  /** This device's name and colour for shared boards: stored, and shown to the others at once. */
  setMe(me: Me): Promise<void>;
}

const SNAPSHOT_EVERY_MS = 60 * 60 * 1000;
/** A pause this long after edits ends a burst of work, and a version keeps it (the count and size limits prune the oldest). */
export const BURST_PAUSE_MS = 2 * 60 * 1000;

/** Why sharing could not be stopped; the UI words it (`detail` is the server's own reason, if any). */
export class ShareError extends Error {
  constructor(
    readonly code: 'notOwner' | 'unreachable' | 'refused',
    readonly detail?: string,
  ) {
    super(detail ?? code);
  }
}

export type OpenResult =
  | {
      ok: true;
      viewport?: SettingValue<'viewport'>;
      /** Opens the loaded board in the store and starts saving it. */
      start(): BoardSession;
      /** Lets the loaded board go without opening it (the user went elsewhere meanwhile). */
      cancel(): void;
    }
  | { ok: false; missing: boolean; newer: boolean; errors: BoardIssue[] };

/** What the editor is told by a session. */
export interface SessionEvents {
  /** A version could not be kept (storage full, say); the edits themselves are saved. */
  onVersionError?(failure: Failure): void;
  /**
   * The board was deleted elsewhere (another tab) while open here: what this tab showed is
   * kept as `copy`, a new board, so nothing typed here is lost.
   */
  onDeleted?(copy: Board): void;
  /** The name others see until this user chose one (in their language). */
  guestName?: string;
}

/** Loads a board and its remembered view setting; `start()` then opens it, or `cancel()` lets it go. */
export async function openBoardSession(id: string, deps: { repo: BoardRepository; store: EditorStore } & SessionEvents): Promise<OpenResult> {
  const { repo, store } = deps;
  try {
    // Where the board was last looked at is a nicety: without it the board opens fitted.
    const [opened, viewport] = await Promise.all([repo.open(id), repo.getSetting('viewport', id).catch(() => undefined)]);
    if (!opened.ok) return { ok: false, missing: !!opened.missing, newer: opened.newer, errors: opened.errors };
    return {
      ok: true,
      viewport,
      start: () =>
        startBoardSession(opened, { repo, store, onVersionError: deps.onVersionError, onDeleted: deps.onDeleted, guestName: deps.guestName }),
      cancel: () => opened.release(),
    };
  } catch (e) {
    return { ok: false, missing: false, newer: false, errors: [issue('(root)', 'unreadable', { detail: errorMessage(e) })] };
  }
}

/**
 * Opens a board's live document in the store and keeps storage in step with it. Every change
 * to the doc is stored by y-dexie as it happens (other tabs on the board see it within a
 * moment and merge it); the session keeps the library listing up to date after edits, tells
 * the user whether everything is stored, and when storing an update failed (quota) writes the
 * whole document again, retrying with backoff, so nothing in the doc is ever missing on disk.
 */
export function startBoardSession(opened: OpenBoard, deps: { repo: BoardRepository; store: EditorStore } & SessionEvents): BoardSession {
  const { repo, store } = deps;
  const { doc } = opened;
  const id = opened.board.id;
  store.getState().open(doc);
  // A User Timing mark when an edit from elsewhere starts to apply (the benchmark measures from it to the paint).
  const onRemote = (tr: Y.Transaction) => void (!tr.local && performance.mark('remote-edit'));
  doc.on('beforeTransaction', onRemote);

  /** An update failed to store since the last commit: the next commit writes the whole doc. */
  let lost: { error: unknown } | null = null;
  /** Back from a cut: the next commit writes the whole doc, so other tabs read everything again. */
  let announce = false;
  const autosave = createAutosave({
    write: async (board) => {
      // User Timing marks let the benchmark measure autosave in the real app.
      performance.mark('autosave:start');
      const full = lost || announce ? Y.encodeStateAsUpdateV2(doc) : undefined;
      announce = false;
      const before = lost;
      lost = null;
      try {
        await repo.commit(id, board, full);
      } catch (e) {
        lost ??= before;
        throw e;
      }
      performance.measure('autosave', 'autosave:start');
      // A write of an update queued before the commit failed meanwhile: not stored yet.
      const failed = lost as { error: unknown } | null;
      if (failed) throw failed.error; // as it was, so the user is told what it means (a full disk, say)
      // While editing, a version at most every hour.
      if (Date.now() - lastVersion > SNAPSHOT_EVERY_MS) void keepVersion('hourly');
    },
    onStatus: (status) => store.getState().setSave(status),
  });
  /** Edits since the last version: a pause after them keeps one, so even a short session leaves a version. */
  let unversioned = false;
  let pause: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    const board = store.getState().board;
    if (board) autosave.schedule(board);
    unversioned = true;
    clearTimeout(pause);
    pause = setTimeout(() => void (unversioned && keepVersion('pause')), BURST_PAUSE_MS);
  };
  const offError = opened.onStorageError((error) => {
    lost = { error };
    schedule();
  });
  // Edits made here (and undo) are stored by y-dexie already; the listing follows them.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== opened.storageOrigin) schedule();
  };
  doc.on('updateV2', onUpdate);
  // Deleted in another tab: y-dexie destroys the doc. Keep what this tab shows as a new board.
  const onDestroyed = () => {
    const board = store.getState().board;
    if (!board) return;
    void repo
      .create({ ...board, id: newId('bd_') })
      .then((copy) => deps.onDeleted?.(copy))
      .catch((e: unknown) => store.getState().setSave({ state: 'error', failure: failureOf(e) }));
  };
  doc.on('destroy', onDestroyed);

  // Who this user is (read once; a default picked once): comments are signed with the name,
  // and on a shared board the others see name and colour.
  let me = whoAmI(repo, deps.guestName ?? '?');
  // Comments are signed with a name the user chose: until there is one, the author is empty and
  // the first comment asks for it; a name given there is kept as this device's name.
  // Unreadable, the stored name counts as not given: the first comment asks for it again.
  void Promise.all([me, repo.getSetting('me').catch(() => undefined)]).then(([m, stored]) => store.getState().setAuthor(stored ? m.name : ''));
  const saveMe = async (next: Me) => {
    await repo.setSetting('me', next);
    me = Promise.resolve(next);
    store.getState().setAuthor(next.name);
    (await link)?.setMe(next);
  };
  const unsubscribeAuthor = store.subscribe((state, prev) => {
    if (state.author && state.author !== prev.author)
      // The comment is signed with the name either way; keeping it for next time may fail (storage) without harm.
      void me.then((m) => (m.name === state.author ? undefined : saveMe({ ...m, name: state.author }))).catch(() => {});
  });

  // A shared board meets its room on the server; the store hears how that goes.
  let share = opened.share;
  let link: Promise<SyncLink> | null = null;
  const connect = () => {
    const current = share;
    if (!current) return;
    // A view link is known to be one from its last connection: no editing control shows meanwhile.
    if (current.access === 'view') store.getState().setReadOnly(true);
    link = me.then((who) =>
      connectBoard(doc, current, store, who, (access) => {
        // Remembered only to hide editing controls sooner next time; the server decides anyway.
        if (current.access !== access) void repo.setShare(id, (share = { ...current, access })).catch(() => {});
      }),
    );
  };
  const disconnect = async () => {
    const done = link;
    link = null;
    (await done)?.stop();
  };
  connect();

  let lastVersion = 0;
  const keepVersion = async (reason: VersionReason, name?: string) => {
    const current = store.getState().board;
    if (!current) return false;
    try {
      await autosave.flush(); // the edit first: a version is never kept instead of it
      lastVersion = Date.now();
      unversioned = false;
      await repo.saveVersion({ ...current, id }, reason, name); // the record's id: what the document claims is not trusted
      return true;
    } catch (e) {
      deps.onVersionError?.(failureOf(e));
      return false;
    }
  };

  const flush = () => void autosave.flush();
  // A tab coming back (focus, visible) reads what other tabs stored, in case it missed a
  // notification. Back online it also writes its whole state: a new update is what makes the
  // other tabs read storage again, including everything this tab stored while cut off (their
  // cached reads would not see it otherwise).
  // A failed read is tried again at the next focus or return; storage errors show through saving.
  const resync = () => void opened.resync().catch(() => {});
  const reconnect = () =>
    void opened.resync().then(
      () => {
        announce = true;
        schedule();
      },
      () => {}, // tried again at the next focus or return
    );
  const onVisibility = () => (document.visibilityState === 'hidden' ? flush() : resync());
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    flush();
    if (store.getState().save.state === 'error') e.preventDefault(); // unsaved because storage fails: ask before leaving
  };
  window.addEventListener('pagehide', flush);
  window.addEventListener('focus', resync);
  window.addEventListener('online', reconnect);
  const untrack = trackSession(() => autosave.flush());
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onVisibility);
  // A version when the board is opened, unless one was kept within the hour; the hourly clock
  // runs from the newest version, wherever it was kept.
  void repo.lastVersionTime(id).then(
    (last) => (last && Date.now() - Date.parse(last) <= SNAPSHOT_EVERY_MS ? void (lastVersion = Date.parse(last)) : keepVersion('opened')),
    () => {}, // the versions could not be read: the hourly version comes later, and keepVersion reports its own failures
  );

  return {
    flush: () => autosave.flush(),
    versions: () => repo.versions(id),
    loadVersion: (versionId) => repo.loadVersion(versionId),
    keepVersion,
    async restore(versionId) {
      const version = await repo.loadVersion(versionId);
      if (!version.ok) return false;
      await keepVersion('before-restore');
      store.getState().apply((b) => boardAtVersion(b, version.board));
      return true;
    },
    restoreAsCopy: (versionId, copyTitle) => repo.restoreAsCopy(versionId, copyTitle),
    async saveAsTemplate(name) {
      const board = store.getState().board;
      if (board) await repo.saveTemplate(name, board);
    },
    sharing: () => share,
    setMe: saveMe,
    async share(server) {
      const response = await fetch(`${httpOf(server)}/api/rooms`, { method: 'POST' });
      if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? response.statusText);
      const room = (await response.json()) as { room: string; owner: string; edit: string; view: string };
      share = { server, room: room.room, token: room.edit, view: room.view, owner: room.owner, access: 'edit' };
      await repo.setShare(id, share);
      await disconnect();
      connect();
      return share;
    },
    async stopSharing() {
      const current = share;
      if (!current?.owner) throw new ShareError('notOwner');
      // Replace the secrets (old links stop), and forget the new ones: nobody holds a link any more.
      const response = await fetch(`${httpOf(current.server)}/api/rooms/${encodeURIComponent(current.room)}/rotate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${current.owner}` },
      }).catch(() => null); // no answer at all: said as "unreachable" just below
      if (!response) throw new ShareError('unreachable');
      if (response.status === 403) throw new ShareError('notOwner');
      if (!response.ok)
        throw new ShareError('refused', ((await response.json().catch(() => ({}))) as { error?: string }).error ?? response.statusText);
      share = undefined;
      await repo.setShare(id, undefined);
      await disconnect();
    },
    async leave() {
      share = undefined;
      await repo.setShare(id, undefined);
      await disconnect();
    },
    async dispose() {
      untrack();
      unsubscribeAuthor();
      clearTimeout(pause);
      if (unversioned) await keepVersion('pause'); // leaving right after a burst of work keeps it too
      await disconnect();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('focus', resync);
      window.removeEventListener('online', reconnect);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      await autosave.flush();
      autosave.dispose();
      doc.off('updateV2', onUpdate);
      doc.off('destroy', onDestroyed);
      doc.off('beforeTransaction', onRemote);
      offError();
      opened.release();
    },
  };
}
