import { describe, expect, it } from 'vitest';
import { addImages, addMeasurements, addMetric, GEOMETRY, generateBoard, layout, type Metric, type MetricCell } from '../../model';
import { sample } from '../../model/test/fixtures';
import { drawConnectorLabel, drawLegend, drawRegion, edgeCrossings, legendHeight, regionSize } from '../draw/drawBoard';
import { exportPdf } from './pdf';
import { MARGIN, TITLE, planPages, tile } from './pages';

/** A painter that keeps the text drawn and measures 5 units a character, wrapping nothing. */
const recordingPainter = (drawn: string[]) => ({
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
  picture(pic: { hash: string }, x: number, y: number, w: number, h: number) {
    drawn.push(`picture ${pic.hash.slice(0, 4)} ${[x, y, w, h].map((v) => Math.round(v)).join(' ')}`);
  },
  measure: (text: string) => text.length * 5,
  wrap: (text: string) => [text],
});

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
    // As few columns of tiles as the width allows (100 steps at 7 a page: 15), shared out evenly:
    // no column is a near-empty leftover (the defect: a last page with one step).
    const columns = regions.filter((r) => r.laneFrom === 0).map((r) => r.stepTo - r.stepFrom);
    expect(perPage).toBe(7); // (1800 − 176) / 232
    expect(columns).toHaveLength(Math.ceil(100 / perPage));
    expect(Math.max(...columns)).toBeLessThanOrEqual(perPage);
    expect(Math.min(...columns)).toBeGreaterThanOrEqual(perPage / 2);
  });

  it('packs low tiles down the page and scales a one-page legend with the board', () => {
    // A long, low board on portrait A4: several tiles share a page instead of one tile a page.
    const big = generateBoard({ cards: 120, steps: 40, seed: 7 });
    const lanes = big.lanes.slice(0, 2);
    const board = { ...big, lanes, cards: big.cards.filter((c) => lanes.some((l) => l.id === c.laneId)), connectors: [], emotions: [] };
    const plan = planPages(board, { paper: 'A4', orientation: 'portrait', mode: 'tile' });
    const tiles = plan.pages.flat();
    expect(plan.pages.length).toBeLessThan(tiles.length);
    const area = plan.pageH - 2 * MARGIN - TITLE;
    for (const page of plan.pages) {
      const last = page.at(-1)!;
      expect(last.y + regionSize(layout(board), last.region).height * plan.scale).toBeLessThanOrEqual(area + 1e-6);
    }
    // One page of a wide board: the legend shrinks with it (text at least 7 pt), no longer a quarter of the page at full size.
    const wide = generateBoard({ cards: 400, steps: 40, seed: 2 });
    const fit = planPages(wide, { paper: 'A4', orientation: 'landscape', mode: 'fit' });
    expect(fit.legendScale).toBeLessThan(1);
    expect(fit.legendScale * 10).toBeGreaterThanOrEqual(7 - 1e-9);
  });
});

/** The words an export prints, as the English catalogue gives them. */
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
  comments: 'Comments',
  backlog: 'Backlog',
  details: () => '',
  loop: () => undefined,
  metricCell: (cell: MetricCell) =>
    cell.latest ? { value: `${cell.latest.value}`, ...(cell.status && { status: cell.status }) } : { value: 'not measured' },
  target: (m: Metric) => `target ${m.target}`,
  picture: (d: string) => `Picture: ${d}`,
  morePictures: (n: number) => `+${n} pictures`,
};

describe('exportPdf', () => {
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
  it('"Fit to one page" fits the whole width and height of the board on the page, the legend below it', () => {
    for (const paper of ['A4', 'A3', 'Letter'] as const) {
      for (const orientation of ['portrait', 'landscape'] as const) {
        const board = generateBoard({ cards: 200, steps: 12, seed: 1 });
        const plan = planPages(board, { paper, orientation, mode: 'fit' });
        const full = regionSize(layout(board), plan.pages[0]![0]!.region);
        expect(full.width * plan.scale).toBeLessThanOrEqual(plan.pageW - 2 * MARGIN + 1e-6);
        const legend = legendHeight(board, (plan.pageW - 2 * MARGIN) / plan.legendScale) * plan.legendScale;
        expect(full.height * plan.scale + (plan.legendOnLastPage ? legend : 0)).toBeLessThanOrEqual(plan.pageH - 2 * MARGIN - TITLE + 1e-6);
      }
    }
  });

  it('draws a card’s first picture cropped to its place above the text, or its description without it', () => {
    const b = sample();
    const hash = 'ab'.repeat(32);
    const card = b.cards[0]!;
    const board = addImages(b, card.id, [{ hash, type: 'image/png', size: 10, width: 400, height: 100, alt: 'The ticket machine' }]);
    const l = layout(board);
    const rect = l.cards.get(card.id)!;
    const region = { stepFrom: 0, stepTo: board.steps.length, laneFrom: 0, laneTo: board.lanes.length };
    const pic = { hash, width: 400, height: 100, jpeg: new Uint8Array(), bitmap: {} as ImageBitmap };
    const drawn: string[] = [];
    drawRegion(recordingPainter(drawn), board, l, region, texts, { pictures: new Map([[hash, pic]]) });
    // The box is the card's width less 8 and 96 high; a 4:1 picture is scaled to its height (384 wide) and centred.
    const box = { x: rect.x + 4, w: rect.width - 8 };
    expect(drawn).toContain(`picture abab ${Math.round(box.x + (box.w - 384) / 2)} ${Math.round(rect.y + 8)} 384 96`);
    expect(drawn).not.toContain('Picture: The ticket machine');
    const words: string[] = [];
    drawRegion(recordingPainter(words), board, l, region, texts);
    expect(words).toContain('Picture: The ticket machine');
    expect(words.some((w) => w.startsWith('picture '))).toBe(false);
    expect(words).not.toContain('+1 pictures'); // one picture: no count
    // With three, the count of the two not drawn, as on screen.
    const more = addImages(
      board,
      card.id,
      ['cd', 'ef'].map((h) => ({ hash: h.repeat(32), type: 'image/png' as const, size: 1, width: 1, height: 1, alt: '' })),
    );
    const counted: string[] = [];
    drawRegion(recordingPainter(counted), more, layout(more), region, texts, { pictures: new Map([[hash, pic]]) });
    expect(counted).toContain('+2 pictures');
  });

  it('the legend names the board’s own lanes, not their kinds', () => {
    const b = sample();
    const renamed = { ...b, lanes: b.lanes.map((l, i) => (i === 1 ? { ...l, name: 'Guest journey' } : l)) };
    const drawn: string[] = [];
    drawLegend(recordingPainter(drawn), renamed, texts, 0, 0, 800);
    expect(drawn).toContain('Guest journey');
    expect(drawn).not.toContain('customer');
  });
});

describe('metric lanes on paper', () => {
  it('draws each step’s latest value and status, and the target in the lane header', () => {
    let b = addMetric(sample(), { id: 'w', name: 'Waiting time', kind: 'waiting', direction: 'lower', unit: 'min', min: 0, target: 5 });
    const [first, second] = b.steps;
    b = addMeasurements(b, [
      { metricId: 'w', stepId: first!.id, date: '2026-01-01', value: 9 },
      { metricId: 'w', stepId: first!.id, date: '2026-01-02', value: 4 },
      { metricId: 'w', stepId: second!.id, date: '2026-01-02', value: 12 },
    ]);
    const drawn: string[] = [];
    const lines: number[] = [];
    const painter = { ...recordingPainter(drawn), polyline: (points: readonly unknown[]) => void lines.push(points.length) };
    drawRegion(painter, b, layout(b), { stepFrom: 0, stepTo: b.steps.length, laneFrom: 0, laneTo: b.lanes.length }, texts);
    expect(drawn).toEqual(expect.arrayContaining(['4', 'met', '12', 'missed', 'not measured', 'target 5', 'Waiting time']));
    expect(lines).toContain(2); // the first step's two days: a trend line
  });
});

describe('connectors on paper', () => {
  const painter = () => recordingPainter([]);
  it('puts a label where it covers no card: not on the short segment beside the target card', () => {
    // A route right along y = 100, then down to a card whose box starts at y = 120.
    const route = [
      { x: 0, y: 100 },
      { x: 300, y: 100 },
      { x: 300, y: 160 },
    ];
    const target = { x: 250, y: 120, w: 200, h: 80 };
    const box = drawConnectorLabel(painter(), route, 'Sample sent to lab', [target]);
    const overlaps = box.x < target.x + target.w && target.x < box.x + box.w && box.y < target.y + target.h && target.y < box.y + box.h;
    expect(overlaps).toBe(false);
  });
  it('marks where a route leaves the page, inside the page', () => {
    const route = [
      { x: 100, y: 50 },
      { x: 900, y: 50 },
    ];
    expect(edgeCrossings(route, { x0: 0, x1: 500, y0: 0, y1: 400 })).toEqual([{ x: 492, y: 50 }]);
    expect(edgeCrossings(route, { x0: 0, x1: 1000, y0: 0, y1: 400 })).toEqual([]);
  });
});
