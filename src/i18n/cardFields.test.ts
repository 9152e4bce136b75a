import { describe, expect, it } from 'vitest';
import { CARD_FIELDS } from '../model';
import { en } from './en';
import { zhCN } from './zh-CN';

describe('the card field table in words', () => {
  it('has a label, a CSV header and option names in both catalogues', () => {
    for (const catalogue of [en, zhCN] as const) {
      const words = catalogue as unknown as Record<string, Record<string, unknown>>;
      for (const f of CARD_FIELDS) {
        expect(words.inspector![f.key], `inspector.${f.key}`).toEqual(expect.any(String));
        if (f.column) expect(words.csv![f.key], `csv.${f.key}`).toEqual(expect.any(String));
        if (f.kind === 'choice')
          for (const o of f.options) {
            const path = `${f.optionKey}${o}`.split('.');
            const found = path.reduce<unknown>((at, k) => (at as Record<string, unknown> | undefined)?.[k], catalogue);
            expect(found, path.join('.')).toEqual(expect.any(String));
          }
      }
    }
  });
});
