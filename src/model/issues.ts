/**
 * What can be wrong with a document or a file, as codes: lower layers say *what* is wrong and
 * where, the UI words it in the user's language (i18n `issue.<code>`). The English words here
 * are the catalogue's English and the text logs and the server print.
 */
export const ISSUE_TEXT = {
  // A field against the board schema (from zod's issue codes).
  invalidType: 'should be {{expected}}',
  tooBig: 'too large (at most {{maximum}})',
  tooSmall: 'too small (at least {{minimum}})',
  notAllowed: 'not one of the allowed values',
  invalid: 'not valid here',
  // References inside a board.
  duplicateId: 'duplicate id "{{id}}" (first used at {{first}})',
  missingRef: 'refers to a missing {{what}} "{{id}}"',
  missingTarget: 'refers to a missing card or emotion point "{{id}}"',
  missingThread: 'replies to a missing thread "{{id}}"',
  duplicateEmotion: 'a second emotion point for the same persona, step and curve',
  // Whole documents.
  notObject: 'not a board: expected a JSON object',
  notBoard: 'not a Blueprint Studio board: format must be "{{format}}"',
  badVersion: 'the format version must be a positive whole number',
  noUpgrade: 'no upgrade from format version {{version}}',
  newerFormat: 'saved by a newer Blueprint Studio (format version {{version}}); update the app to open it',
  notFound: 'the board is not in this browser',
  versionGone: 'this version no longer exists',
  notConverted: 'the board could not be converted; it is kept as it was',
  unreadable: 'the board could not be read: {{detail}}',
  // Files brought in.
  fileTooLarge: 'too large ({{size}} MB; the limit is {{limit}} MB)',
  notUtf8: 'not a text file (it is not valid UTF-8)',
  binary: 'not a text file (it contains binary data)',
  notJson: 'not valid JSON: {{detail}}',
  backupNoList: 'a backup must hold a list of boards',
  unknownFile: 'not a Blueprint Studio board, backup, bundle, table (CSV, Excel) or Mermaid journey',
  tableEmpty: 'the table holds no rows',
  tableNoColumns: 'neither one row per card (columns such as Step, Lane and Text) nor lanes down and steps across',
  tableNoCards: 'no card, step or lane could be read from it',
  tableTooManyRows: 'more than {{max}} rows: split it first',
  sheetUnreadable: 'the spreadsheet could not be read: {{detail}}',
  cjmlUnreadable: 'not valid CJML (XML): {{detail}}',
  cjmlNewer: 'CJML version {{version}} is newer than this app reads (version 2)',
  cjmlEmpty: 'the CJML file holds no journey with touchpoints',
  cjmlTouchpoint: 'not a touchpoint this app knows ({{name}})',
  notBundle: 'not a Blueprint Studio bundle (zip with pictures): {{detail}}',
  bundleTooLarge: 'the bundle unpacks to more than this app reads at once ({{detail}})',
  blobMismatch: 'a picture or file in the bundle is not what its name says (damaged)',
  mermaidStart: 'a Mermaid journey must start with "journey"',
  mermaidSection: 'a section needs a name',
  mermaidTask: 'not a task ("name: score: actors"): {{line}}',
  mermaidScore: 'the score must be a whole number from 1 to 5, got "{{score}}"',
  mermaidEmpty: 'the journey has no tasks',
};
export type IssueCode = keyof typeof ISSUE_TEXT;

/** The things a reference can point to, named in the user's language (i18n `issue.what.<thing>`). */
export const ISSUE_THINGS = { stage: 'stage', step: 'step', lane: 'lane', card: 'card', persona: 'persona', metric: 'metric' };
export type IssueThing = keyof typeof ISSUE_THINGS;

export type IssueParams = Record<string, string | number>;

/** One problem in a document or file, located by a JSON path such as `cards[3].laneId` (or a line). */
export interface BoardIssue {
  path: string;
  /** Absent only in reports an earlier build stored (their English `message` is shown then). */
  code?: IssueCode;
  params?: IssueParams;
  /** The same in English, for logs, the server and raw reports. */
  message: string;
}

/** `{{name}}` in a text replaced by its value (i18next's syntax, so the catalogue reads the same). */
export const fillIn = (text: string, params: IssueParams = {}): string =>
  text.replace(/\{\{(\w+)\}\}/g, (all, k: string) => String(params[k] ?? all));

export function issue(path: string, code: IssueCode, params?: IssueParams): BoardIssue {
  return { path, code, ...(params && { params }), message: fillIn(ISSUE_TEXT[code], params) };
}
