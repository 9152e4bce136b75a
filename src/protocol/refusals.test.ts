import { describe, expect, it } from 'vitest';
import { REFUSALS, refusalOf, type RefusalKey } from './refusals';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';

describe('the server’s refusals', () => {
  it('are told apart by their words, and each has words in both languages', () => {
    const keys = Object.keys(REFUSALS) as RefusalKey[];
    expect(new Set(keys.map((k) => REFUSALS[k].reason)).size).toBe(keys.length);
    for (const key of keys) {
      expect(refusalOf(REFUSALS[key].reason)).toBe(key);
      expect(en.share.serverSaid[key]).toMatch(/\S/);
      expect(zhCN.share.serverSaid[key]).toMatch(/\S/);
    }
    expect(refusalOf('Something another server says')).toBeNull();
  });
});
