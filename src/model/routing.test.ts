import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateBoard } from './generate';
import { layout, type Rect } from './layout';
import { routeConnector, type Point } from './routing';

/** Does the segment a→b (axis-parallel) pass through the inside of r? */
function crosses(a: Point, b: Point, r: Rect): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x2 > r.x + 0.5 && x1 < r.x + r.width - 0.5 && y2 > r.y + 0.5 && y1 < r.y + r.height - 0.5;
}

describe('connector routing', () => {
  it('never runs under a card, and is orthogonal from the edge of one card to the edge of the other', () => {
    const board = generateBoard({ cards: 400, steps: 12, seed: 7 });
    const l = layout(board);
    const ids = board.cards.map((c) => c.id);
    fc.assert(
      fc.property(fc.nat(ids.length - 1), fc.nat(ids.length - 1), fc.integer({ min: -2, max: 2 }), (i, j, lane) => {
        if (i === j) return;
        const points = routeConnector(l, ids[i]!, ids[j]!, lane)!;
        expect(points.length).toBeGreaterThanOrEqual(2);
        for (let k = 1; k < points.length; k++) {
          const [a, b] = [points[k - 1]!, points[k]!];
          expect(a.x === b.x || a.y === b.y).toBe(true);
          const hit = [...l.cards].find(([, rect]) => crosses(a, b, rect));
          if (hit) throw new Error(`segment ${k} of ${ids[i]} → ${ids[j]} crosses card ${hit[0]}`);
        }
        const from = l.cards.get(ids[i]!)!,
          to = l.cards.get(ids[j]!)!;
        expect([from.x, from.x + from.width]).toContain(points[0]!.x);
        expect([to.x, to.x + to.width]).toContain(points.at(-1)!.x);
      }),
      { numRuns: 1000 },
    );
  });
});
