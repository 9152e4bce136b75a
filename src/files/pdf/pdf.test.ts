import { describe, expect, it } from 'vitest';
import { GEOMETRY, generateBoard, layout } from '../../model';
import { sample } from '../../model/test/fixtures';
import { drawLegend, legendHeight, regionSize } from '../draw/drawBoard';
import { exportPdf } from './pdf';
import { MARGIN, TITLE, planPages, tile } from './pages';

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
      for (let s = r.stepFrom; s < r.stepTo; s++)
        for (let n = r.laneFrom; n < r.laneTo; n++) {
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
    touchpoint: () => 'Touchpoint',
    failure: () => 'Failure point',
    wait: () => 'Wait point',
    average: (p: string, v: string) => `avg ${p} ${v}`,
    axis: { top: '+2', bottom: '-2' },
    stages: (a: string, b: string) => `${a} - ${b}`,
    page: (n: number, t: number) => `Page ${n} of ${t}`,
    exported: () => 'Exported',
    legend: 'Legend',
    markers: { touchpoint: 'Touchpoint', failure: 'Failure point', wait: 'Wait point' },
    toBe: 'To-be',
    evidence: { assumed: 'Assumed', proposed: 'Proposed' },
    analysis: 'Analysis',
    details: () => '',
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

describe('page plan and legend', () => {
  const texts = {
    line: { interaction: 'Line of interaction', visibility: 'Line of visibility', internal: 'Line of internal interaction' },
    touchpoint: () => 'T',
    failure: () => 'F',
    wait: () => 'W',
    average: () => '',
    axis: { top: '+2', bottom: '-2' },
    exported: () => '',
    legend: 'Legend',
    markers: { touchpoint: 'Touchpoint', failure: 'Failure point', wait: 'Wait point' },
    toBe: 'To-be',
    evidence: { assumed: 'Assumed', proposed: 'Proposed' },
    analysis: 'Analysis',
    details: () => '',
  };
  it('"Fit to one page" fits the whole width and height of the board on the page, the legend below it', () => {
    for (const paper of ['A4', 'A3', 'Letter'] as const) {
      for (const orientation of ['portrait', 'landscape'] as const) {
        const board = generateBoard({ cards: 200, steps: 12, seed: 1 });
        const plan = planPages(board, { paper, orientation, mode: 'fit' });
        const full = regionSize(layout(board), plan.regions[0]!);
        expect(full.width * plan.scale).toBeLessThanOrEqual(plan.pageW - 2 * MARGIN + 1e-6);
        expect(full.height * plan.scale + (plan.legendOnLastPage ? legendHeight(board, plan.pageW - 2 * MARGIN) : 0)).toBeLessThanOrEqual(
          plan.pageH - 2 * MARGIN - TITLE + 1e-6,
        );
      }
    }
  });

  it('the legend names the board’s own lanes, not their kinds', () => {
    const b = sample();
    const renamed = { ...b, lanes: b.lanes.map((l, i) => (i === 1 ? { ...l, name: 'Guest journey' } : l)) };
    const drawn: string[] = [];
    const painter = {
      rect() {},
      polyline() {},
      curve() {},
      triangle() {},
      within(_c: unknown, _x: number, _y: number, draw: () => void) {
        draw();
      },
      text(text: string) {
        drawn.push(text);
      },
      measure: (text: string) => text.length * 5,
      wrap: (text: string) => [text],
    };
    drawLegend(painter, renamed, texts, 0, 0, 800);
    expect(drawn).toContain('Guest journey');
    expect(drawn).not.toContain('customer');
  });
});
