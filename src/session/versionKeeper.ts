import type { Board } from '../model';
import type { BoardRepository } from '../persistence';
import type { VersionReason } from '../persistence/db';
import { failureOf, type Failure } from '../persistence/failure';

/** While editing, a version at most this often. */
export const HOURLY_MS = 60 * 60 * 1000;
/** A pause this long after edits ends a burst of work, and a version keeps it (the count and size limits prune the oldest). */
export const BURST_PAUSE_MS = 2 * 60 * 1000;

/**
 * Keeps a board's versions as the user works: when the board is opened (unless one was kept
 * within the hour), every hour while editing, after a burst of edits, before a restore, and on
 * request. The edit is always written first: a version is never kept instead of it.
 */
export function createVersionKeeper(deps: {
  repo: BoardRepository;
  /** The record's id: what the document claims is not trusted. */
  id: string;
  board(): Board | null;
  /** Writes pending edits. */
  flush(): Promise<void>;
  onError?(failure: Failure): void;
}) {
  const { repo, id } = deps;
  let last = 0;
  /** Edits since the last version: a pause after them keeps one, so even a short session leaves a version. */
  let unversioned = false;
  let pause: ReturnType<typeof setTimeout> | undefined;

  /** False when storage refused it: editing goes on, and the user is told (`onError`). */
  const keep = async (reason: VersionReason, name?: string): Promise<boolean> => {
    const current = deps.board();
    if (!current) return false;
    try {
      await deps.flush();
      last = Date.now();
      unversioned = false;
      await repo.versions.save({ ...current, id }, reason, name);
      return true;
    } catch (e) {
      deps.onError?.(failureOf(e));
      return false;
    }
  };

  // The hourly clock runs from the newest version, wherever it was kept.
  void repo.versions.lastTime(id).then(
    (newest) => (newest && Date.now() - Date.parse(newest) <= HOURLY_MS ? void (last = Date.parse(newest)) : keep('opened')),
    () => {}, // the versions could not be read: the hourly version comes later, and keep reports its own failures
  );

  return {
    keep,
    /** The board changed: a pause after this keeps a version. */
    edited() {
      unversioned = true;
      clearTimeout(pause);
      pause = setTimeout(() => void (unversioned && keep('pause')), BURST_PAUSE_MS);
    },
    /** The edits were stored: an hour after the last version, another. */
    saved() {
      if (Date.now() - last > HOURLY_MS) void keep('hourly');
    },
    /** Leaving right after a burst of work keeps it too. */
    async dispose() {
      clearTimeout(pause);
      if (unversioned) await keep('pause');
    },
  };
}
