import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { failureOf } from './failure';

describe('failureOf', () => {
  it('names what a storage or network error means, keeping the browser’s words', () => {
    expect(failureOf(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toEqual({
      code: 'quota',
      detail: 'The quota has been exceeded.',
    });
    expect(failureOf(new DOMException('Version change blocked', 'VersionError')).code).toBe('newerDatabase');
    expect(failureOf(new TypeError('Failed to fetch'))).toEqual({ code: 'network', detail: 'Failed to fetch' });
  });

  it('looks inside the error Dexie wraps around the browser’s', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(failureOf(wrapped).code).toBe('quota');
    expect(failureOf(new Dexie.DatabaseClosedError('closed')).code).toBe('storageUnavailable');
  });

  it('leaves anything else as unexpected, with its own words', () => {
    expect(failureOf(new RangeError('bad index'))).toEqual({ code: 'unexpected', detail: 'bad index' });
    expect(failureOf('plain text')).toEqual({ code: 'unexpected', detail: 'plain text' });
    expect(failureOf(new TypeError('x is not a function')).code).toBe('unexpected');
  });
});
