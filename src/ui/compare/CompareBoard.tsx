import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { GEOMETRY, layout, type Board } from '../../model';
import { drawRegion, regionSize, type ExportTexts, type RegionMarks } from '../../files/draw/drawBoard';
import { canvasPainter } from '../../files/png';
import { INK } from '../../files/draw/ink';

const g = GEOMETRY;
const TOP = g.stageBandHeight + g.stepHeaderHeight;

export interface CompareBoardHandle {
  /** Scrolls to the same place as the other board (the two move together). */
  scrollTo(left: number, top: number): void;
}

/**
 * One scenario drawn as the exports draw it, with its differences marked: only the steps and
 * lanes in view are drawn, on a canvas the size of the view (so a 2 000-card board costs what
 * a screenful does), the lane and step headers staying at the edges while it scrolls.
 */
export const CompareBoard = forwardRef<
  CompareBoardHandle,
  { board: Board; marks: RegionMarks; zoom: number; texts: ExportTexts; label: string; onScroll(left: number, top: number): void }
>(function CompareBoard({ board, marks, zoom, texts, label, onScroll }, ref) {
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef(0);
  const l = layout(board);
  const full = regionSize(l, { stepFrom: 0, stepTo: board.steps.length, laneFrom: 0, laneTo: board.lanes.length });

  const draw = () => {
    const el = scroller.current,
      c = canvas.current;
    if (!el || !c) return;
    const dpr = window.devicePixelRatio || 1;
    const [w, h] = [el.clientWidth, el.clientHeight];
    if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
      c.style.width = `${w}px`;
      c.style.height = `${h}px`;
    }
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = INK.bg;
    ctx.fillRect(0, 0, c.width, c.height);
    if (!board.steps.length || !board.lanes.length) return;
    const [left, top] = [el.scrollLeft / zoom, el.scrollTop / zoom];
    const stepFrom = Math.min(board.steps.length - 1, Math.floor(left / g.stepWidth));
    const stepTo = Math.min(board.steps.length, Math.ceil((left + w / zoom) / g.stepWidth) + 1);
    let laneFrom = l.lanes.findLastIndex((x) => x.y <= TOP + top);
    if (laneFrom < 0) laneFrom = 0;
    let laneTo = l.lanes.findIndex((x) => x.y > TOP + top + h / zoom);
    if (laneTo < 0) laneTo = board.lanes.length;
    const shift = { x: left - stepFrom * g.stepWidth, y: TOP + top - l.lanes[laneFrom]!.y };
    const p = canvasPainter(ctx, zoom * dpr, getComputedStyle(document.body).fontFamily);
    drawRegion(p, board, l, { stepFrom, stepTo, laneFrom, laneTo }, texts, { marks, shift });
  };
  const redraw = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(draw);
  };
  /** Where the other board last put this one: its scroll event is an echo, not to be sent back. */
  const placed = useRef<{ left: number; top: number } | null>(null);
  useImperativeHandle(ref, () => ({
    scrollTo(left, top) {
      const el = scroller.current;
      if (!el || (el.scrollLeft === left && el.scrollTop === top)) return;
      el.scrollLeft = left;
      el.scrollTop = top;
      placed.current = { left: el.scrollLeft, top: el.scrollTop };
    },
  }));
  // Drawn at once when shown (the budget counts it), again on every scroll, resize and zoom.
  useEffect(() => {
    draw();
    const el = scroller.current;
    if (!el) return;
    const resize = new ResizeObserver(redraw);
    resize.observe(el);
    return () => {
      resize.disconnect();
      cancelAnimationFrame(frame.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [board, marks, zoom, texts]);

  return (
    <div className="compare-board">
      <canvas ref={canvas} aria-hidden="true" />
      <div
        ref={scroller}
        className="compare-scroller"
        role="region"
        aria-label={label}
        tabIndex={0}
        onScroll={(e) => {
          redraw();
          const { scrollLeft: left, scrollTop: top } = e.currentTarget;
          // Sending an echo back would pull the other board to where it was a moment ago, mid-scroll.
          const echo = placed.current && placed.current.left === left && placed.current.top === top;
          placed.current = null;
          if (!echo) onScroll(left, top);
        }}
      >
        <div style={{ width: full.width * zoom, height: full.height * zoom }} />
      </div>
    </div>
  );
});
