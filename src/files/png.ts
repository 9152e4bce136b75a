import { layout, type Board } from '../model';
import { drawLegend, drawRegion, legendHeight, regionSize, type ExportTexts, type Region } from './draw/drawBoard';
import type { PaintPicture, Painter, TextStyle } from './draw/painter';
import { INK } from './draw/ink';

/** Chromium's limits: 16 384 px a side and about 268 million pixels. */
const MAX_SIDE = 16_384;
const MAX_AREA = 268_000_000;

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  scaledDown: boolean;
}

/** Height of the title band above a whole-board image. */
const TITLE_BAND = 56;
const SIDE = 16;

/**
 * A PNG drawn from the model like the PDF: the current view (a region) as it is, or the whole
 * board with its title above and the legend below, for slides. 1× or 2×, scaled down (and
 * said so) where the browser cannot draw that large.
 */
export async function exportPng(
  board: Board,
  options: { scale: 1 | 2; region?: Region; texts: ExportTexts; fontFamily: string; date?: Date; pictures?: ReadonlyMap<string, PaintPicture> },
): Promise<PngResult> {
  const l = layout(board);
  const whole = !options.region;
  const region = options.region ?? { stepFrom: 0, stepTo: board.steps.length, laneFrom: 0, laneTo: board.lanes.length };
  const drawing = regionSize(l, region);
  const legend = whole ? legendHeight(board, drawing.width) : 0;
  const size = whole ? { width: drawing.width + 2 * SIDE, height: TITLE_BAND + drawing.height + SIDE + legend + SIDE } : drawing;
  let scale: number = options.scale;
  const fit = Math.min(
    1,
    MAX_SIDE / (size.width * scale),
    MAX_SIDE / (size.height * scale),
    Math.sqrt(MAX_AREA / (size.width * size.height * scale * scale)),
  );
  const scaledDown = fit < 1;
  scale *= fit;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(size.width * scale));
  canvas.height = Math.max(1, Math.round(size.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw imageError('no 2D canvas');
  ctx.fillStyle = INK.surface;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const p = canvasPainter(ctx, scale, options.fontFamily);
  const extra = { pictures: options.pictures };
  if (whole) {
    p.text(board.title, SIDE, 34, { size: 22, bold: true, color: INK.fg });
    p.text(options.texts.exported(options.date ?? new Date()), size.width - SIDE, 34, { size: 12, color: INK.fgSoft, align: 'right' });
    p.within({ x: 0, y: 0, w: size.width, h: size.height }, SIDE, TITLE_BAND, () => drawRegion(p, board, l, region, options.texts, extra));
    p.within({ x: 0, y: 0, w: size.width, h: size.height }, SIDE, TITLE_BAND + drawing.height + SIDE, () =>
      drawLegend(p, board, options.texts, 0, 0, drawing.width),
    );
  } else drawRegion(p, board, l, region, options.texts, extra);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw imageError('the PNG could not be encoded');
  return { blob, width: canvas.width, height: canvas.height, scaledDown };
}

/** A painter on a 2D canvas at scale `s` (board units to device pixels). */
export function canvasPainter(ctx: CanvasRenderingContext2D, s: number, family: string): Painter {
  let dx = 0,
    dy = 0;
  const X = (x: number) => (x + dx) * s,
    Y = (y: number) => (y + dy) * s;
  const font = (size: number, bold?: boolean) => `${bold ? '600 ' : ''}${size * s}px ${family}`;
  const strokeStyle = (st: { color: string; width: number; dash?: number[] }) => {
    ctx.strokeStyle = st.color;
    ctx.lineWidth = st.width * s;
    ctx.setLineDash((st.dash ?? []).map((d) => d * s));
  };
  return {
    rect(x, y, w, h, st) {
      ctx.beginPath();
      if (st.radius) ctx.roundRect(X(x), Y(y), w * s, h * s, st.radius * s);
      else ctx.rect(X(x), Y(y), w * s, h * s);
      if (st.fill) {
        ctx.fillStyle = st.fill;
        ctx.fill();
      }
      if (st.stroke) {
        ctx.setLineDash([]);
        ctx.strokeStyle = st.stroke;
        ctx.lineWidth = (st.lineWidth ?? 1) * s;
        ctx.stroke();
      }
    },
    picture(pic, x, y, w, h) {
      ctx.drawImage(pic.bitmap, X(x), Y(y), w * s, h * s);
    },
    polyline(points, st) {
      if (points.length < 2) return;
      strokeStyle(st);
      ctx.beginPath();
      ctx.moveTo(X(points[0]!.x), Y(points[0]!.y));
      for (const p of points.slice(1)) ctx.lineTo(X(p.x), Y(p.y));
      ctx.stroke();
    },
    curve(from, segments, st) {
      strokeStyle(st);
      ctx.beginPath();
      ctx.moveTo(X(from.x), Y(from.y));
      for (const [a, b, c] of segments) ctx.bezierCurveTo(X(a.x), Y(a.y), X(b.x), Y(b.y), X(c.x), Y(c.y));
      ctx.stroke();
    },
    text(text, x, y, st: TextStyle) {
      ctx.font = font(st.size, st.bold);
      ctx.fillStyle = st.color ?? INK.fg;
      ctx.textAlign = st.align ?? 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(text, X(x), Y(y));
    },
    triangle(a, b, c, fill) {
      ctx.beginPath();
      ctx.moveTo(X(a.x), Y(a.y));
      ctx.lineTo(X(b.x), Y(b.y));
      ctx.lineTo(X(c.x), Y(c.y));
      ctx.closePath();
      ctx.fillStyle = fill;
      ctx.fill();
    },
    measure(text, size, bold) {
      ctx.font = font(size, bold);
      return ctx.measureText(text).width / s;
    },
    wrap(text, width, size) {
      ctx.font = font(size);
      const max = width * s;
      return text.split('\n').flatMap((para) => {
        const lines: string[] = [];
        let line = '';
        // Break between words, or between characters for scripts without spaces (CJK).
        for (const token of para.match(/[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]|\S+\s*|\s+/g) ?? ['']) {
          if (line && ctx.measureText(line + token).width > max) {
            lines.push(line.trimEnd());
            line = token.trimStart();
          } else line += token;
        }
        lines.push(line.trimEnd());
        return lines;
      });
    },
    within(clip, ddx, ddy, draw) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(X(clip.x), Y(clip.y), clip.w * s, clip.h * s);
      ctx.clip();
      const [odx, ody] = [dx, dy];
      dx += ddx;
      dy += ddy;
      draw();
      [dx, dy] = [odx, ody];
      ctx.restore();
    },
  };
}

/** This browser cannot make the image: named so the UI says so in the user's language (failure `image`). */
function imageError(detail: string): Error {
  return Object.assign(new Error(detail), { name: 'ImageError' });
}
