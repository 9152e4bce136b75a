import type { Board } from './board';
import { migrate } from './migrations';
import { validateBoard, type BoardIssue } from './validate';

const COLLECTIONS = ['stages', 'steps', 'lanes', 'cards', 'connectors', 'personas', 'emotions'] as const;

/**
 * Tolerant repair of a current-version document before validation: fills what can be filled
 * without guessing at user content (missing collections, revision, timestamps). Unknown
 * fields are kept. Nothing is dropped; what cannot be repaired is left for validation to report.
 */
export function restoreBoard(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc };
  for (const key of COLLECTIONS) if (out[key] === undefined) out[key] = [];
  if (out.revision === undefined) out.revision = 0;
  if (typeof out.updatedAt !== 'string' && typeof out.createdAt === 'string') out.updatedAt = out.createdAt;
  if (typeof out.createdAt !== 'string' && typeof out.updatedAt === 'string') out.createdAt = out.updatedAt;
  if (out.title === undefined) out.title = '';
  return out;
}

export type ReadResult = { ok: true; board: Board } | { ok: false; errors: BoardIssue[]; newer?: boolean };

/** The one way into the app for a document from storage, a file or the clipboard: migrate → restore → validate. */
export function readBoard(json: unknown): ReadResult {
  const migrated = migrate(json);
  if (!migrated.ok) return migrated;
  return validateBoard(restoreBoard(migrated.doc));
}
