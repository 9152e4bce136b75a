/**
 * Why an operation failed, as a code the UI words in the user's language (i18n
 * `failure.<code>`), with the browser's own text as a detail for those who need it.
 */
export type FailureCode = 'quota' | 'storageUnavailable' | 'newerDatabase' | 'network' | 'invalidBoard' | 'image' | 'unexpected';

export interface Failure {
  code: FailureCode;
  /** The underlying error's own words (the browser's, usually English): shown after the explanation. */
  detail: string;
}

/** A write that would store a board the app cannot read again (see `readBoard`). */
const INVALID_BOARD = 'InvalidBoardError';

/** Dexie and IndexedDB error names (also on an `inner` error Dexie wraps) → what they mean for the user. */
const BY_NAME: Record<string, FailureCode> = {
  QuotaExceededError: 'quota',
  VersionError: 'newerDatabase',
  UpgradeError: 'newerDatabase',
  OpenFailedError: 'storageUnavailable',
  DatabaseClosedError: 'storageUnavailable',
  MissingAPIError: 'storageUnavailable',
  InvalidStateError: 'storageUnavailable',
  UnknownError: 'storageUnavailable',
  NetworkError: 'network',
  [INVALID_BOARD]: 'invalidBoard',
  ImageError: 'image',
};

export function failureOf(error: unknown): Failure {
  const detail = errorMessage(error);
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 3; e = (e as { inner?: unknown }).inner, depth++) {
    const code = BY_NAME[String((e as { name?: unknown }).name)];
    if (code) return { code, detail };
  }
  // fetch() rejects with a bare TypeError when the server cannot be reached.
  if (error instanceof TypeError && /fetch|network/i.test(detail)) return { code: 'network', detail };
  return { code: 'unexpected', detail };
}

/** Readable text of an Error or DOMException (which is not always an Error instance). */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object') {
    const { message, name } = error as { message?: unknown; name?: unknown };
    if (typeof message === 'string' && message) return message;
    if (typeof name === 'string') return name;
  }
  return String(error);
}
