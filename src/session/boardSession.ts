import type * as Y from 'yjs';
import { newId, boardAtVersion, issue, scenarioCopy, startFamily, type Board, type BoardIssue } from '../model';
import type { BoardRepository } from '../persistence';
import type { LoadResult, OpenBoard, VersionEntry } from '../persistence/boardRepository';
import type { SettingValue } from '../persistence/settings';
import type { VersionReason } from '../persistence/db';
import { errorMessage, failureOf, type Failure } from '../persistence/failure';
import type { EditorStore } from '../store/editorStore';
import { trackSession } from './openSessions';
import { connectBoard, type Me, type SyncLink } from './share/sync';
import { createSharedBlobs, type SharedBlobs } from './share/blobSync';
import { blobsOf } from '../model';
import { createVersionKeeper } from './versionKeeper';
import { createListingSync } from './listingSync';
import { createRoom, rotateRoom, setLink, ShareError } from './share/api';
import { joinFamily, sameRoom, scenarioRoom, shareFamily } from './share/scenarios';
import { whoAmI } from './me';
import type { BoardShare, LinkKind } from '../persistence/db';

export interface BoardSession {
  /** Write pending edits now (retry button, leaving the page). */
  flush(): Promise<void>;
  dispose(): Promise<void>;
  /** The board's versions, newest first, and one version's document. */
  versions: { list(): Promise<VersionEntry[]>; load(id: number): Promise<LoadResult> };
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
  /**
   * A new scenario of this board's service, named `name`: a copy keeping every id. A board not yet
   * in a family starts one first, as the scenario `current` (one undoable edit). Null when this
   * link may not change the board.
   */
  createScenario(name: string, current: string): Promise<Board | null>;
  /** The sync server and room this board is shared through, if it is. */
  sharing(): BoardShare | undefined;
  /** Shares the board through a sync server (a new room): both links can then be given out. */
  share(server: string): Promise<BoardShare>;
  /**
   * Stops sharing (the owner only): the server's secrets are replaced, so every link given out
   * stops working. Throws when the server refused or could not be reached; the share is kept then.
   */
  stopSharing(): Promise<void>;
  /** The owner replaces (`renew`) or revokes one kind of link; returns the share as it is now. */
  setLink(kind: LinkKind, renew: boolean): Promise<BoardShare>;
  /** Stops keeping this board in sync here (anyone but the owner): the board stays on this device as it is; the others go on. */
  leave(): Promise<void>;
  /** This device's name and colour for shared boards: stored, and shown to the others at once. */
  setMe(me: Me): Promise<void>;
  /** The board's pictures and files: this browser's, and on a shared board the server's when missing here. */
  blobs: SharedBlobs;
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
    const [opened, viewport] = await Promise.all([repo.open(id), repo.settings.get('viewport', id).catch(() => undefined)]);
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
  /** Everything the session set up, undone in reverse order when it ends. */
  const disposables: (() => void)[] = [];
  const listen = <K extends string, E>(
    target: { addEventListener(k: K, f: (e: E) => void): void; removeEventListener(k: K, f: (e: E) => void): void },
    type: K,
    f: (e: E) => void,
  ) => {
    target.addEventListener(type, f);
    disposables.push(() => target.removeEventListener(type, f));
  };
  const onDoc = <A extends unknown[]>(name: 'beforeTransaction' | 'updateV2' | 'destroy', f: (...args: A) => void) => {
    doc.on(name, f as never);
    disposables.push(() => doc.off(name, f as never));
  };
  // A User Timing mark when an edit from elsewhere starts to apply (the benchmark measures from it to the paint).
  onDoc('beforeTransaction', (tr: Y.Transaction) => void (!tr.local && performance.mark('remote-edit')));

  const listing = createListingSync({
    repo,
    id,
    doc,
    onStatus: (status) => store.getState().setSave(status),
    onSaved: () => versions.saved(),
  });
  const versions = createVersionKeeper({
    repo,
    id,
    board: () => store.getState().board,
    flush: () => listing.flush(),
    onError: deps.onVersionError,
  });
  const schedule = () => {
    const board = store.getState().board;
    if (board) listing.schedule(board);
    versions.edited();
  };
  disposables.push(
    opened.onStorageError((error) => {
      listing.storageFailed(error);
      schedule();
    }),
  );
  // Edits made here (and undo) are stored by y-dexie already; the listing follows them.
  onDoc('updateV2', (_update: Uint8Array, origin: unknown) => void (origin !== opened.storageOrigin && schedule()));
  // Deleted in another tab: y-dexie destroys the doc. Keep what this tab shows as a new board.
  onDoc('destroy', () => {
    const board = store.getState().board;
    if (!board) return;
    void repo
      .create({ ...board, id: newId('bd_') })
      .then((copy) => deps.onDeleted?.(copy))
      .catch((e: unknown) => store.getState().setSave({ state: 'error', failure: failureOf(e) }));
  });

  // Who this user is (read once; a default picked once): comments are signed with the name,
  // and on a shared board the others see name and colour.
  let me = whoAmI(repo, deps.guestName ?? '?');
  // Comments are signed with a name the user chose: until there is one, the author is empty and
  // the first comment asks for it; a name given there is kept as this device's name.
  // Unreadable, the stored name counts as not given: the first comment asks for it again.
  void Promise.all([me, repo.settings.get('me').catch(() => undefined)]).then(([m, stored]) => store.getState().setAuthor(stored ? m.name : ''));
  const saveMe = async (next: Me) => {
    await repo.settings.set('me', next);
    me = Promise.resolve(next);
    store.getState().setAuthor(next.name);
    (await link)?.setMe(next);
  };
  disposables.push(
    store.subscribe((state, prev) => {
      if (state.author && state.author !== prev.author)
        // The comment is signed with the name either way; keeping it for next time may fail (storage) without harm.
        void me.then((m) => (m.name === state.author ? undefined : saveMe({ ...m, name: state.author }))).catch(() => {});
    }),
  );

  // Which comments this device has shown, so that others' new ones are marked. The first time a
  // board is opened here, the comments it has are taken as seen (they are not news).
  void repo.settings.get('seenComments', id).then(
    (stored) => {
      const seen = new Set(stored ?? (store.getState().board?.comments ?? []).map((c) => c.id));
      store.getState().setSeenComments(seen);
      if (!stored) void repo.settings.set('seenComments', [...seen], id).catch(() => {});
    },
    () => store.getState().setSeenComments(new Set((store.getState().board?.comments ?? []).map((c) => c.id))),
  );
  disposables.push(
    store.subscribe((state, prev) => {
      if (!state.seenComments || !prev.seenComments || state.seenComments === prev.seenComments) return;
      // Only comments still on the board are kept: the record never grows past the board.
      const on = new Set((state.board?.comments ?? []).map((c) => c.id));
      // Remembering fails only with storage, which the save state reports; the marks stay for this visit.
      void repo.settings
        .set(
          'seenComments',
          [...state.seenComments].filter((c) => on.has(c)),
          id,
        )
        .catch(() => {});
    }),
  );

  // A shared board meets its room on the server; the store hears how that goes.
  let share = opened.share;
  let link: Promise<SyncLink> | null = null;

  // Its pictures and files go to the room when this link may edit: whenever the board connects
  // and whenever the blobs its cards use change (a picture added here). Those missing here are
  // fetched from the room as cards show them.
  const blobs = createSharedBlobs({ local: repo.blobs, share: () => share, onStatus: (s) => store.getState().setFiles(s) });
  disposables.push(() => blobs.stop());
  let sent = '';
  let uploadSoon: ReturnType<typeof setTimeout> | undefined;
  const uploadBlobs = (force = false) => {
    const state = store.getState();
    if (!share || state.readOnly || state.connection?.state !== 'connected' || !state.board) return;
    const used = blobsOf(state.board.cards);
    const key = [...used].sort().join();
    if (!used.size || (key === sent && !force)) return;
    sent = key;
    void blobs.upload(used);
  };
  disposables.push(
    store.subscribe((state, prev) => {
      if (state.connection?.state === 'connected' && prev.connection?.state !== 'connected') {
        blobs.retry();
        uploadBlobs(true);
      } else if (state.board?.cards !== prev.board?.cards || state.readOnly !== prev.readOnly) {
        clearTimeout(uploadSoon);
        uploadSoon = setTimeout(() => uploadBlobs(), 300);
      }
    }),
    () => clearTimeout(uploadSoon),
  );
  const connect = () => {
    const current = share;
    if (!current) return;
    // What the link allows is known from its last connection (or from joining): until the server
    // says it again, no control shows that it may refuse. The owner connects with the owner's secret.
    store.getState().setAccess(current.owner ? 'edit' : (current.access ?? 'view'));
    link = me.then((who) =>
      connectBoard(
        doc,
        { ...current, token: current.owner ?? current.token },
        store,
        who,
        (access) => {
          // Remembered only to hide editing controls sooner next time; the server decides anyway.
          if (current.access !== access) void repo.setShare(id, (share = { ...current, access })).catch(() => {});
        },
        blobs.arrived,
      ),
    );
    // Scenarios others made of this board since (or before) it came here join the library; one
    // that cannot be fetched now is asked for at the next open.
    if (store.getState().board?.scenario) void joinFamily(repo, current).catch(() => {});
  };
  /** The shares of this board's family of rooms on this device (its scenarios'), this board's included. */
  const familyShares = async (of: BoardShare) => (await repo.shared()).filter((r) => sameRoom(r.share, of));
  const disconnect = async () => {
    const done = link;
    link = null;
    (await done)?.stop();
  };
  connect();

  const flush = () => void listing.flush();
  // A tab coming back (focus, visible) reads what other tabs stored, in case it missed a
  // notification. Back online it also writes its whole state: a new update is what makes the
  // other tabs read storage again, including everything this tab stored while cut off (their
  // cached reads would not see it otherwise).
  // A failed read is tried again at the next focus or return; storage errors show through saving.
  const resync = () => void opened.resync().catch(() => {});
  const reconnect = () =>
    void opened.resync().then(
      () => {
        listing.announce();
        schedule();
      },
      () => {}, // tried again at the next focus or return
    );
  const onVisibility = () => (document.visibilityState === 'hidden' ? flush() : resync());
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    flush();
    if (store.getState().save.state === 'error') e.preventDefault(); // unsaved because storage fails: ask before leaving
  };
  listen(window, 'pagehide', flush);
  listen(window, 'focus', resync);
  listen(window, 'online', reconnect);
  listen(window, 'beforeunload', onBeforeUnload);
  listen(document, 'visibilitychange', onVisibility);
  disposables.push(trackSession(() => listing.flush()));

  return {
    flush: () => listing.flush(),
    versions: { list: () => repo.versions.list(id), load: (versionId) => repo.versions.load(versionId) },
    keepVersion: versions.keep,
    async restore(versionId) {
      const version = await repo.versions.load(versionId);
      if (!version.ok) return false;
      await versions.keep('before-restore');
      store.getState().apply((b) => boardAtVersion(b, version.board));
      return true;
    },
    restoreAsCopy: (versionId, copyTitle) => repo.restoreAsCopy(versionId, copyTitle),
    async saveAsTemplate(name) {
      const board = store.getState().board;
      if (board) await repo.templates.save(name, board);
    },
    async createScenario(name, current) {
      if (!store.getState().board?.scenario) {
        store.getState().endBurst();
        store.getState().apply((b) => startFamily(b, newId('sf_'), current));
        store.getState().endBurst();
      }
      const board = store.getState().board;
      if (!board?.scenario) return null;
      await listing.flush(); // the library lists this board in its family before the new one
      const made = await repo.create(scenarioCopy({ ...board, scenario: board.scenario }, newId('bd_'), name, new Date().toISOString()));
      // A scenario of a shared board is shared with it: a room of the family, sent up once it opens.
      if (share) await repo.setShare(made.id, { ...share, room: scenarioRoom(share.room, made.id) });
      return made;
    },
    sharing: () => share,
    setMe: saveMe,
    blobs,
    async share(server) {
      share = await createRoom(server);
      await repo.setShare(id, share);
      await disconnect();
      connect();
      await shareFamily(repo, id, share);
      return share;
    },
    async setLink(kind, renew) {
      if (!share) throw new ShareError('notOwner');
      const next = await setLink(share, kind, renew);
      // The links are the room's: every scenario of it on this device shows the new ones.
      for (const member of await familyShares(share)) await repo.setShare(member.id, { ...member.share, links: next.links });
      share = next;
      await repo.setShare(id, share);
      return share;
    },
    async stopSharing() {
      if (!share) throw new ShareError('notOwner');
      // Replace the secrets (old links stop), and forget the new ones: nobody holds a link any more.
      await rotateRoom(share);
      for (const member of await familyShares(share)) await repo.setShare(member.id, undefined);
      share = undefined;
      await repo.setShare(id, undefined);
      await disconnect();
    },
    async leave() {
      // Leaving a board leaves its scenarios too: they are one room's.
      if (share) for (const member of await familyShares(share)) await repo.setShare(member.id, undefined);
      share = undefined;
      await repo.setShare(id, undefined);
      await disconnect();
    },
    async dispose() {
      await versions.dispose();
      await disconnect();
      await listing.dispose();
      for (const undo of disposables.reverse()) undo();
      opened.release();
    },
  };
}
