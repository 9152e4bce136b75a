import { describe, expect, it } from 'vitest';
import { CARD_FIELDS, type FieldValue } from './cardFields';
import { cardSchema, type Card } from './card';

const card: Card = {
  id: 'c',
  laneId: 'l',
  stepId: 's',
  order: 0,
  text: 'Orders',
  touchpoint: { channel: 'web' },
  failure: { severity: 2 },
  wait: {},
};

/** A value each kind of field can hold, other than the card's. */
const sample = (f: (typeof CARD_FIELDS)[number]): FieldValue => {
  switch (f.kind) {
    case 'text':
      return 'Front desk';
    case 'number':
      return 15;
    case 'level':
      return f.levels;
    case 'choice':
      return f.options.at(-1);
    case 'tags':
      return ['vip', 'lunch'];
    case 'color':
      return '#fef9c3';
  }
};

describe('the card field table', () => {
  it('gives every field a unique key, and a CSV column at most once', () => {
    expect(new Set(CARD_FIELDS.map((f) => f.key)).size).toBe(CARD_FIELDS.length);
    const columns = CARD_FIELDS.flatMap((f) => (f.column ? [f.column] : []));
    expect(new Set(columns).size).toBe(columns.length);
  });

  for (const field of CARD_FIELDS)
    it(`sets, reads back and clears "${field.key}", leaving a valid card`, () => {
      const value = sample(field);
      const set = { ...card, ...field.patch(card, value) };
      expect(field.get(set)).toEqual(value);
      expect(cardSchema.safeParse(set).success).toBe(true);
      if (!field.required && field.key !== 'text') {
        const cleared = { ...set, ...field.patch(set, undefined) };
        expect([undefined, '']).toContain(field.get(cleared));
        expect(cardSchema.safeParse(JSON.parse(JSON.stringify(cleared))).success).toBe(true);
      }
    });

  it('refuses values outside a field’s range instead of storing them', () => {
    const byKey = (k: string) => CARD_FIELDS.find((f) => f.key === k)!;
    expect(byKey('duration').patch(card, -5)).toEqual({ durationMinutes: 0 });
    expect(byKey('servqual').patch(card, 'speed')).toEqual({ servqual: undefined });
    expect(byKey('tags').patch(card, [' a', 'a ', '', 'b'])).toEqual({ tags: ['a', 'b'] });
    expect(byKey('importance').patch({ ...card, touchpoint: undefined }, 3)).toEqual({}); // no touchpoint, no rating
  });
});
