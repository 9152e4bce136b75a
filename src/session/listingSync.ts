import * as Y from 'yjs';
import type { Board } from '../model';
import { createAutosave, type BoardRepository, type SaveStatus } from '../persistence';

/**
 * Keeps a board's library listing (title, date, summary) in step with its document after edits,
 * debounced, and says whether everything is stored. The document's own updates are stored by
 * y-dexie as they happen; when storing one failed (a full disk), the next commit writes the whole
 * document again, retried with backoff, so nothing in the doc is ever missing on disk.
 */
export function createListingSync(deps: {
  repo: BoardRepository;
  id: string;
  doc: Y.Doc;
  onStatus(status: SaveStatus): void;
  /** The listing is stored (an hourly version may follow). */
  onSaved(): void;
}) {
  const { repo, id, doc } = deps;
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
      deps.onSaved();
    },
    onStatus: deps.onStatus,
  });
  return {
    schedule: (board: Board) => autosave.schedule(board),
    flush: () => autosave.flush(),
    /** Storing an update failed: the whole document goes with the next commit. */
    storageFailed(error: unknown) {
      lost = { error };
    },
    /** Back online: the next commit writes the whole document, so the other tabs read it all again. */
    announce() {
      announce = true;
    },
    async dispose() {
      await autosave.flush();
      autosave.dispose();
    },
  };
}
