import { createTransientStores, type TransientStores } from './transient';
import { createStore, type StoreApi } from 'zustand/vanilla';
import * as Y from 'yjs';
import { addCard, BOARD_VERSION, newId, recordActivity, type Board, type HighlightMeasure } from '../model';
import { createBoardReader, docFromBoard, rootsOf, writeBoard, type BoardReader } from '../document';

import type { SaveStatus } from '../persistence/autosave';

export interface EditorState {
  board: Board | null;
  /** Steps of this user's own edits to undo and redo (a collaborator's edits never count). */
  undoSteps: number;
  redoSteps: number;
  /** Key of the open burst (typing in one field): edits with the same key join one undo step. */
  burst: string | null;
  /** Selected card ids; session state, never in history or the document. */
  selection: string[];
  editingCardId: string | null;
  /** A card just added by `startNewCard` whose text is still being typed (one undo step with its text). */
  newCardId: string | null;
  /** The step or lane header last clicked or focused: "Add step" and "Add lane" insert after it. */
  header: HeaderRef | null;
  /** A header whose name is open for editing (a step just added, Enter or double-click on it). */
  renaming: string | null;
  /** The cell keyboard commands act on (add card, paste); follows the focused card. */
  cursor: { laneId: string; stepId: string } | null;
  /**
   * The board's one Tab stop (roving tabindex, WAI-ARIA grid): the card last focused there, or
   * null for the cell cursor. Focus moves inside the board by arrows; focus never selects.
   */
  roving: string | null;
  save: SaveStatus;
  /** The side views open beside the board (view state, not in the document). */
  analysisOpen: boolean;
  backlogOpen: boolean;
  /** The measure the board's cards are coloured by, if any. */
  highlight: HighlightMeasure | null;
  /** The link to the sync server, for a shared board (null: not shared). */
  connection: ConnectionState | null;
  /** Sending a shared board's pictures and files to the server (null: not shared, or nothing sent yet). */
  files: FilesStatus | null;
  /** Other people on the shared board now (Yjs awareness, never in the document). */
  peers: Peer[];
  /** A board opened through a view or comment link, or changed by a newer build: nothing of the board may change here. */
  readOnly: boolean;
  /** Whether comments may be added here (an edit or comment link, or a board not shared). */
  canComment: boolean;
  /** Editing keys pressed on a board this link may not change (each one is explained). */
  refusedEdits: number;
  /** The document now has a newer format than this build writes (a collaborator's newer build). */
  newerFormat: boolean;
  /** Where this user's pointer is on the board (board units), for the others to see. */
  pointer: { x: number; y: number } | null;
  /** The name this user's comments are signed with. */
  author: string;
  /** The comments this device has shown (null until read from storage): the others by someone else are new. */
  seenComments: ReadonlySet<string> | null;
  /** Changes in the document that were not valid (from a broken or hostile collaborator), left out of the board shown. */
  invalidChanges: number;
}

/** How sending a shared board's pictures and files to its server goes. */
export interface FilesStatus {
  /** Blobs still to send (0: the server has them all). */
  waiting: number;
  /** The server's words for the last one it refused (too large, the board full), until a round refuses none. */
  refused: string | null;
}

export type ConnectionState =
  | { state: 'connected' }
  | { state: 'connecting' }
  | { state: 'reconnecting' }
  | { state: 'offline' }
  /** The server refused the link (revoked, unknown) or the connection (a limit), with its reason. */
  | { state: 'refused'; reason: string };

export interface Peer {
  id: number;
  name: string;
  color: string;
  selection: string[];
  pointer: { x: number; y: number } | null;
}

export interface EditorActions {
  /**
   * Opens a board's document (a stored Y.Doc), or a board given as JSON in a document of its
   * own. The store's board is always read from the document, so local edits, undo, other tabs
   * and collaborators all reach the screen the same way.
   */
  open(source: Board | Y.Doc): void;
  close(): void;
  /**
   * Applies a pure op to the open board as one undo step: its result is written to the document
   * as the difference, in one transaction with this user's origin. Ops sharing a `merge` key in
   * a row (keystrokes in one field) form a single step until `endBurst()`.
   */
  apply(op: (board: Board) => Board, options?: { merge?: string }): void;
  /**
   * Runs a comment operation: allowed with a comment link too, and only the comments of what it
   * returns are written (whatever else it changed), since the server refuses a comment link's
   * change to anything else.
   */
  comment(op: (board: Board) => Board): void;
  endBurst(): void;
  undo(): void;
  redo(): void;
  select(ids: string[]): void;
  selectHeader(header: HeaderRef | null): void;
  setRenaming(id: string | null): void;
  setEditing(id: string | null): void;
  /**
   * Ends editing a card's text. A card just added and left empty (Escape, or a click away) goes
   * again without a trace in history; otherwise its creation and text are one undo step.
   */
  finishEditing(id: string): void;
  setCursor(cell: { laneId: string; stepId: string } | null): void;
  setRoving(cardId: string | null): void;
  /** Adds an empty card in a cell, selects it and opens its text editor (one undo step). */
  startNewCard(cell: Cell & { index?: number }): void;
  setSave(status: SaveStatus): void;
  setAnalysisOpen(open: boolean): void;
  setBacklogOpen(open: boolean): void;
  setHighlight(measure: HighlightMeasure | null): void;
  setConnection(connection: ConnectionState | null): void;
  setPeers(peers: Peer[]): void;
  setFiles(files: FilesStatus | null): void;
  /** What this browser's link allows on a shared board (`edit` for one not shared). */
  setAccess(access: 'edit' | 'comment' | 'view'): void;
  noteRefusedEdit(): void;
  setPointer(pointer: { x: number; y: number } | null): void;
  setAuthor(author: string): void;
  setSeenComments(seen: ReadonlySet<string>): void;
  /** Notes comments as shown (their threads were on screen). */
  markCommentsSeen(ids: readonly string[]): void;
}

/** The board's store, with the pointer-speed stores of its editor beside it (`transient`). */
export type EditorStore = StoreApi<EditorState & EditorActions> & { transient: TransientStores };

type Cell = { laneId: string; stepId: string };
export type HeaderRef = { kind: 'step' | 'lane'; id: string };

/** What has the keyboard's focus, when it says where an insertion goes: a card, or the cell cursor. */
export type InsertionFocus = { card: string } | { cell: true } | null;

/**
 * Where keyboard insertions go (new card, paste): after a focused card, or in the focused cell;
 * else after the first selected card, else the cursor cell, else the board's first cell.
 */
export function insertionCell(state: EditorState, focus: InsertionFocus = null): (Cell & { index?: number }) | null {
  const { board, cursor, selection } = state;
  const after = (id: string | undefined) => {
    const card = id === undefined ? undefined : board?.cards.find((c) => c.id === id);
    return card && { laneId: card.laneId, stepId: card.stepId, index: card.order + 1 };
  };
  const focused = focus && 'card' in focus ? after(focus.card) : focus && cursor ? cursor : undefined;
  if (focused) return focused;
  const selected = after(selection[0]);
  if (selected) return selected;
  if (cursor) return cursor;
  const [lane, step] = [board?.lanes[0], board?.steps[0]];
  return lane && step ? { laneId: lane.id, stepId: step.id } : null;
}

const closed: EditorState = {
  board: null,
  undoSteps: 0,
  redoSteps: 0,
  burst: null,
  selection: [],
  editingCardId: null,
  newCardId: null,
  header: null,
  renaming: null,
  cursor: null,
  roving: null,
  save: { state: 'saved' },
  analysisOpen: false,
  backlogOpen: false,
  highlight: null,
  connection: null,
  files: null,
  peers: [],
  readOnly: false,
  canComment: true,
  refusedEdits: 0,
  newerFormat: false,
  pointer: null,
  author: '',
  seenComments: null,
  invalidChanges: 0,
};

/** The undo burst of typing in a card: a new card's creation opens it, so card and text are one step. */
export const textBurst = (id: string) => `text:${id}`;

/** Origin of this user's own transactions: the only ones their undo manager tracks. */
export const LOCAL_ORIGIN = Symbol('local edit');

/** Undo steps kept per open board. */
export const HISTORY_LIMIT = 200;

export function createEditorStore(): EditorStore {
  return Object.assign(createBoardStore(), { transient: createTransientStores() });
}

function createBoardStore() {
  return createStore<EditorState & EditorActions>()((set, get) => {
    let current: { doc: Y.Doc; reader: BoardReader; undo: Y.UndoManager; stop(): void } | null = null;

    /** The board as the document now has it, with what depends on it. */
    const refresh = () => {
      if (!current) return;
      const board = current.reader.read();
      const { undoStack, redoStack } = current.undo;
      const state = get();
      const selection = board === state.board ? state.selection : state.selection.filter((id) => board.cards.some((c) => c.id === id));
      // The Tab stop never stays on a card that is gone: the cell cursor takes it.
      const roving = state.roving && board !== state.board && !board.cards.some((c) => c.id === state.roving) ? null : state.roving;
      // A collaborator on a newer build changed the format: this build may no longer write to
      // the document without mangling it, so the board becomes view only here.
      const newer = typeof board.version === 'number' && board.version > BOARD_VERSION;
      set({
        board,
        selection,
        roving,
        undoSteps: undoStack.length,
        redoSteps: redoStack.length,
        ...(newer && { readOnly: true, canComment: false, newerFormat: true }),
      });
    };

    const release = () => {
      current?.stop();
      current = null;
    };

    /** Writes `next` over `board` as this user's step (merged into the last one with the same `merge` key). */
    const write = (board: Board, next: Board, merge: string | null) => {
      if (!current) return;
      if (!merge || merge !== get().burst) current.undo.stopCapturing();
      const { doc } = current;
      doc.transact(() => writeBoard(doc, board, next), LOCAL_ORIGIN);
      set({ burst: merge });
    };

    const step = (move: 'undo' | 'redo') => {
      if (!current) return;
      current.undo.stopCapturing();
      current.undo[move]();
      set({ editingCardId: null, burst: null });
    };

    return {
      ...closed,
      open: (source) => {
        release();
        const doc = source instanceof Y.Doc ? source : docFromBoard(source);
        const reader = createBoardReader(doc, () => set({ invalidChanges: get().invalidChanges + 1 }));
        const undo = new Y.UndoManager(rootsOf(doc), {
          trackedOrigins: new Set([LOCAL_ORIGIN]),
          // Steps are cut by bursts (endBurst, a different merge key), never by time.
          captureTimeout: Infinity,
        });
        undo.on('stack-item-added', () => {
          if (undo.undoStack.length > HISTORY_LIMIT) undo.undoStack.shift();
        });
        const onTransaction = () => refresh();
        doc.on('afterTransaction', onTransaction);
        current = {
          doc,
          reader,
          undo,
          stop: () => {
            doc.off('afterTransaction', onTransaction);
            undo.destroy();
            reader.dispose();
          },
        };
        set({ ...closed, board: reader.read() });
      },
      close: () => {
        release();
        set(closed);
      },
      apply: (op, options) => {
        const { board, readOnly, author } = get();
        if (!board || !current || readOnly) return;
        const next = op(board);
        // Who changed which card goes into the board with the change (one undo step with it).
        if (next !== board) write(board, recordActivity(board, next, author, new Date().toISOString()), options?.merge ?? null);
      },
      comment: (op) => {
        const { board, canComment } = get();
        if (!board || !current || !canComment) return;
        const changed = op(board);
        if (changed === board) return;
        const { comments: _, ...rest } = board;
        write(board, changed.comments ? { ...rest, comments: changed.comments } : rest, null);
      },
      endBurst: () => {
        current?.undo.stopCapturing();
        if (get().burst) set({ burst: null });
      },
      undo: () => step('undo'),
      redo: () => step('redo'),
      select: (ids) => {
        const current = get().selection;
        if (ids.length !== current.length || ids.some((id, i) => id !== current[i])) set({ selection: ids, ...(ids.length ? { header: null } : {}) });
      },
      selectHeader: (header) => {
        const h = get().header;
        if (h?.id !== header?.id) set({ header, ...(header ? { selection: [] } : {}) });
      },
      // On a view-only board nothing opens for editing, whatever asked (a key, a double-click).
      setRenaming: (renaming) => set({ renaming: get().readOnly ? null : renaming }),
      setCursor: (cursor) => {
        const c = get().cursor;
        if (c?.laneId !== cursor?.laneId || c?.stepId !== cursor?.stepId) set({ cursor });
      },
      setRoving: (roving) => {
        if (get().roving !== roving) set({ roving });
      },
      // On a board this link may not change, a double-click that would edit is explained instead.
      setEditing: (editingCardId) => {
        const { readOnly, refusedEdits } = get();
        set({
          editingCardId: readOnly ? null : editingCardId,
          newCardId: null,
          ...(readOnly && editingCardId && { refusedEdits: refusedEdits + 1 }),
        });
      },
      finishEditing: (id) => {
        const { board, burst, newCardId } = get();
        const card = board?.cards.find((c) => c.id === id);
        if (current && newCardId === id && card && !card.text.trim() && burst === textBurst(id) && current.undo.undoStack.length) {
          // Back to the board before the card was added: nothing to undo, nothing to redo.
          current.undo.undo();
          current.undo.redoStack.pop();
          set({ burst: null, editingCardId: null, newCardId: null, redoSteps: current.undo.redoStack.length });
          return;
        }
        get().endBurst();
        set({ editingCardId: null, newCardId: null });
      },
      startNewCard: (cell) => {
        if (get().readOnly) return get().noteRefusedEdit();
        // A metric lane's cells hold measurements (the side panel lists them), never cards.
        if (get().board?.lanes.find((l) => l.id === cell.laneId)?.kind === 'metric') return;
        const id = newId('cd_');
        get().endBurst();
        get().apply((b) => addCard(b, { ...cell, id }), { merge: textBurst(id) });
        if (!get().board?.cards.some((c) => c.id === id)) return;
        set({ selection: [id], cursor: { laneId: cell.laneId, stepId: cell.stepId }, editingCardId: id, newCardId: id });
      },
      setSave: (save) => set({ save }),
      setAnalysisOpen: (analysisOpen) => set({ analysisOpen }),
      setBacklogOpen: (backlogOpen) => set({ backlogOpen }),
      setHighlight: (highlight) => set({ highlight }),
      setConnection: (connection) => set({ connection }),
      setFiles: (files) => set({ files }),
      setPeers: (peers) => set({ peers }),
      setAccess: (access) => {
        const newer = get().newerFormat;
        // Changes made while this link could edit may not be undone once it cannot: the undo
        // history of a comment link must hold nothing but comments (the server refuses the rest).
        if (access !== 'edit' && !get().readOnly && current) {
          current.undo.clear();
          set({ undoSteps: 0, redoSteps: 0 });
        }
        const readOnly = access !== 'edit' || newer;
        const canComment = access !== 'view' && !newer;
        set(readOnly ? { readOnly, canComment, editingCardId: null, newCardId: null, renaming: null } : { readOnly, canComment });
      },
      noteRefusedEdit: () => set({ refusedEdits: get().refusedEdits + 1 }),
      setPointer: (pointer) => set({ pointer }),
      setAuthor: (author) => set({ author }),
      setSeenComments: (seenComments) => set({ seenComments }),
      markCommentsSeen: (ids) => {
        const seen = get().seenComments;
        if (!seen || ids.every((id) => seen.has(id))) return;
        set({ seenComments: new Set([...seen, ...ids]) });
      },
    };
  });
}
