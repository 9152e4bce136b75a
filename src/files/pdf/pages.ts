import { GEOMETRY, layout, type Board, type Layout, type PAPER_SIZES } from '../../model';
import { LEGEND_TEXT, MIN_TEXT, legendHeight, regionSize, type Region } from '../draw/drawBoard';

/**
 * How a board goes onto PDF pages: scale, the region of each page, and whether the legend fits
 * below the board on the last page. Pure and free of jsPDF, so the export dialog can tell the
 * page count before anything is loaded.
 */
export type Paper = (typeof PAPER_SIZES)[number];
export interface PageOptions {
  paper: Paper;
  orientation: 'portrait' | 'landscape';
  mode: 'fit' | 'tile';
}
/** A region of the board placed on a page, `y` points below the title block. */
export interface Placed {
  region: Region;
  y: number;
}
export interface PagePlan {
  pageW: number;
  pageH: number;
  scale: number;
  /** The board's pages, each with one or more regions stacked down the page (tiles packed by the room they need). */
  pages: Placed[][];
  /** The legend's scale: with the board's, never below 7 pt text nor above its own size. */
  legendScale: number;
  legendOnLastPage: boolean;
  /** Pages in all, the legend page included when it has one. */
  total: number;
}

const PAPER_PT: Record<Paper, [number, number]> = { A4: [595.28, 841.89], A3: [841.89, 1190.55], Letter: [612, 792], Tabloid: [792, 1224] };
export const MARGIN = 24;
export const TITLE = 44;
export const LEGEND_GAP = 16;
const MIN_PT = 7;

export function planPages(board: Board, o: PageOptions): PagePlan {
  const [short, long] = PAPER_PT[o.paper];
  const [pageW, pageH] = o.orientation === 'landscape' ? [long, short] : [short, long];
  const l = layout(board);
  const area = { w: pageW - 2 * MARGIN, h: pageH - 2 * MARGIN - TITLE };
  const all: Region = { stepFrom: 0, stepTo: board.steps.length, laneFrom: 0, laneTo: board.lanes.length };
  const full = regionSize(l, all);
  const fitScale = Math.min(area.w / full.width, area.h / full.height, 1.5);
  const legendScale = o.mode === 'fit' ? Math.min(1, Math.max(fitScale, MIN_PT / LEGEND_TEXT)) : 1;
  const legend = legendHeight(board, area.w / legendScale) * legendScale + LEGEND_GAP;
  let scale: number;
  let regions: Region[];
  if (o.mode === 'fit' || !board.steps.length || !board.lanes.length) {
    scale = fitScale;
    // Making room for the legend is worth a slightly smaller board, not a second page.
    const withLegend = Math.min(area.w / full.width, (area.h - legend) / full.height, 1.5);
    if (withLegend >= scale * 0.85) scale = withLegend;
    regions = [all];
  } else {
    scale = Math.max(MIN_PT / MIN_TEXT, Math.min(1, area.h / full.height));
    regions = tile(board, l, area.w / scale, area.h / scale);
  }
  // Tiles go down a page while there is room for the next one: a wide, low board fills its pages.
  const pages: Placed[][] = [];
  let y = Infinity;
  for (const region of regions) {
    const h = regionSize(l, region).height * scale;
    if (y + h > area.h) {
      pages.push([]);
      y = 0;
    }
    pages.at(-1)!.push({ region, y });
    y += h + TILE_GAP;
  }
  const legendOnLastPage = area.h - (y - TILE_GAP) >= legend;
  return { pageW, pageH, scale, pages, legendScale, legendOnLastPage, total: pages.length + (legendOnLastPage ? 0 : 1) };
}

/** Space between two tiles stacked on one page. */
export const TILE_GAP = 18;

/**
 * Steps per tile × lanes per tile, for the space of one page in board units. As few columns of
 * tiles as the width allows, shared out evenly (never a last page with one step), each ending
 * where a stage ends when one is within reach without needing another page.
 */
export function tile(board: Board, l: Layout, width: number, height: number): Region[] {
  const perPage = Math.max(1, Math.floor((width - GEOMETRY.laneHeaderWidth) / GEOMETRY.stepWidth));
  const n = board.steps.length;
  const columns: [number, number][] = [];
  for (let from = 0; from < n;) {
    const pagesLeft = Math.ceil((n - from) / perPage);
    const even = from + Math.ceil((n - from) / pagesLeft);
    const [least, most] = [Math.max(from + 1, n - (pagesLeft - 1) * perPage), Math.min(n, from + perPage)];
    const stageEnds = (k: number) => k >= least && k <= most && k < n && board.steps[k]!.stageId !== board.steps[k - 1]!.stageId;
    let to = even;
    for (let d = 0; d <= perPage; d++) {
      const k = [even - d, even + d].find(stageEnds);
      if (k !== undefined) {
        to = k;
        break;
      }
    }
    columns.push([from, to]);
    from = to;
  }
  const rows: [number, number][] = [];
  const top = GEOMETRY.stageBandHeight + GEOMETRY.stepHeaderHeight;
  for (let from = 0; from < board.lanes.length;) {
    let to = from + 1;
    let h = top + l.lanes[from]!.height;
    while (to < board.lanes.length && h + l.lanes[to]!.height <= height) h += l.lanes[to++]!.height;
    rows.push([from, to]);
    from = to;
  }
  return rows.flatMap(([laneFrom, laneTo]) => columns.map(([stepFrom, stepTo]) => ({ stepFrom, stepTo, laneFrom, laneTo })));
}
