import type { Board } from '../../model';

/**
 * The board the editor showed when Compare was asked for: Compare takes it as it is instead of
 * reading it back from storage (the same state, which the editor's session has just saved), so
 * it opens in the time of one board read, not two.
 */
let handed: Board | null = null;

export function handOver(board: Board | null) {
  handed = board;
}

/** The board handed over, if it is this one. */
export const handedOver = (id: string): Board | null => (handed?.id === id ? handed : null);
