import { issue, type Board, type BoardIssue, type IssueCode } from '../model';

/** Why a board or version could not be read: what is wrong, and whether a newer build made it. */
export type Refusal = { ok: false; errors: BoardIssue[]; newer: boolean; missing?: boolean };
export type LoadResult = { ok: true; board: Board } | Refusal;

/** Nothing stored under that id (any more). */
export const missing = (code: IssueCode): Refusal => ({ ok: false, missing: true, newer: false, errors: [issue('(root)', code)] });

/** A write that would store a board the app cannot read again (see `readBoard`). */
export class InvalidBoardError extends Error {
  constructor(readonly errors: BoardIssue[]) {
    super(
      `not saved: the board would not be readable (${errors
        .slice(0, 3)
        .map((e) => `${e.path}: ${e.message}`)
        .join('; ')})`,
    );
    this.name = 'InvalidBoardError';
  }
}
