import { BOARD_FORMAT, BOARD_VERSION } from './board';
import { issue, type BoardIssue, type IssueCode, type IssueParams } from './issues';

/** One named upgrade step from `from` to `from + 1`. */
export interface Migration {
  from: number;
  name: string;
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
}

/** Ordered upgrade steps. */
export const MIGRATIONS: readonly Migration[] = [
  // Version 2 adds optional fields only (card `evidence`, step `toleranceMinutes`): a version 1
  // board is already a valid version 2 board. The version still moves so that an older build
  // refuses a board that uses them instead of silently dropping what it does not know.
  { from: 1, name: 'evidence status and step tolerance', up: (doc) => doc },
  // Version 3 lets a wait point's minutes be unset (ticked before anyone measured the wait). A
  // version 2 board is a valid version 3 board; an older build, which requires the minutes,
  // refuses a version 3 board rather than failing on it.
  { from: 2, name: 'wait minutes may be unset', up: (doc) => doc },
  // Version 4 adds the improvement loop: lanes of research insights and of solutions, and card
  // fields for insights (quote, source, participant, date, link), opportunities (customer and
  // business value, effort, status) and solutions (status, due date, link). A version 3 board is
  // a valid version 4 board; an older build refuses a version 4 one instead of dropping them.
  { from: 3, name: 'insights, opportunities and solutions', up: (doc) => doc },
  // Version 5 adds the activity log (who changed which card when). A version 4 board is a valid
  // version 5 board; an older build refuses a version 5 one instead of dropping the log.
  { from: 4, name: 'activity', up: (doc) => doc },
  // Version 6 adds scenarios (a board says which scenario of which service it is). A version 5
  // board is a valid version 6 board; an older build refuses a version 6 one instead of dropping
  // the link between scenarios.
  { from: 5, name: 'scenarios', up: (doc) => doc },
  // Version 7 adds metrics, their dated measurements, metric lanes and a solution's go-live date
  // and metrics. A version 6 board is a valid version 7 board; an older build refuses a version 7
  // one instead of dropping the measurements.
  { from: 6, name: 'metrics and measurements', up: (doc) => doc },
  // Version 8 changes only how a shared document holds measurements (in batches, see
  // document/bulk.ts); a file's board is the same. The version moves so that a version 7 build,
  // which would not see measurements held in batches, refuses the document instead.
  { from: 7, name: 'measurements in batches', up: (doc) => doc },
  // Version 9 adds pictures and files on cards (`images`, `attachments`: their bytes are kept
  // apart, by content hash). A version 8 board is a valid version 9 board; an older build refuses
  // a version 9 one instead of dropping them.
  { from: 8, name: 'images and attachments', up: (doc) => doc },
];

export type MigrateResult = { ok: true; doc: Record<string, unknown>; migratedFrom?: number } | { ok: false; errors: BoardIssue[]; newer?: boolean };

const fail = (path: string, code: IssueCode, params?: IssueParams): MigrateResult => ({ ok: false, errors: [issue(path, code, params)] });

/**
 * The one check of a container's own `version` (a board, a backup, any file format): not a
 * positive whole number, or newer than this build knows, is refused with the same message.
 */
export function versionIssue(version: unknown, current: number): (MigrateResult & { ok: false }) | null {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('version', 'badVersion') as MigrateResult & { ok: false };
  if (version <= current) return null;
  return {
    ok: false,
    newer: true,
    errors: [issue('version', 'newerFormat', { version, current })],
  };
}

/**
 * Upgrades a parsed document to the current version, one step at a time.
 * A document from a newer build is refused, never rewritten.
 */
export function migrate(json: unknown, migrations: readonly Migration[] = MIGRATIONS, current = BOARD_VERSION): MigrateResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('(root)', 'notObject');
  const doc = json as Record<string, unknown>;
  if (doc.format !== BOARD_FORMAT) return fail('format', 'notBoard', { format: BOARD_FORMAT });
  const refused = versionIssue(doc.version, current);
  if (refused) return refused;
  const version = doc.version as number;
  let out = doc;
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return fail('version', 'noUpgrade', { version: v });
    out = { ...step.up(out), version: v + 1 };
  }
  return version === current ? { ok: true, doc: out } : { ok: true, doc: out, migratedFrom: version };
}
