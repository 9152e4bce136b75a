import { jsPDF } from 'jspdf';
import { layout, type Board } from '../../model';
import { drawLegend, drawRegion, regionSize, type ExportTexts, type Region } from '../draw/drawBoard';
import { LEGEND_GAP, MARGIN, TITLE, planPages, type PageOptions } from './pages';
import type { PaintPicture, Painter, TextStyle } from '../draw/painter';
import { flowAnalysis, type AnalysisPdf } from '../draw/drawAnalysis';
import { INK } from '../draw/ink';

export interface PdfOptions extends PageOptions {
  texts: PdfTexts;
  date: Date;
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /** Appends the analysis (tables and the priorities chart) after the board. */
  analysis?: AnalysisPdf;
  /** Cards' pictures by hash (see drawRegion); without, each picture is given by its description. */
  pictures?: ReadonlyMap<string, PaintPicture>;
}

/** Words of the title block. */
export interface PdfTexts extends ExportTexts {
  stages(first: string, last: string): string;
  page(n: number, total: number): string;
  /** The subtitle of the analysis pages. */
  analysis: string;
  /** The subtitle of the comments appendix's pages. */
  comments: string;
  /** The subtitle of the backlog appendix's pages. */
  backlog: string;
}

export interface PdfResult {
  blob: Blob;
  /** Characters the embedded fonts cannot draw, shown as □ in the PDF (the caller warns). */
  replaced: string[];
}

/**
 * A vector PDF drawn from the model and layout (not a screenshot): sharp and selectable text,
 * small files. "tile" keeps all text at 7 pt or more, splitting wide boards by step columns
 * (breaking at stage boundaries where it can) and tall ones by lanes, headers repeated on each page.
 */
export async function exportPdf(board: Board, options: PdfOptions): Promise<PdfResult> {
  const plan = planPages(board, options);
  const { pageW, pageH, scale, pages } = plan;
  const doc = new jsPDF({ unit: 'pt', format: [pageW, pageH], orientation: options.orientation, compress: true });
  const font = needsCjk(board, options) ? await loadCjkFont(doc) : null;
  const glyphs = glyphFilter(doc, font);
  const l = layout(board);
  const contentW = pageW - 2 * MARGIN,
    contentH = pageH - 2 * MARGIN - TITLE;
  const painter = (s: number, x: number, y: number) => pdfPainter(doc, font, glyphs, s, x, y);
  // A dry run (measuring, drawing nothing) tells how many pages the analysis takes.
  const analysisPages = options.analysis ? flowAnalysis(options.analysis, contentW, contentH, () => measuringOnly(painter(1, 0, 0))) : 0;
  const total = plan.total + analysisPages;
  // The legend is drawn at the plan's legend scale, below the board on its last page when it fits there.
  const ls = plan.legendScale;
  const legendAt = (y: number) => drawLegend(painter(ls, MARGIN, y), board, options.texts, 0, 0, contentW / ls);
  const subtitle = (r: Region) => {
    const stageName = (i: number) => board.stages.find((s) => s.id === board.steps[i]?.stageId)?.name ?? '';
    return board.steps.length ? options.texts.stages(stageName(r.stepFrom), stageName(r.stepTo - 1)) : options.texts.legend;
  };
  for (let i = 0; i < pages.length; i++) {
    if (options.signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
    if (i > 0) doc.addPage([pageW, pageH], options.orientation);
    const placed = pages[i]!;
    const span = { ...placed[0]!.region, stepTo: placed.at(-1)!.region.stepTo };
    titleBlock(doc, font, glyphs, board, subtitle(span), i + 1, total, pageW, options);
    for (const { region, y } of placed)
      drawRegion(painter(scale, MARGIN, MARGIN + TITLE + y), board, l, region, options.texts, { pictures: options.pictures });
    const last = placed.at(-1)!;
    if (i === pages.length - 1 && plan.legendOnLastPage) legendAt(MARGIN + TITLE + last.y + regionSize(l, last.region).height * scale + LEGEND_GAP);
    options.onProgress?.(i + 1, total);
    await new Promise((resolve) => setTimeout(resolve)); // keep the page responsive and cancellable
  }
  if (!plan.legendOnLastPage) {
    doc.addPage([pageW, pageH], options.orientation);
    titleBlock(doc, font, glyphs, board, options.texts.legend, plan.total, total, pageW, options);
    legendAt(MARGIN + TITLE + 4);
  }
  if (options.analysis) {
    flowAnalysis(options.analysis, contentW, contentH, (i, section) => {
      doc.addPage([pageW, pageH], options.orientation);
      const subtitle = section === 'comments' ? options.texts.comments : section === 'backlog' ? options.texts.backlog : options.texts.analysis;
      titleBlock(doc, font, glyphs, board, subtitle, plan.total + i + 1, total, pageW, options);
      return painter(1, MARGIN, MARGIN + TITLE);
    });
  }
  options.onProgress?.(total, total);
  doc.setProperties({ title: board.title, creator: 'Blueprint Studio' });
  return { blob: doc.output('blob'), replaced: [...glyphs.replaced] };
}

export function titleBlock(
  doc: jsPDF,
  font: string | null,
  glyphs: GlyphFilter,
  board: Board,
  subtitle: string,
  n: number,
  total: number,
  pageW: number,
  o: PdfOptions,
) {
  setFont(doc, font, 'bold');
  doc
    .setFontSize(14)
    .setTextColor(INK.fg)
    .text(glyphs.clean(board.title) || ' ', MARGIN, MARGIN + 14);
  setFont(doc, font, 'normal');
  doc.setFontSize(9).setTextColor(INK.fgSoft);
  doc.text(glyphs.clean(subtitle), MARGIN, MARGIN + 30);
  doc.text(glyphs.clean(o.texts.exported(o.date)), pageW - MARGIN, MARGIN + 14, { align: 'right' });
  doc.text(glyphs.clean(o.texts.page(n, total)), pageW - MARGIN, MARGIN + 30, { align: 'right' });
  doc
    .setDrawColor(INK.line)
    .setLineWidth(0.5)
    .line(MARGIN, MARGIN + TITLE - 6, pageW - MARGIN, MARGIN + TITLE - 6);
}

export interface GlyphFilter {
  clean(text: string): string;
  replaced: Set<string>;
}

/**
 * Characters the PDF's fonts cannot draw (emoji, say) would silently vanish: they are replaced
 * by a visible □ instead, and collected so the export dialog can say which.
 */
export function glyphFilter(doc: jsPDF, font: string | null): GlyphFilter {
  const replaced = new Set<string>();
  if (!font) return { clean: (text) => text, replaced }; // only Latin-1 text, which the standard fonts draw
  const internal = (
    doc as unknown as { internal: { getFont(name: string, style: string): { metadata: { cmap: { unicode: { codeMap: Record<number, number> } } } } } }
  ).internal;
  const codeMap = internal.getFont(font, 'normal').metadata.cmap.unicode.codeMap;
  // jsPDF maps one UTF-16 unit to a glyph, so characters beyond the BMP (most emoji) cannot be drawn at all.
  const drawable = (ch: string) => ch.length === 1 && (/\s/.test(ch) || !!codeMap[ch.charCodeAt(0)]);
  const invisible = new Set(['\u200d', '\ufe0e', '\ufe0f']); // a joiner and emoji presentation selectors: nothing to draw
  const mark = drawable('□') ? '□' : '?';
  const clean = (text: string) => {
    let out = '';
    for (const ch of text) {
      if (drawable(ch)) out += ch;
      else if (!invisible.has(ch)) {
        replaced.add(ch);
        out += mark;
      }
    }
    return out;
  };
  return { clean, replaced };
}

export function pdfPainter(doc: jsPDF, font: string | null, glyphs: GlyphFilter, s: number, ox: number, oy: number): Painter {
  let dx = 0,
    dy = 0;
  const X = (x: number) => ox + (x + dx) * s,
    Y = (y: number) => oy + (y + dy) * s;
  const stroke = (style: { color: string; width: number; dash?: number[] }) => {
    doc
      .setDrawColor(style.color)
      .setLineWidth(style.width * s)
      .setLineDashPattern(
        (style.dash ?? []).map((d) => d * s),
        0,
      );
  };
  return {
    rect(x, y, w, h, st) {
      if (st.fill) doc.setFillColor(st.fill);
      if (st.stroke)
        doc
          .setDrawColor(st.stroke)
          .setLineWidth((st.lineWidth ?? 1) * s)
          .setLineDashPattern([], 0);
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
      doc.setFontSize(style.size * s).setTextColor(style.color ?? INK.fg);
      doc.text(glyphs.clean(text), X(x), Y(y), { align: style.align ?? 'left', baseline: 'alphabetic' });
    },
    picture(pic, x, y, w, h) {
      // Named by its hash: a picture on many cards (or pages) is in the file once.
      doc.addImage(pic.jpeg, 'JPEG', X(x), Y(y), w * s, h * s, pic.hash, 'NONE');
    },
    triangle(a, b, c, fill) {
      doc.setFillColor(fill).triangle(X(a.x), Y(a.y), X(b.x), Y(b.y), X(c.x), Y(c.y), 'F');
    },
    measure(text, size, bold) {
      setFont(doc, font, bold ? 'bold' : 'normal');
      doc.setFontSize(size * s);
      return doc.getTextWidth(glyphs.clean(text)) / s;
    },
    wrap(text, width, size) {
      setFont(doc, font, 'normal');
      doc.setFontSize(size * s);
      return text.split('\n').flatMap((para) => (para ? (doc.splitTextToSize(glyphs.clean(para), width * s) as string[]) : ['']));
    },
    within(clip, ddx, ddy, draw) {
      doc.saveGraphicsState();
      doc.rect(X(clip.x), Y(clip.y), clip.w * s, clip.h * s, null);
      doc.clip();
      doc.discardPath();
      const [odx, ody] = [dx, dy];
      dx += ddx;
      dy += ddy;
      draw();
      [dx, dy] = [odx, ody];
      doc.restoreGraphicsState();
    },
  };
}

/** A painter that measures and wraps like `p` but draws nothing (for dry runs). */
export function measuringOnly(p: Painter): Painter {
  const none = () => {};
  return { ...p, rect: none, polyline: none, curve: none, triangle: none, text: none, picture: none, within: (_c, _x, _y, draw) => draw() };
}

function setFont(doc: jsPDF, font: string | null, weight: 'normal' | 'bold') {
  doc.setFont(font ?? 'helvetica', weight);
}

/**
 * jsPDF's standard fonts cover Latin-1 and the few typographic marks of WinAnsi (dashes, quotes,
 * ellipsis); anything else (Chinese above all, but also → and −) needs the embedded font.
 */
export function needsCjk(board: Board, o: PdfOptions): boolean {
  const sample =
    JSON.stringify(board) +
    JSON.stringify(o.analysis?.sections ?? '') +
    JSON.stringify(o.analysis?.chart ?? '') +
    o.texts.analysis +
    o.texts.page(1, 1) +
    o.texts.exported(o.date) +
    o.texts.legend +
    o.texts.toBe +
    Object.values(o.texts.markers).join('') +
    Object.values(o.texts.line).join('');
  // eslint-disable-next-line no-control-regex -- the whole Latin-1 range, control characters included
  return /[^\u0000-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/.test(sample);
}

const fontFiles = {
  normal: () => import('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url'),
  bold: () => import('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url'),
};
const fontData: Partial<Record<keyof typeof fontFiles, Promise<string>>> = {};

/** Noto Sans SC regular and bold, fetched on first use and kept for later exports; jsPDF embeds only the glyphs used. */
export async function loadCjkFont(doc: jsPDF): Promise<string> {
  for (const weight of ['normal', 'bold'] as const) {
    const data = (fontData[weight] ??= fontFiles[weight]()
      .then((m) => fetch(m.default))
      .then((r) => {
        if (!r.ok) throw new Error(`font download failed (${r.status})`);
        return r.arrayBuffer();
      })
      .then(toBase64)
      .catch((e: unknown) => {
        delete fontData[weight];
        // Offline before the font was ever used: it is not cached yet (the service worker keeps it after one use).
        const error = new Error(`the Chinese font could not be loaded: ${(e as Error).message}`);
        error.name = 'FontUnavailableError';
        throw error;
      }));
    doc.addFileToVFS(`NotoSansSC-${weight}.ttf`, await data);
    doc.addFont(`NotoSansSC-${weight}.ttf`, 'NotoSansSC', weight);
  }
  return 'NotoSansSC';
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
