import { jsPDF } from 'jspdf';
import { GEOMETRY, LANE_COLORS, layout, type Board, type LaneKind, type Layout, type PAPER_SIZES } from '../model';
import { MIN_TEXT, drawRegion, regionSize, type ExportTexts, type Region } from './drawBoard';
import type { Painter, TextStyle } from './painter';

export type Paper = (typeof PAPER_SIZES)[number];
export interface PdfOptions {
  paper: Paper;
  orientation: 'portrait' | 'landscape';
  mode: 'fit' | 'tile';
  texts: PdfTexts;
  date: Date;
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

/** Words of the title block and legend. */
export interface PdfTexts extends ExportTexts {
  stages(first: string, last: string): string;
  page(n: number, total: number): string;
  exported(date: Date): string;
  legend: string;
  laneKind: Record<LaneKind, string>;
  markers: { touchpoint: string; failure: string; wait: string };
  toBe: string;
}

const PAPER_PT: Record<Paper, [number, number]> = { A4: [595.28, 841.89], A3: [841.89, 1190.55], Letter: [612, 792], Tabloid: [792, 1224] };
const MARGIN = 24;
const TITLE = 44;
const MIN_PT = 7;

/**
 * A vector PDF drawn from the model and layout (not a screenshot): sharp and selectable text,
 * small files. "tile" keeps all text at 7 pt or more, splitting wide boards by step columns
 * (breaking at stage boundaries where it can) and tall ones by lanes, headers repeated on each page.
 */
export async function exportPdf(board: Board, options: PdfOptions): Promise<Blob> {
  const [short, long] = PAPER_PT[options.paper];
  const [pageW, pageH] = options.orientation === 'landscape' ? [long, short] : [short, long];
  const doc = new jsPDF({ unit: 'pt', format: [pageW, pageH], orientation: options.orientation, compress: true });
  const font = needsCjk(board, options) ? await loadCjkFont(doc) : null;
  const l = layout(board);
  const area = { w: pageW - 2 * MARGIN, h: pageH - 2 * MARGIN - TITLE };
  const all: Region = { stepFrom: 0, stepTo: board.steps.length, laneFrom: 0, laneTo: board.lanes.length };
  const full = regionSize(l, all);

  let scale: number;
  let regions: Region[];
  if (options.mode === 'fit' || !board.steps.length || !board.lanes.length) {
    scale = Math.min(area.w / full.width, area.h / full.height, 1.5);
    regions = [all];
  } else {
    scale = Math.max(MIN_PT / MIN_TEXT, Math.min(1, area.h / full.height));
    regions = tile(board, l, area.w / scale, area.h / scale);
  }

  const total = regions.length + 1; // + legend page
  for (let i = 0; i < regions.length; i++) {
    if (options.signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
    if (i > 0) doc.addPage([pageW, pageH], options.orientation);
    const r = regions[i]!;
    titleBlock(doc, font, board, r, i + 1, total, pageW, options);
    drawRegion(pdfPainter(doc, font, scale, MARGIN, MARGIN + TITLE), board, l, r, options.texts);
    options.onProgress?.(i + 1, total);
    await new Promise((resolve) => setTimeout(resolve)); // keep the page responsive and cancellable
  }
  doc.addPage([pageW, pageH], options.orientation);
  titleBlock(doc, font, board, null, total, total, pageW, options);
  legendPage(doc, font, board, options.texts, MARGIN, MARGIN + TITLE + 10);
  options.onProgress?.(total, total);
  doc.setProperties({ title: board.title, creator: 'Blueprint Studio' });
  return doc.output('blob');
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
        if (board.steps[k]!.stageId !== board.steps[k - 1]!.stageId) { to = k; break; }
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

function titleBlock(doc: jsPDF, font: string | null, board: Board, r: Region | null, n: number, total: number, pageW: number, o: PdfOptions) {
  const stageName = (i: number) => board.stages.find((s) => s.id === board.steps[i]?.stageId)?.name ?? '';
  setFont(doc, font, 'bold');
  doc.setFontSize(14).setTextColor('#0f172a').text(board.title || ' ', MARGIN, MARGIN + 14);
  setFont(doc, font, 'normal');
  doc.setFontSize(9).setTextColor('#334155');
  if (r && board.steps.length) doc.text(o.texts.stages(stageName(r.stepFrom), stageName(r.stepTo - 1)), MARGIN, MARGIN + 30);
  else doc.text(o.texts.legend, MARGIN, MARGIN + 30);
  doc.text(o.texts.exported(o.date), pageW - MARGIN, MARGIN + 14, { align: 'right' });
  doc.text(o.texts.page(n, total), pageW - MARGIN, MARGIN + 30, { align: 'right' });
  doc.setDrawColor('#94a3b8').setLineWidth(0.5).line(MARGIN, MARGIN + TITLE - 6, pageW - MARGIN, MARGIN + TITLE - 6);
}

function legendPage(doc: jsPDF, font: string | null, board: Board, t: PdfTexts, x: number, y: number) {
  setFont(doc, font, 'normal');
  doc.setFontSize(10).setTextColor('#0f172a');
  let row = y;
  const item = (draw: () => void, label: string) => {
    draw();
    doc.setTextColor('#0f172a').text(label, x + 40, row + 9);
    row += 18;
  };
  for (const kind of [...new Set(board.lanes.map((l) => l.kind))]) {
    item(() => doc.setFillColor(LANE_COLORS[kind]).setDrawColor('#94a3b8').rect(x, row, 28, 12, 'FD'), t.laneKind[kind]);
  }
  const dash = { interaction: [] as number[], visibility: [10, 6], internal: [2, 4] };
  for (const kind of ['interaction', 'visibility', 'internal'] as const) {
    item(() => { doc.setDrawColor('#334155').setLineWidth(1.5).setLineDashPattern(dash[kind], 0).line(x, row + 6, x + 28, row + 6); doc.setLineDashPattern([], 0); }, t.line[kind]);
  }
  const badge = (fill: string, color: string, letter: string) => () => {
    doc.setFillColor(fill).roundedRect(x, row, 28, 13, 3, 3, 'F');
    doc.setTextColor(color).text(letter, x + 14, row + 10, { align: 'center' });
  };
  item(badge('#dbeafe', '#1e3a8a', 'T'), t.markers.touchpoint);
  item(badge('#fee2e2', '#991b1b', 'F'), t.markers.failure);
  item(badge('#fef3c7', '#92400e', 'W'), t.markers.wait);
  for (const p of board.personas) item(() => { doc.setDrawColor(p.color).setLineWidth(2.5).line(x, row + 6, x + 28, row + 6); }, p.name);
  if (board.personas.length) item(() => { doc.setDrawColor('#334155').setLineWidth(2).setLineDashPattern([6, 4], 0).line(x, row + 6, x + 28, row + 6); doc.setLineDashPattern([], 0); }, t.toBe);
}

function pdfPainter(doc: jsPDF, font: string | null, s: number, ox: number, oy: number): Painter {
  let dx = 0, dy = 0;
  const X = (x: number) => ox + (x + dx) * s, Y = (y: number) => oy + (y + dy) * s;
  const stroke = (style: { color: string; width: number; dash?: number[] }) => {
    doc.setDrawColor(style.color).setLineWidth(style.width * s).setLineDashPattern((style.dash ?? []).map((d) => d * s), 0);
  };
  return {
    rect(x, y, w, h, st) {
      if (st.fill) doc.setFillColor(st.fill);
      if (st.stroke) doc.setDrawColor(st.stroke).setLineWidth((st.lineWidth ?? 1) * s).setLineDashPattern([], 0);
      const mode = st.fill && st.stroke ? 'FD' : st.fill ? 'F' : 'S';
      if (st.radius) doc.roundedRect(X(x), Y(y), w * s, h * s, st.radius * s, st.radius * s, mode);
      else doc.rect(X(x), Y(y), w * s, h * s, mode);
    },
    polyline(points, style) {
      if (points.length < 2) return;
      stroke(style);
      doc.moveTo(X(points[0]!.x), Y(points[0]!.y));
      for (const p of points.slice(1)) doc.lineTo(X(p.x), Y(p.y));
      doc.stroke();
      doc.setLineDashPattern([], 0);
    },
    curve(from, segments, style) {
      stroke(style);
      doc.moveTo(X(from.x), Y(from.y));
      for (const [a, b, c] of segments) doc.curveTo(X(a.x), Y(a.y), X(b.x), Y(b.y), X(c.x), Y(c.y));
      doc.stroke();
      doc.setLineDashPattern([], 0);
    },
    text(text, x, y, style: TextStyle) {
      setFont(doc, font, style.bold ? 'bold' : 'normal');
      doc.setFontSize(style.size * s).setTextColor(style.color ?? '#0f172a');
      doc.text(text, X(x), Y(y), { align: style.align ?? 'left', baseline: 'alphabetic' });
    },
    measure(text, size, bold) {
      setFont(doc, font, bold ? 'bold' : 'normal');
      doc.setFontSize(size * s);
      return doc.getTextWidth(text) / s;
    },
    wrap(text, width, size) {
      setFont(doc, font, 'normal');
      doc.setFontSize(size * s);
      return text.split('\n').flatMap((para) => (para ? (doc.splitTextToSize(para, width * s) as string[]) : ['']));
    },
    within(clip, ddx, ddy, draw) {
      doc.saveGraphicsState();
      doc.rect(X(clip.x), Y(clip.y), clip.w * s, clip.h * s, null);
      doc.clip();
      doc.discardPath();
      const [odx, ody] = [dx, dy];
      dx += ddx; dy += ddy;
      draw();
      [dx, dy] = [odx, ody];
      doc.restoreGraphicsState();
    },
  };
}

function setFont(doc: jsPDF, font: string | null, weight: 'normal' | 'bold') {
  if (font) doc.setFont(font, 'normal');
  else doc.setFont('helvetica', weight);
}

/** jsPDF's standard fonts cover Latin-1 only; anything else (Chinese above all) needs the embedded font. */
function needsCjk(board: Board, o: PdfOptions): boolean {
  const sample = JSON.stringify(board) + o.texts.page(1, 1) + o.texts.exported(o.date) + o.texts.legend + Object.values(o.texts.laneKind).join('') + Object.values(o.texts.line).join('');
  // eslint-disable-next-line no-control-regex -- the whole Latin-1 range, control characters included
  return /[^\u0000-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2192\u2212]/.test(sample);
}

let fontData: Promise<string> | null = null;

/** Noto Sans SC, fetched on first use and kept for later exports; jsPDF embeds only the glyphs used. */
async function loadCjkFont(doc: jsPDF): Promise<string> {
  fontData ??= import('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url')
    .then((m) => fetch(m.default))
    .then((r) => {
      if (!r.ok) throw new Error(`font download failed (${r.status})`);
      return r.arrayBuffer();
    })
    .then(toBase64)
    .catch((e: unknown) => {
      fontData = null;
      throw e;
    });
  doc.addFileToVFS('NotoSansSC.ttf', await fontData);
  doc.addFont('NotoSansSC.ttf', 'NotoSansSC', 'normal');
  return 'NotoSansSC';
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
