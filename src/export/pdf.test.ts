import { describe, expect, it } from 'vitest';
import { GEOMETRY, generateBoard, layout } from '../model';
import { regionSize } from './drawBoard';
import { tile } from './pdf';

describe('PDF tiling', () => {
  it('covers every step and lane exactly once, each tile fitting the page', () => {
    const board = generateBoard({ cards: 800, steps: 100, seed: 100 });
    const l = layout(board);
    const [width, height] = [1800, 1200];
    const regions = tile(board, l, width, height);
    const cells = new Set<string>();
    for (const r of regions) {
      const size = regionSize(l, r);
      expect(size.width).toBeLessThanOrEqual(width);
      if (r.laneTo - r.laneFrom > 1) expect(size.height).toBeLessThanOrEqual(height);
      for (let s = r.stepFrom; s < r.stepTo; s++) for (let n = r.laneFrom; n < r.laneTo; n++) {
        expect(cells.has(`${s}/${n}`)).toBe(false);
        cells.add(`${s}/${n}`);
      }
    }
    expect(cells.size).toBe(100 * 8);
    const perPage = Math.floor((width - GEOMETRY.laneHeaderWidth) / GEOMETRY.stepWidth);
    // Pages are filled (a stage boundary may end one early, keeping it at least 75 % full).
    const widths = [...new Set(regions.map((r) => r.stepTo - r.stepFrom))];
    expect(Math.min(...widths.slice(0, -1))).toBeGreaterThanOrEqual(Math.ceil(perPage * 0.75));
  });
});
