import type { Board } from './board';
import { migrate } from './migrations';
import { validateBoard, type BoardIssue } from './validate';
import { isColor } from './color';
import { PERSONA_COLORS } from './persona';
import { REQUIRED_COLLECTIONS } from './collections';

/**
 * Tolerant repair of a current-version document before validation: fills what can be filled
 * without guessing at user content (missing collections, revision, timestamps). Unknown
 * fields are kept. Nothing the user typed is dropped (only a colour that is not a colour); what
 * cannot be repaired is left for validation to report.
 */
export function fillDefaults(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc };
  for (const key of REQUIRED_COLLECTIONS) if (out[key] === undefined) out[key] = [];
  if (out.revision === undefined) out.revision = 0;
  if (typeof out.updatedAt !== 'string' && typeof out.createdAt === 'string') out.updatedAt = out.createdAt;
  if (typeof out.createdAt !== 'string' && typeof out.updatedAt === 'string') out.createdAt = out.updatedAt;
  if (out.title === undefined) out.title = '';
  // A colour that is not one (a url(…), an expression) would make the page fetch or misdraw: it goes.
  for (const key of ['stages', 'cards'] as const)
    if (Array.isArray(out[key]))
      out[key] = (out[key] as Record<string, unknown>[]).map((x) => {
        if (!x || typeof x !== 'object' || x.color === undefined || isColor(x.color)) return x;
        const { color: _dropped, ...rest } = x;
        return rest;
      });
  if (Array.isArray(out.personas))
    out.personas = (out.personas as Record<string, unknown>[]).map((p) =>
      p && typeof p === 'object' && !isColor(p.color) ? { ...p, color: PERSONA_COLORS[0] } : p,
    );
  return out;
}

export type ReadResult = { ok: true; board: Board } | { ok: false; errors: BoardIssue[]; newer?: boolean };

/** The one way into the app for a document from storage, a file or the clipboard: migrate → restore → validate. */
export function readBoard(json: unknown): ReadResult {
  const migrated = migrate(json);
  if (!migrated.ok) return migrated;
  return validateBoard(fillDefaults(migrated.doc));
}
