import { GEOMETRY, layout, type Board, type Layout, type PAPER_SIZES } from '../../model';
import { MIN_TEXT, legendHeight, regionSize, type Region } from '../draw/drawBoard';

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
export interface PagePlan {
  pageW: number;
  pageH: number;
  scale: number;
  regions: Region[];
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
  const legend = legendHeight(board, area.w) + LEGEND_GAP;
  let scale: number;
  let regions: Region[];
  if (o.mode === 'fit' || !board.steps.length || !board.lanes.length) {
    scale = Math.min(area.w / full.width, area.h / full.height, 1.5);
    // Making room for the legend is worth a slightly smaller board, not a second page.
    const withLegend = Math.min(area.w / full.width, (area.h - legend) / full.height, 1.5);
    if (withLegend >= scale * 0.85) scale = withLegend;
    regions = [all];
  } else {
    scale = Math.max(MIN_PT / MIN_TEXT, Math.min(1, area.h / full.height));
    regions = tile(board, l, area.w / scale, area.h / scale);
  }
  const legendOnLastPage = area.h - regionSize(l, regions.at(-1)!).height * scale >= legend;
  return { pageW, pageH, scale, regions, legendOnLastPage, total: regions.length + (legendOnLastPage ? 0 : 1) };
}

/** Steps per page (preferring stage boundaries) × lanes per page, for the space of one page in board units. */
export function tile(board: Board, l: Layout, width: number, height: number): Region[] {
  const perPage = Math.max(1, Math.floor((width - GEOMETRY.laneHeaderWidth) / GEOMETRY.stepWidth));
  const columns: [number, number][] = [];
  for (let from = 0; from < board.steps.length;) {
    let to = Math.min(board.steps.length, from + perPage);
    if (to < board.steps.length) {
      // End the page where a stage ends, if that keeps it at least 75 % full.
      for (let k = to; k > from + Math.ceil(perPage * 0.75) - 1; k--) {
        if (board.steps[k]!.stageId !== board.steps[k - 1]!.stageId) {
          to = k;
          break;
        }
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
