import { describe, expect, it } from 'vitest';
import { GEOMETRY, generateBoard, layout } from '../model';
import { sample } from '../model/test/fixtures';
import { regionSize } from './drawBoard';
import { exportPdf } from './pdf';
import { tile } from './pages';

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

describe('exportPdf', () => {
  const texts = {
    line: { interaction: 'Line of interaction', visibility: 'Line of visibility', internal: 'Line of internal interaction' },
    touchpoint: () => 'Touchpoint', failure: () => 'Failure point', wait: () => 'Wait point',
    average: (p: string, v: string) => `avg ${p} ${v}`, axis: { top: '+2', bottom: '-2' },
    stages: (a: string, b: string) => `${a} - ${b}`, page: (n: number, t: number) => `Page ${n} of ${t}`, exported: () => 'Exported',
    legend: 'Legend',
    markers: { touchpoint: 'Touchpoint', failure: 'Failure point', wait: 'Wait point' }, toBe: 'To-be', details: () => '',
  };
  const options = { paper: 'A4' as const, orientation: 'landscape' as const, mode: 'tile' as const, texts, date: new Date(0) };

  it('makes a PDF and reports progress page by page', async () => {
    const progress: string[] = [];
    const { blob, replaced } = await exportPdf(sample(), { ...options, onProgress: (d, t) => progress.push(`${d}/${t}`) });
    expect(replaced).toEqual([]);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(progress.at(-1)).toMatch(/^(\d+)\/\1$/);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(exportPdf(sample(), { ...options, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
