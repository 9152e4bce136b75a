import {
  GEOMETRY, LANE_COLORS, curveOf, curveRuns, emotionCurve, monotoneSegments, routeConnector, stageEmotionAverages,
  type Board, type Card, type Layout, type LineKind,
} from '../model';
import type { Painter } from './painter';

/** Words the drawing needs, from the catalogue of the language exported in. */
export interface ExportTexts {
  line: Record<LineKind, string>;
  touchpoint(card: Card): string;
  failure(card: Card): string;
  wait(card: Card): string;
  /** A persona's average emotion in a stage, e.g. "avg Guest +0.5". */
  average(persona: string, value: string): string;
  /** Labels of the emotion scale's ends. */
  axis: { top: string; bottom: string };
}

export interface Region { stepFrom: number; stepTo: number; laneFrom: number; laneTo: number }

const g = GEOMETRY;
const TOP = g.stageBandHeight + g.stepHeaderHeight;
/** Smallest text drawn, in board units: exports choose a scale that keeps it at 7 pt or more. */
export const MIN_TEXT = 11;
const CARD_TEXT = 14;

/** Width and height of a region as drawn (lane header column and step header rows included). */
export function regionSize(l: Layout, r: Region) {
  const steps = l.steps.slice(r.stepFrom, r.stepTo), lanes = l.lanes.slice(r.laneFrom, r.laneTo);
  const width = g.laneHeaderWidth + steps.length * g.stepWidth;
  const height = TOP + lanes.reduce((h, x) => h + x.height, 0);
  return { width, height };
}

/**
 * Draws a block of steps × lanes with the lane headers and the stage/step headers repeated
 * beside and above it, so every tile of a multi-page export reads on its own.
 */
export function drawRegion(p: Painter, board: Board, l: Layout, r: Region, t: ExportTexts) {
  const steps = l.steps.slice(r.stepFrom, r.stepTo), lanes = l.lanes.slice(r.laneFrom, r.laneTo);
  if (!steps.length || !lanes.length) return;
  const x0 = steps[0]!.x, y0 = lanes[0]!.y;
  const { width, height } = regionSize(l, r);
  const x1 = x0 + width - g.laneHeaderWidth, y1 = y0 + height - TOP;
  // Draw only what falls in this region: a tile page must not carry the whole board.
  const inX = (a: number, b: number) => b >= x0 && a <= x1;
  const inY = (a: number, b: number) => b >= y0 && a <= y1;
  const inside = (rect: { x: number; y: number; width: number; height: number }) => inX(rect.x, rect.x + rect.width) && inY(rect.y, rect.y + rect.height);
  const dx = g.laneHeaderWidth - x0, dy = TOP - y0;
  const content = { x: g.laneHeaderWidth, y: TOP, w: width - g.laneHeaderWidth, h: height - TOP };

  p.within(content, dx, dy, () => {
    board.lanes.forEach((lane, i) => {
      const rect = l.lanes[i]!;
      if (inY(rect.y, rect.y + rect.height)) p.rect(x0, rect.y, x1 - x0, rect.height, { fill: LANE_COLORS[lane.kind], stroke: '#cbd5e1', lineWidth: 0.5 });
    });
    for (const s of steps) p.polyline([{ x: s.x, y: y0 }, { x: s.x, y: y1 }], { color: '#cbd5e1', width: 0.5 });
    for (const s of l.stages.filter((st) => inX(st.x, st.x))) p.polyline([{ x: s.x, y: y0 }, { x: s.x, y: y1 }], { color: '#64748b', width: 1.2 });
    for (const line of l.lines.filter((x) => inY(x.y, x.y))) {
      p.polyline([{ x: x0, y: line.y }, { x: x1, y: line.y }], { color: '#334155', width: 1.5, dash: line.kind === 'visibility' ? [10, 6] : line.kind === 'internal' ? [2, 4] : undefined });
      for (const s of steps.filter((_, i) => i % 4 === 0)) p.text(t.line[line.kind], s.x + 6, line.y - 3, { size: MIN_TEXT, color: '#1e293b' });
    }
    for (const c of board.connectors) {
      const points = routeConnector(l, c.from, c.to);
      if (!points) continue;
      const xs = points.map((pt) => pt.x), ys = points.map((pt) => pt.y);
      if (inX(Math.min(...xs), Math.max(...xs)) && inY(Math.min(...ys), Math.max(...ys))) {
        p.polyline(points, { color: '#475569', width: 1.2, dash: c.kind === 'dependency' ? [5, 4] : undefined });
      }
    }
    for (const card of board.cards) {
      const rect = l.cards.get(card.id);
      if (rect && inside(rect)) drawCard(p, card, rect, t);
    }
    drawEmotions(p, board, l, { x0, x1, y0, y1 }, t);
  });

  p.within({ x: content.x, y: 0, w: content.w, h: TOP }, dx, 0, () => {
    for (const s of l.stages.filter((st) => inX(st.x, st.x + st.width))) {
      const stage = board.stages.find((x) => x.id === s.id);
      p.rect(s.x, 0, s.width, g.stageBandHeight, { fill: stage?.color ?? '#e2e8f0', stroke: '#cbd5e1', lineWidth: 0.5 });
      // The stage name at the start of the part of it on this page.
      const start = Math.max(s.x, x0);
      if (start < s.x + s.width) p.text(stage?.name ?? '', start + 8, 21, { size: 13, bold: true, color: '#1e293b' });
    }
    steps.forEach((s, i) => {
      p.rect(s.x, g.stageBandHeight, s.width, g.stepHeaderHeight, { fill: '#ffffff', stroke: '#cbd5e1', lineWidth: 0.5 });
      wrapped(p, board.steps[r.stepFrom + i]!.name, s.x + 8, g.stageBandHeight + 18, s.width - 16, 13, 2, { bold: true });
    });
  });

  p.within({ x: 0, y: content.y, w: g.laneHeaderWidth, h: content.h }, 0, dy, () => {
    lanes.forEach((rect, i) => {
      const lane = board.lanes[r.laneFrom + i]!;
      p.rect(0, rect.y, g.laneHeaderWidth, rect.height, { fill: LANE_COLORS[lane.kind], stroke: '#94a3b8', lineWidth: 0.5 });
      wrapped(p, lane.name, 10, rect.y + 20, g.laneHeaderWidth - 20, 14, 4, { bold: true });
      if (lane.kind === 'emotion') {
        p.text(t.axis.top, g.laneHeaderWidth - 8, rect.y + 36, { size: MIN_TEXT, align: 'right', color: '#334155' });
        p.text(t.axis.bottom, g.laneHeaderWidth - 8, rect.y + rect.height - 14, { size: MIN_TEXT, align: 'right', color: '#334155' });
      }
    });
  });
}

function wrapped(p: Painter, text: string, x: number, y: number, width: number, size: number, maxLines: number, style: { bold?: boolean; color?: string } = {}) {
  const lines = p.wrap(text, width, size);
  const shown = lines.length > maxLines ? [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')] : lines;
  shown.forEach((line, i) => p.text(line, x, y + i * size * 1.25, { size, ...style }));
}

/** A card with all its text (smaller type when it would not fit; never cut) and its marker badges. */
function drawCard(p: Painter, card: Card, r: { x: number; y: number; width: number; height: number }, t: ExportTexts) {
  p.rect(r.x, r.y, r.width, r.height, { fill: card.color ?? '#ffffff', stroke: '#94a3b8', radius: 6, lineWidth: 0.8 });
  const badges = [card.touchpoint && { text: t.touchpoint(card), fill: '#dbeafe', color: '#1e3a8a' },
    card.failure && { text: t.failure(card), fill: '#fee2e2', color: '#991b1b' },
    card.wait && { text: t.wait(card), fill: '#fef3c7', color: '#92400e' }].filter((b): b is { text: string; fill: string; color: string } => !!b);
  const room = r.height - 2 * g.cardPaddingY + 4 - badges.length * g.badgeRowHeight;
  let size = CARD_TEXT;
  let lines = p.wrap(card.text, r.width - 20, size);
  while (lines.length * size * 1.25 > room && size > MIN_TEXT) {
    size -= 1;
    lines = p.wrap(card.text, r.width - 20, size);
  }
  lines.forEach((line, i) => p.text(line, r.x + 10, r.y + g.cardPaddingY + size * (0.9 + i * 1.25), { size, color: '#0f172a' }));
  const top = r.y + r.height - badges.length * g.badgeRowHeight + 2;
  badges.forEach((b, i) => {
    const w = Math.min(r.width - 16, p.measure(b.text, MIN_TEXT, true) + 8);
    const by = top + i * g.badgeRowHeight;
    p.rect(r.x + 8, by, w, 16, { fill: b.fill, radius: 3 });
    p.text(b.text, r.x + 12, by + 12, { size: MIN_TEXT, color: b.color, bold: true });
  });
}

/** Emotion curves (dashed for to-be), points, notes and stage averages in every emotion lane. */
function drawEmotions(p: Painter, board: Board, l: Layout, box: { x0: number; x1: number; y0: number; y1: number }, t: ExportTexts) {
  const averages = stageEmotionAverages(board);
  for (const lane of board.lanes.filter((x) => x.kind === 'emotion' && !x.collapsed)) {
    const rect = l.lanes.find((r) => r.id === lane.id)!;
    if (rect.y > box.y1 || rect.y + rect.height < box.y0) continue;
    p.polyline([{ x: box.x0, y: rect.y + rect.height / 2 }, { x: box.x1, y: rect.y + rect.height / 2 }], { color: '#94a3b8', width: 0.5, dash: [2, 4] });
    for (const s of l.stages.filter((st) => st.x + st.width >= box.x0 && st.x <= box.x1)) {
      const text = board.personas.map((pe) => {
        const avg = averages.get(s.id)?.get(pe.id);
        return avg === null || avg === undefined ? '' : t.average(pe.name, `${avg > 0 ? '+' : ''}${avg}`);
      }).filter(Boolean).join('  ');
      if (text) p.text(text, s.x + 6, rect.y + 14, { size: MIN_TEXT, bold: true, color: '#1e293b' });
    }
    for (const persona of board.personas) {
      for (const curve of ['as-is', 'to-be'] as const) {
        if (!board.emotions.some((e) => e.personaId === persona.id && curveOf(e) === curve)) continue;
        const points = emotionCurve(board, l, lane.id, persona.id, curve);
        const style = { color: persona.color, width: 2.5, dash: curve === 'to-be' ? [8, 6] : undefined };
        for (const run of curveRuns(points)) {
          if (run.length === 1) p.polyline([{ x: run[0]!.x - 6, y: run[0]!.y }, { x: run[0]!.x + 6, y: run[0]!.y }], style);
          else p.curve(run[0]!, monotoneSegments(run), style);
        }
        for (const pt of points) {
          if (pt.score === null || pt.x < box.x0 || pt.x > box.x1) continue;
          p.rect(pt.x - 5, pt.y - 5, 10, 10, { fill: curve === 'to-be' ? '#ffffff' : persona.color, stroke: persona.color, radius: 5, lineWidth: 1.5 });
          if (pt.note) p.text(pt.note, pt.x + 9, pt.y + 4, { size: MIN_TEXT, color: '#0f172a' });
        }
      }
    }
  }
}
