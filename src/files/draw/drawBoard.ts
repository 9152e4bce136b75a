import {
  GEOMETRY,
  LANE_COLORS,
  LINE_DASH,
  connectorRoute,
  shownCurves,
  shownPersonas,
  curveOf,
  curveRuns,
  emotionCurve,
  monotoneSegments,
  formatScore,
  stageEmotionAverages,
  type Board,
  type Card,
  type Connector,
  type Layout,
  type LineKind,
  type Point,
  type DiffMarks,
  type MarkKind,
  laneMetric,
  metricCell,
  trendPoints,
  type Metric,
  type MetricCell,
} from '../../model';
import type { PaintPicture, Painter } from './painter';
import { INK, STATUS_INK } from './ink';

/** Words the drawing needs, from the catalogue of the language exported in. */
export interface ExportTexts {
  line: Record<LineKind, string>;
  touchpoint(card: Card): string;
  failure(card: Card): string;
  wait(card: Card): string;
  /** The loop badge's words (priority, solution status, insight source), when the card has one. */
  loop(card: Card): string | undefined;
  /** A persona's average emotion in a stage, e.g. "avg Guest +0.5". */
  average(persona: string, value: string): string;
  /** Labels of the emotion scale's ends. */
  axis: { top: string; bottom: string };
  legend: string;
  markers: { touchpoint: string; failure: string; wait: string };
  toBe: string;
  /** Legend entries of the evidence marks. */
  evidence: { assumed: string; proposed: string };
  exported(date: Date): string;
  /** A card's details line (owner, duration, ratings) for boards that show it. */
  details(card: Card): string;
  /** A metric lane's cell in words ("6 min" and "× target missed"), and a metric's target ("target ≤ 5 min"). */
  metricCell(cell: MetricCell, metric: Metric): { value: string; status?: string };
  target(metric: Metric): string;
  /** A picture drawn as words, where the export leaves pictures out ("Picture: the ticket machine"). */
  picture(description: string): string;
  /** How many more pictures a card has than the one drawn ("+2 pictures"). */
  morePictures(count: number): string;
}

export interface Region {
  stepFrom: number;
  stepTo: number;
  laneFrom: number;
  laneTo: number;
}

const g = GEOMETRY;
const TOP = g.stageBandHeight + g.stepHeaderHeight;
/** Smallest text drawn, in board units: exports choose a scale that keeps it at 7 pt or more. */
export const MIN_TEXT = 11;
/** The legend's text size in its own units. */
export const LEGEND_TEXT = 10;
const CARD_TEXT = 14;

/** Width and height of a region as drawn (lane header column and step header rows included). */
export function regionSize(l: Layout, r: Region) {
  const steps = l.steps.slice(r.stepFrom, r.stepTo),
    lanes = l.lanes.slice(r.laneFrom, r.laneTo);
  const width = g.laneHeaderWidth + steps.length * g.stepWidth;
  const height = TOP + lanes.reduce((h, x) => h + x.height, 0);
  return { width, height };
}

/** Differences to mark on a scenario (Compare): outlined and named, never by colour alone. */
export interface RegionMarks extends DiffMarks {
  words: Record<MarkKind, string>;
}

/**
 * Draws a block of steps × lanes with the lane headers and the stage/step headers repeated
 * beside and above it, so every tile of a multi-page export reads on its own. `shift` moves the
 * content and the step headers left and up (a view scrolled part-way into its first step and
 * lane), the lane headers staying put.
 */
export function drawRegion(
  p: Painter,
  board: Board,
  l: Layout,
  r: Region,
  t: ExportTexts,
  extra: { marks?: RegionMarks; shift?: Point; pictures?: ReadonlyMap<string, PaintPicture> } = {},
) {
  const { marks, shift = { x: 0, y: 0 }, pictures } = extra;
  const steps = l.steps.slice(r.stepFrom, r.stepTo),
    lanes = l.lanes.slice(r.laneFrom, r.laneTo);
  if (!steps.length || !lanes.length) return;
  const x0 = steps[0]!.x,
    y0 = lanes[0]!.y;
  const { width, height } = regionSize(l, r);
  const x1 = x0 + width - g.laneHeaderWidth,
    y1 = y0 + height - TOP;
  // Draw only what falls in this region: a tile page must not carry the whole board.
  const inX = (a: number, b: number) => b >= x0 && a <= x1;
  const inY = (a: number, b: number) => b >= y0 && a <= y1;
  const inside = (rect: { x: number; y: number; width: number; height: number }) =>
    inX(rect.x, rect.x + rect.width) && inY(rect.y, rect.y + rect.height);
  const dx = g.laneHeaderWidth - x0 - shift.x,
    dy = TOP - y0 - shift.y;
  const content = { x: g.laneHeaderWidth, y: TOP, w: width - g.laneHeaderWidth, h: height - TOP };

  p.within(content, dx, dy, () => {
    board.lanes.forEach((lane, i) => {
      const rect = l.lanes[i]!;
      if (inY(rect.y, rect.y + rect.height))
        p.rect(x0, rect.y, x1 - x0, rect.height, { fill: LANE_COLORS[lane.kind], stroke: INK.border, lineWidth: 0.5 });
    });
    for (const s of steps)
      p.polyline(
        [
          { x: s.x, y: y0 },
          { x: s.x, y: y1 },
        ],
        { color: INK.border, width: 0.5 },
      );
    for (const s of l.stages.filter((st) => inX(st.x, st.x)))
      p.polyline(
        [
          { x: s.x, y: y0 },
          { x: s.x, y: y1 },
        ],
        { color: INK.lane, width: 1.2 },
      );
    for (const line of l.lines.filter((x) => inY(x.y, x.y))) {
      p.polyline(
        [
          { x: x0, y: line.y },
          { x: x1, y: line.y },
        ],
        { color: INK.fgSoft, width: 1.5, dash: LINE_DASH[line.kind] },
      );
      for (const s of steps.filter((_, i) => i % 4 === 0)) p.text(t.line[line.kind], s.x + 6, line.y - 3, { size: MIN_TEXT, color: INK.fgStrong });
    }
    const routes = board.connectors.flatMap((c) => {
      const points = connectorRoute(l, c);
      if (!points) return [];
      const xs = points.map((pt) => pt.x),
        ys = points.map((pt) => pt.y);
      return inX(Math.min(...xs), Math.max(...xs)) && inY(Math.min(...ys), Math.max(...ys)) ? [{ c, points }] : [];
    });
    for (const { c, points } of routes) drawConnector(p, points, c);
    for (const card of board.cards) {
      const rect = l.cards.get(card.id);
      if (rect && inside(rect)) drawCard(p, card, rect, t, board.settings?.density === 'detailed', pictures);
    }
    if (marks)
      for (const [id, kind] of marks.cards) {
        const rect = l.cards.get(id);
        if (rect && inside(rect)) drawMark(p, rect.x, rect.y, rect.width, rect.height, kind, marks.words[kind]);
      }
    // Labels above the cards, as on screen, each where it covers no card text and no other label.
    const taken: Box[] = [...l.cards.values()].filter(inside).map((rc) => ({ x: rc.x, y: rc.y, w: rc.width, h: rc.height }));
    for (const { c, points } of routes) if (c.label) taken.push(drawConnectorLabel(p, points, c.label, taken));
    // A connector that leaves the page is marked where it crosses the edge: it goes on elsewhere.
    for (const { points } of routes) for (const at of edgeCrossings(points, { x0, x1, y0, y1 })) drawContinuation(p, at);
    drawEmotions(p, board, l, { x0, x1, y0, y1 }, t);
    drawMetrics(p, board, l, steps, t);
  });

  p.within({ x: content.x, y: 0, w: content.w, h: TOP }, dx, 0, () => {
    for (const s of l.stages.filter((st) => inX(st.x, st.x + st.width))) {
      const stage = board.stages.find((x) => x.id === s.id);
      p.rect(s.x, 0, s.width, g.stageBandHeight, { fill: stage?.color ?? INK.lineFaint, stroke: INK.border, lineWidth: 0.5 });
      // The stage name at the start of the part of it on this page.
      const start = Math.max(s.x, x0);
      if (start < s.x + s.width) p.text(stage?.name ?? '', start + 8, 21, { size: 13, bold: true, color: INK.fgStrong });
    }
    steps.forEach((s, i) => {
      p.rect(s.x, g.stageBandHeight, s.width, g.stepHeaderHeight, { fill: INK.surface, stroke: INK.border, lineWidth: 0.5 });
      const step = board.steps[r.stepFrom + i]!;
      wrapped(p, step.name, s.x + 8, g.stageBandHeight + 18, s.width - 16, 13, 2, { bold: true });
      const mark = marks?.steps.get(step.id);
      if (mark) drawMark(p, s.x + 2, g.stageBandHeight + 2, s.width - 4, g.stepHeaderHeight - 4, mark, marks!.words[mark]);
    });
    for (const s of l.stages.filter((st) => inX(st.x, st.x + st.width))) {
      const mark = marks?.stages.get(s.id);
      if (mark) drawMark(p, Math.max(s.x, x0) + 2, 2, Math.min(s.width, x1 - Math.max(s.x, x0)) - 4, g.stageBandHeight - 4, mark, marks!.words[mark]);
    }
  });

  p.within({ x: 0, y: content.y, w: g.laneHeaderWidth, h: content.h }, 0, dy, () => {
    lanes.forEach((rect, i) => {
      const lane = board.lanes[r.laneFrom + i]!;
      const mark = marks?.lanes.get(lane.id);
      p.rect(0, rect.y, g.laneHeaderWidth, rect.height, { fill: LANE_COLORS[lane.kind], stroke: INK.line, lineWidth: 0.5 });
      wrapped(p, lane.name, 10, rect.y + 20, g.laneHeaderWidth - 20, 14, 4, { bold: true });
      const metric = laneMetric(board.metrics, lane);
      if (metric) p.text(t.target(metric), 10, rect.y + rect.height - 10, { size: MIN_TEXT, bold: true, color: INK.fgSoft });
      if (lane.kind === 'emotion') {
        p.text(t.axis.top, g.laneHeaderWidth - 8, rect.y + 36, { size: MIN_TEXT, align: 'right', color: INK.fgSoft });
        p.text(t.axis.bottom, g.laneHeaderWidth - 8, rect.y + rect.height - 14, { size: MIN_TEXT, align: 'right', color: INK.fgSoft });
      }
      if (mark) drawMark(p, 2, rect.y + 2, g.laneHeaderWidth - 4, rect.height - 4, mark, marks!.words[mark]);
    });
  });
}

/**
 * The lines of `text` wrapped to `width`, at most `maxLines` of them: text that does not fit
 * ends in "…" as on screen (the full text is in the CSV and JSON exports).
 */
export function fitLines(p: Painter, text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const lines = p.wrap(text, width, size);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  let last = kept[kept.length - 1]!;
  while (last && p.measure(`${last}…`, size, bold) > width) last = [...last].slice(0, -1).join('');
  kept[kept.length - 1] = `${last.trimEnd()}…`;
  return kept;
}

function wrapped(
  p: Painter,
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  maxLines: number,
  style: { bold?: boolean; color?: string } = {},
) {
  fitLines(p, text, width, size, maxLines, style.bold).forEach((line, i) => p.text(line, x, y + i * size * 1.25, { size, ...style }));
}

/** A connector as on screen: its own route and an arrowhead at the card it points to. */
function drawConnector(p: Painter, points: readonly Point[], c: Connector) {
  p.polyline(points, { color: INK.fgMuted, width: 1.2, dash: c.kind === 'dependency' ? [5, 4] : undefined });
  const [tail, tip] = [points.at(-2)!, points.at(-1)!];
  const len = Math.hypot(tip.x - tail.x, tip.y - tail.y) || 1;
  const [ux, uy] = [(tip.x - tail.x) / len, (tip.y - tail.y) / len];
  const back = { x: tip.x - ux * 9, y: tip.y - uy * 9 };
  p.triangle(tip, { x: back.x - uy * 4.5, y: back.y + ux * 4.5 }, { x: back.x + uy * 4.5, y: back.y - ux * 4.5 }, INK.fgMuted);
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/**
 * A connector's label on a white ground, as React Flow draws edge labels: on the spot along its
 * route (a quarter, half or three quarters of each segment) that covers the least of the cards and
 * labels in `taken` (none, where the route allows), so it never hides a card's text. Returns its box.
 */
export function drawConnectorLabel(p: Painter, points: readonly Point[], text: string, taken: readonly Box[]): Box {
  const label = fitLines(p, text, g.stepWidth - 24, MIN_TEXT, 1)[0]!;
  const w = p.measure(label, MIN_TEXT) + 8,
    h = 15;
  let best: { box: Box; cost: number } | null = null;
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    for (const f of [0.5, 0.25, 0.75]) {
      const box = { x: a.x + (b.x - a.x) * f - w / 2, y: a.y + (b.y - a.y) * f - 8, w, h };
      const cost = taken.reduce((sum, o) => sum + overlap(box, o), 0);
      if (!best || cost < best.cost) best = { box, cost };
    }
  }
  const { box } = best!;
  p.rect(box.x, box.y, w, h, { fill: INK.surface, stroke: INK.border, radius: 3, lineWidth: 0.5 });
  p.text(label, box.x + w / 2, box.y + 11.5, { size: MIN_TEXT, color: INK.fgStrong, align: 'center' });
  return box;
}

/** Where a route crosses the edge of the drawn region (each crossing once). */
export function edgeCrossings(points: readonly Point[], r: { x0: number; x1: number; y0: number; y1: number }): Point[] {
  const inside = (pt: Point) => pt.x >= r.x0 && pt.x <= r.x1 && pt.y >= r.y0 && pt.y <= r.y1;
  const out: Point[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (inside(a) === inside(b)) continue;
    const to = inside(a) ? b : a;
    // Axis-aligned segments (connectors are routed orthogonally): clamp the outside end to the edge.
    // (inset, so the whole mark shows on this page).
    const inset = 8;
    out.push({ x: Math.min(r.x1 - inset, Math.max(r.x0 + inset, to.x)), y: Math.min(r.y1 - inset, Math.max(r.y0 + inset, to.y)) });
  }
  return out;
}

/** A mark where a connector runs off the page: a filled dot with an outward chevron. */
function drawContinuation(p: Painter, at: Point) {
  p.rect(at.x - 4, at.y - 4, 8, 8, { fill: INK.fgMuted, radius: 4 });
  p.rect(at.x - 7, at.y - 7, 14, 14, { stroke: INK.fgMuted, radius: 7, lineWidth: 0.8 });
}

/** A card with its text (smaller type when it would not fit, then cut with "…", never spilling out) and its marker badges. */
/** A card's picture cropped to its place as on screen; without its bytes (left out, or not on this device), its description. */
function drawPicture(p: Painter, alt: string, pic: PaintPicture | undefined, box: { x: number; y: number; w: number; h: number }, t: ExportTexts) {
  if (!pic) {
    p.rect(box.x, box.y, box.w, box.h, { fill: INK.surfaceMuted, radius: 4 });
    fitLines(p, t.picture(alt), box.w - 12, MIN_TEXT, Math.floor((box.h - 8) / (MIN_TEXT * 1.25))).forEach((line, i) =>
      p.text(line, box.x + 6, box.y + 6 + MIN_TEXT * (0.9 + i * 1.25), { size: MIN_TEXT, color: INK.fgMuted }),
    );
    return;
  }
  const scale = Math.max(box.w / pic.width, box.h / pic.height);
  const w = pic.width * scale,
    h = pic.height * scale;
  p.within(box, 0, 0, () => p.picture(pic, box.x + (box.w - w) / 2, box.y + (box.h - h) / 2, w, h));
}

function drawCard(
  p: Painter,
  card: Card,
  r: { x: number; y: number; width: number; height: number },
  t: ExportTexts,
  detailed: boolean,
  pictures?: ReadonlyMap<string, PaintPicture>,
) {
  if (card.evidence === 'assumed') {
    p.rect(r.x, r.y, r.width, r.height, { fill: card.color ?? INK.surface, radius: 6 });
    dashedBox(p, r.x, r.y, r.width, r.height);
  } else p.rect(r.x, r.y, r.width, r.height, { fill: card.color ?? INK.surface, stroke: INK.line, radius: 6, lineWidth: 0.8 });
  if (card.evidence === 'proposed') diamond(p, r.x + r.width - 10, r.y + 8);
  const badges = [
    card.touchpoint && { text: t.touchpoint(card), fill: INK.infoSoft, color: INK.info },
    card.failure && { text: t.failure(card), fill: INK.dangerSoft, color: INK.dangerFg },
    card.wait && { text: t.wait(card), fill: INK.warnSoft, color: INK.warnFg },
    t.loop(card) && { text: t.loop(card)!, fill: INK.commentSoft, color: INK.comment },
  ].filter((b): b is { text: string; fill: string; color: string } => !!b);
  const details = detailed ? t.details(card) : '';
  const first = card.images?.[0];
  const picture = first ? g.thumbHeight : 0;
  if (first) {
    const box = { x: r.x + 4, y: r.y + 8, w: r.width - 8, h: g.thumbHeight };
    drawPicture(p, first.alt, pictures?.get(first.hash), box, t);
    // As on screen: how many more, in a chip at the picture's lower right.
    const more = card.images!.length - 1;
    if (more > 0) {
      const label = t.morePictures(more);
      const w = p.measure(label, MIN_TEXT) + 12;
      p.rect(box.x + box.w - w - 4, box.y + box.h - 20, w, 16, { fill: INK.surface, stroke: INK.line, radius: 8, lineWidth: 0.6 });
      p.text(label, box.x + box.w - w + 2, box.y + box.h - 8, { size: MIN_TEXT, color: INK.fg });
    }
  }
  const room = r.height - 2 * g.cardPaddingY + 4 - picture - badges.length * g.badgeRowHeight - (details ? g.cardLineHeight : 0);
  const width = r.width - 20;
  let size = CARD_TEXT;
  while (p.wrap(card.text, width, size).length * size * 1.25 > room && size > MIN_TEXT) size -= 1;
  const lines = fitLines(p, card.text, width, size, Math.max(1, Math.floor(room / (size * 1.25))));
  lines.forEach((line, i) => p.text(line, r.x + 10, r.y + g.cardPaddingY + picture + size * (0.9 + i * 1.25), { size, color: INK.fg }));
  const top = r.y + r.height - badges.length * g.badgeRowHeight + 2;
  if (details) p.text(fitLines(p, details, width, MIN_TEXT, 1)[0]!, r.x + 10, top - 6, { size: MIN_TEXT, color: INK.fgMuted });
  badges.forEach((b, i) => {
    const label = fitLines(p, b.text, r.width - 24, MIN_TEXT, 1, true)[0]!;
    const w = Math.min(r.width - 16, p.measure(label, MIN_TEXT, true) + 8);
    const by = top + i * g.badgeRowHeight;
    p.rect(r.x + 8, by, w, 16, { fill: b.fill, radius: 3 });
    p.text(label, r.x + 12, by + 12, { size: MIN_TEXT, color: b.color, bold: true });
  });
}

const MARK_INK: Record<MarkKind, string> = { added: INK.ok, removed: INK.danger, moved: INK.blue, changed: INK.warnFg };

/** A difference: a thick outline (dashed for what is gone) with its name on a tab at the top right. */
function drawMark(p: Painter, x: number, y: number, w: number, h: number, kind: MarkKind, word: string) {
  const color = MARK_INK[kind];
  const outline = [
    { x, y },
    { x: x + w, y },
    { x: x + w, y: y + h },
    { x, y: y + h },
    { x, y },
  ];
  p.polyline(outline, { color, width: 2.5, dash: kind === 'removed' ? [6, 4] : undefined });
  const tw = p.measure(word, MIN_TEXT, true) + 8;
  p.rect(x + w - tw, y - 8, tw, 15, { fill: color, radius: 3 });
  p.text(word, x + w - tw / 2, y + 3, { size: MIN_TEXT, bold: true, color: INK.surface, align: 'center' });
}

/** An assumption's outline, dashed as on screen. */
function dashedBox(p: Painter, x: number, y: number, w: number, h: number) {
  p.polyline(
    [
      { x, y },
      { x: x + w, y },
      { x: x + w, y: y + h },
      { x, y: y + h },
      { x, y },
    ],
    { color: INK.fgSoft, width: 0.9, dash: [4, 3] },
  );
}

/** A proposed change's mark: a small diamond (drawn, so every font can show it). */
function diamond(p: Painter, cx: number, cy: number) {
  const d = 4.5;
  p.triangle({ x: cx - d, y: cy }, { x: cx, y: cy - d }, { x: cx + d, y: cy }, INK.proposed);
  p.triangle({ x: cx - d, y: cy }, { x: cx, y: cy + d }, { x: cx + d, y: cy }, INK.proposed);
}

/** Metric lanes: per step of the region its latest value and status (in words, then colour) and the trend, as on screen. */
function drawMetrics(p: Painter, board: Board, l: Layout, steps: Layout['steps'], t: ExportTexts) {
  board.lanes.forEach((lane, i) => {
    const metric = lane.collapsed ? undefined : laneMetric(board.metrics, lane);
    if (!metric) return;
    const rect = l.lanes[i]!;
    for (const s of steps) {
      const cell = metricCell(board, metric, s.id);
      const [x, y, w, h] = [s.x + 6, rect.y + 6, s.width - 12, rect.height - 12];
      const ink = cell.status ? STATUS_INK[cell.status] : { fill: INK.surface, stroke: INK.border, text: INK.fgMuted };
      p.rect(x, y, w, h, { fill: ink.fill, stroke: ink.stroke, radius: 6, lineWidth: 0.75 });
      const { value, status } = t.metricCell(cell, metric);
      if (!cell.latest) {
        p.text(value, x + 8, y + 18, { size: MIN_TEXT, color: INK.fgMuted });
        continue;
      }
      p.text(value, x + 8, y + 22, { size: 17, bold: true, color: INK.fg });
      if (status) p.text(status, x + 8, y + 38, { size: MIN_TEXT, bold: true, color: ink.text });
      if (cell.trend.length > 1) {
        const box = { x: x + 8, y: y + 44, width: Math.min(96, w - 16), height: Math.min(22, h - 50) };
        if (box.height > 6) p.polyline(trendPoints(cell.trend, box), { color: ink.text, width: 1.2 });
      }
    }
  });
}

/** Emotion curves (dashed for to-be), points, notes and stage averages in every emotion lane. */
function drawEmotions(p: Painter, board: Board, l: Layout, box: { x0: number; x1: number; y0: number; y1: number }, t: ExportTexts) {
  const averages = stageEmotionAverages(board);
  for (const lane of board.lanes.filter((x) => x.kind === 'emotion' && !x.collapsed)) {
    const rect = l.lanes.find((r) => r.id === lane.id)!;
    if (rect.y > box.y1 || rect.y + rect.height < box.y0) continue;
    p.polyline(
      [
        { x: box.x0, y: rect.y + rect.height / 2 },
        { x: box.x1, y: rect.y + rect.height / 2 },
      ],
      { color: INK.line, width: 0.5, dash: [2, 4] },
    );
    for (const s of l.stages.filter((st) => st.x + st.width >= box.x0 && st.x <= box.x1)) {
      // One row per persona, cut to the stage's width: side by side they ran into the next stage.
      shownPersonas(board.personas)
        .map((pe) => ({ pe, avg: averages.get(s.id)?.get(pe.id) }))
        .filter((a) => typeof a.avg === 'number')
        .forEach(({ pe, avg }, i) => {
          const text = fitLines(p, t.average(pe.name, formatScore(avg!)), s.width - 12, MIN_TEXT, 1, true)[0]!;
          p.text(text, s.x + 6, rect.y + 14 + i * 13, { size: MIN_TEXT, bold: true, color: pe.color });
        });
    }
    for (const persona of shownPersonas(board.personas)) {
      for (const curve of shownCurves(board, persona)) {
        if (!board.emotions.some((e) => e.personaId === persona.id && curveOf(e) === curve)) continue;
        const points = emotionCurve(board, l, lane.id, persona.id, curve);
        const style = { color: persona.color, width: 2.5, dash: curve === 'to-be' ? [8, 6] : undefined };
        for (const run of curveRuns(points)) {
          if (run.length === 1)
            p.polyline(
              [
                { x: run[0]!.x - 6, y: run[0]!.y },
                { x: run[0]!.x + 6, y: run[0]!.y },
              ],
              style,
            );
          else p.curve(run[0]!, monotoneSegments(run), style);
        }
        for (const pt of points) {
          if (pt.score === null || pt.x < box.x0 || pt.x > box.x1) continue;
          p.rect(pt.x - 5, pt.y - 5, 10, 10, {
            fill: curve === 'to-be' ? INK.surface : persona.color,
            stroke: persona.color,
            radius: 5,
            lineWidth: 1.5,
          });
          if (pt.note) p.text(pt.note, pt.x + 9, pt.y + 4, { size: MIN_TEXT, color: INK.fg });
        }
      }
    }
  }
}

/** The legend's grid: fixed columns, so its height is known without measuring any text. */
const LEGEND = { column: 190, row: 18, heading: 22, swatch: 36 };

/** The legend's entries: the board's own lanes (named as on the board), the lines, markers, personas and the to-be curve. */
function legendItems(p: Painter, board: Board, t: ExportTexts): [(at: Point) => void, string][] {
  const items: [(at: Point) => void, string][] = [];
  const seen = new Set<string>();
  for (const lane of board.lanes) {
    const key = `${lane.kind}\u0000${lane.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push([(at) => p.rect(at.x, at.y, 28, 12, { fill: LANE_COLORS[lane.kind], stroke: INK.line, lineWidth: 0.5 }), lane.name]);
  }
  for (const kind of ['interaction', 'visibility', 'internal'] as const) {
    items.push([
      (at) =>
        p.polyline(
          [
            { x: at.x, y: at.y + 6 },
            { x: at.x + 28, y: at.y + 6 },
          ],
          { color: INK.fgSoft, width: 1.5, dash: LINE_DASH[kind] },
        ),
      t.line[kind],
    ]);
  }
  const badge = (fill: string, color: string, letter: string) => (at: Point) => {
    p.rect(at.x, at.y, 28, 13, { fill, radius: 3 });
    p.text(letter, at.x + 14, at.y + 10, { size: 10, color, bold: true, align: 'center' });
  };
  items.push(
    [badge(INK.infoSoft, INK.info, 'T'), t.markers.touchpoint],
    [badge(INK.dangerSoft, INK.dangerFg, 'F'), t.markers.failure],
    [badge(INK.warnSoft, INK.warnFg, 'W'), t.markers.wait],
  );
  for (const pe of board.personas)
    items.push([
      (at) =>
        p.polyline(
          [
            { x: at.x, y: at.y + 6 },
            { x: at.x + 28, y: at.y + 6 },
          ],
          { color: pe.color, width: 2.5 },
        ),
      pe.name,
    ]);
  if (board.personas.length)
    items.push([
      (at) =>
        p.polyline(
          [
            { x: at.x, y: at.y + 6 },
            { x: at.x + 28, y: at.y + 6 },
          ],
          { color: INK.fgSoft, width: 2, dash: [6, 4] },
        ),
      t.toBe,
    ]);
  const { assumed, proposed } = evidenceMarks(board);
  if (assumed) items.push([(at) => dashedBox(p, at.x, at.y, 28, 12), t.evidence.assumed]);
  if (proposed) items.push([(at) => diamond(p, at.x + 14, at.y + 6), t.evidence.proposed]);
  return items;
}

/** Which evidence marks the board's cards use (each gets a legend entry only then). */
const evidenceMarks = (board: Board) => ({
  assumed: board.cards.some((c) => c.evidence === 'assumed'),
  proposed: board.cards.some((c) => c.evidence === 'proposed'),
});

/** How many legend entries a board has (lanes by kind and name, 3 lines, 3 markers, personas, to-be, evidence marks). */
export function legendCount(board: Board): number {
  const lanes = new Set(board.lanes.map((l) => `${l.kind}\u0000${l.name}`)).size;
  const { assumed, proposed } = evidenceMarks(board);
  return lanes + 6 + board.personas.length + (board.personas.length ? 1 : 0) + Number(assumed) + Number(proposed);
}

/** Height of the legend drawn `width` wide. */
export function legendHeight(board: Board, width: number): number {
  const perRow = Math.max(1, Math.floor(width / LEGEND.column));
  return LEGEND.heading + Math.ceil(legendCount(board) / perRow) * LEGEND.row;
}

/** The legend in a grid of fixed columns `width` wide, from (x, y); returns its height. */
export function drawLegend(p: Painter, board: Board, t: ExportTexts, x: number, y: number, width: number): number {
  const perRow = Math.max(1, Math.floor(width / LEGEND.column));
  p.text(t.legend, x, y + 12, { size: 12, bold: true, color: INK.fg });
  legendItems(p, board, t).forEach(([swatch, label], i) => {
    const at = { x: x + (i % perRow) * LEGEND.column, y: y + LEGEND.heading + Math.floor(i / perRow) * LEGEND.row };
    swatch(at);
    p.text(fitLines(p, label, LEGEND.column - LEGEND.swatch - 8, 10, 1)[0]!, at.x + LEGEND.swatch, at.y + 10, { size: 10, color: INK.fg });
  });
  return legendHeight(board, width);
}
