import { failureOf, type Failure } from './failure';
import type { Board } from '../model';

/** What the user is told about saving: always visible (design.md §3). */
export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'error'; failure: Failure };

export interface AutosaveOptions {
  /** Durably stores the board; throws when it cannot (quota, blocked database…). */
  write(board: Board): Promise<void>;
  onStatus(status: SaveStatus): void;
  delayMs?: number;
  /** Wait before retry number `attempt` (1, 2, …) after a failed write. */
  retryDelayMs?(attempt: number): number;
}

export interface Autosave {
  /** Queue the latest board; written after `delayMs` of quiet. */
  schedule(board: Board): void;
  /** Write what is queued now (page hidden, retry button); resolves when stored or failed. */
  flush(): Promise<void>;
  hasUnsaved(): boolean;
  dispose(): void;
}

const defaultRetry = (attempt: number) => Math.min(30_000, 1000 * 2 ** (attempt - 1));

/**
 * Debounced saving that never drops an edit: a failed write keeps the board queued, reports the
 * error and retries with backoff until it succeeds or a newer board replaces it.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const delay = options.delayMs ?? 300;
  const retryDelay = options.retryDelayMs ?? defaultRetry;
  let pending: Board | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let failures = 0;
  let disposed = false;

  const arm = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  };

  async function flush(): Promise<void> {
    clearTimeout(timer);
    while (inFlight) await inFlight;
    const board = pending;
    if (!board || disposed) return;
    pending = null;
    inFlight = options
      .write(board)
      .then(
        () => {
          failures = 0;
          if (!pending) options.onStatus({ state: 'saved' });
        },
        (error: unknown) => {
          pending ??= board;
          failures++;
          options.onStatus({ state: 'error', failure: failureOf(error) });
          if (!disposed) arm(retryDelay(failures));
        },
      )
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
  }

  return {
    schedule(board) {
      pending = board;
      if (failures === 0) options.onStatus({ state: 'saving' });
      arm(failures === 0 ? delay : Math.min(delay, retryDelay(failures)));
    },
    flush,
    hasUnsaved: () => pending !== null || inFlight !== null,
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
