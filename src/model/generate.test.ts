import { describe, expect, it } from 'vitest';
import { generateBoard } from './generate';
import { validateBoard } from './validate';

describe('generateBoard', () => {
  it('makes valid, deterministic boards of the requested size', () => {
    const a = generateBoard({ cards: 2000, steps: 50 });
    expect(validateBoard(a).ok).toBe(true);
    expect(a.cards).toHaveLength(2000);
    expect(a.connectors.length).toBeGreaterThan(900);
    expect(a.lanes).toHaveLength(8);
    expect(generateBoard({ cards: 2000, steps: 50 })).toEqual(a);
    expect(generateBoard({ cards: 2000, steps: 50, seed: 2 })).not.toEqual(a);
  });
});
