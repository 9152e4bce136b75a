import { openThreadCounts } from './comment';
import type { Board } from './board';
import type { Card } from './card';
import type { Lane, LaneKind } from './lane';
import { loopBadge } from './backlog';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export type LineKind = 'interaction' | 'visibility' | 'internal';
/** How each line is drawn, on screen and in exports: solid, dashed, dotted. */
export const LINE_DASH: Record<LineKind, number[] | undefined> = { interaction: undefined, visibility: [10, 6], internal: [2, 4] };

export interface Layout {
  /** Each lane's rect; `kind` says whether its cells hold cards (a metric lane's hold measurements). */
  lanes: (Rect & { id: string; kind: LaneKind })[];
  steps: (Rect & { id: string; stageId: string })[];
  stages: (Rect & { id: string })[];
  cards: Map<string, Rect>;
  /** Card ids per cell (`cellKey(laneId, stepId)`), in display order. */
  cells: Map<string, string[]>;
  lines: { kind: LineKind; y: number }[];
  size: { width: number; height: number };
}

/** Board geometry in flow units (1 unit = 1 CSS px at zoom 1). Shared by canvas and exports. */
export const GEOMETRY = {
  laneHeaderWidth: 176,
  stageBandHeight: 32,
  stepHeaderHeight: 44,
  stepWidth: 232,
  cellPadding: 12,
  cardGap: 8,
  minLaneHeight: 96,
  emotionLaneHeight: 176,
  collapsedLaneHeight: 36,
  cardLineHeight: 18,
  cardPaddingY: 14,
  badgeRowHeight: 22,
  /** A card's picture, above its text (the card's width, this high). */
  thumbHeight: 96,
  maxCardLines: 8,
} as const;

export const cellKey = (laneId: string, stepId: string) => `${laneId}\u0000${stepId}`;

/** Cards grouped by cell (`cellKey`), each group in the order given. */
export function cardsByCell(cards: readonly Card[]): Map<string, Card[]> {
  const cells = new Map<string, Card[]>();
  for (const c of cards) {
    const key = cellKey(c.laneId, c.stepId);
    const list = cells.get(key);
    if (list) list.push(c);
    else cells.set(key, [c]);
  }
  return cells;
}

/**
 * Cards of each cell numbered 0..n-1 by (order, id), keeping every card object whose number is
 * right (and the array itself when none changed): after an op, and after a merge.
 */
export function renumberCells(cards: Card[]): Card[] {
  const order = new Map<string, number>();
  for (const list of cardsByCell(cards).values()) {
    if (list.every((c, i) => c.order === i)) continue; // the usual case: nothing to sort
    list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).forEach((c, i) => order.set(c.id, i));
  }
  if (!order.size) return cards;
  let changed = false;
  const out = cards.map((c) => {
    const o = order.get(c.id);
    if (o === undefined || o === c.order) return c;
    changed = true;
    return { ...c, order: o };
  });
  return changed ? out : cards;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Width of a card's text column in board units: card width less its padding and border. */
export const CARD_TEXT_WIDTH = GEOMETRY.stepWidth - 2 * GEOMETRY.cellPadding - 2 * 10 - 2;

/**
 * How wide a piece of card text is, in board units at the card's font (14 px). The app installs
 * one that measures with the browser's own font (`setTextMeasure`), so the lines layout gives a
 * card are the lines the browser draws; without it (tests, workers) an estimate by character
 * class stands in: CJK glyphs are a full em, others about half.
 */
export type TextMeasure = (text: string) => number;
const estimate: TextMeasure = (text) => {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 14 : ch === ' ' ? 3.9 : 7.6;
  return w;
};
let measureText: TextMeasure = estimate;
const lineCounts = new Map<string, number>();

/** Installs the measure of the page's font (once, at start-up, before any board is laid out). */
export function setTextMeasure(measure: TextMeasure | null) {
  measureText = measure ?? estimate;
  lineCounts.clear();
}

/** Words, runs of spaces and single wide glyphs: the places a line may break, as the browser breaks them. */
const TOKENS =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+|\s+/g;

/**
 * Wrapped line count of card text, however long: greedy word wrapping at the card's text width
 * (spaces at a break hang, a word wider than the line breaks anywhere), as CSS pre-wrap with
 * overflow-wrap: anywhere does. Screen and exports share it.
 */
export function fullLineCount(text: string): number {
  const known = lineCounts.get(text);
  if (known !== undefined) return known;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let count = 1;
    let used = 0;
    for (const token of paragraph.match(TOKENS) ?? []) {
      const w = measureText(token);
      if (/^\s/.test(token) || used + w <= CARD_TEXT_WIDTH) used += w;
      else if (w <= CARD_TEXT_WIDTH) {
        count++;
        used = w;
      } else
        for (const ch of token) {
          const cw = measureText(ch);
          if (used > 0 && used + cw > CARD_TEXT_WIDTH) {
            count++;
            used = cw;
          } else used += cw;
        }
    }
    lines += count;
  }
  if (lineCounts.size > 20_000) lineCounts.clear(); // texts being typed come and go
  lineCounts.set(text, lines);
  return lines;
}

/** Lines a card gives its text: all it needs, up to `maxCardLines` (the rest ends in "…"). */
export const cardLineCount = (text: string) => Math.min(GEOMETRY.maxCardLines, fullLineCount(text));

/**
 * Marker badges (touchpoint, failure point, wait point) each take a row of their own: side by
 * side they do not fit a card's width in every language, and a clipped badge cannot be read.
 */
export const badgeRows = (card: Card) => (card.touchpoint ? 1 : 0) + (card.failure ? 1 : 0) + (card.wait ? 1 : 0) + (loopBadge(card) ? 1 : 0);

/**
 * The details line a "detailed" board shows on a card (owner, duration, importance and
 * performance), or null when the card has none of them. Shared by screen and exports.
 */
export function cardDetails(card: Card): { owner?: string; minutes?: number; importance?: number; performance?: number } | null {
  const d = {
    owner: card.owner || undefined,
    minutes: card.durationMinutes,
    importance: card.touchpoint?.importance,
    performance: card.touchpoint?.performance,
  };
  return Object.values(d).some((v) => v !== undefined) ? d : null;
}

/** Card objects are immutable and reused across edits, so their heights are computed once (per density). */
const heights = { compact: new WeakMap<Card, number>(), detailed: new WeakMap<Card, number>() };

export function cardHeight(card: Card, detailed = false): number {
  const cache = heights[detailed ? 'detailed' : 'compact'];
  const known = cache.get(card);
  if (known !== undefined) return known;
  const g = GEOMETRY;
  const details = detailed && cardDetails(card) ? g.cardLineHeight : 0;
  const picture = card.images?.length ? g.thumbHeight : 0;
  const height = g.cardPaddingY * 2 + picture + cardLineCount(card.text) * g.cardLineHeight + details + badgeRows(card) * g.badgeRowHeight;
  cache.set(card, height);
  return height;
}

const LINE_BOUNDARIES: { kind: LineKind; above: LaneKind; below: LaneKind }[] = [
  { kind: 'interaction', above: 'customer', below: 'frontstage' },
  { kind: 'visibility', above: 'frontstage', below: 'backstage' },
  { kind: 'internal', above: 'backstage', below: 'support' },
];

/**
 * Where the lines of interaction, visibility and internal interaction run: each below the lane
 * at index `after` (the last lane of the kind above it, when a lane of the kind below follows).
 */
export function lineBoundaries(lanes: readonly Pick<Lane, 'kind'>[]): { kind: LineKind; after: number }[] {
  return LINE_BOUNDARIES.flatMap((b) => {
    const after = lanes.findLastIndex((l) => l.kind === b.above);
    const below = lanes.findIndex((l, i) => i > after && l.kind === b.below);
    return after >= 0 && below > after ? [{ kind: b.kind, after }] : [];
  });
}

/**
 * Positions are derived, never stored: lanes are rows, steps are columns, cards stack in
 * their cell by `order`; a lane is as tall as its tallest cell.
 */
export function layout(board: Board): Layout {
  let known = layouts.get(board);
  if (!known) layouts.set(board, (known = computeLayout(board)));
  return known;
}

/** Boards are immutable, so one layout per board object serves canvas, mini map and exports alike. */
const layouts = new WeakMap<Board, Layout>();

function computeLayout(board: Board): Layout {
  const g = GEOMETRY;
  const detailed = board.settings?.density === 'detailed';
  const commented = openThreadCounts(board.comments);
  const top = g.stageBandHeight + g.stepHeaderHeight;
  const cells = cardsByCell(board.cards);
  for (const list of cells.values()) list.sort((a, b) => a.order - b.order);

  const steps = board.steps.map((s, i) => ({
    id: s.id,
    stageId: s.stageId,
    x: g.laneHeaderWidth + i * g.stepWidth,
    y: g.stageBandHeight,
    width: g.stepWidth,
    height: g.stepHeaderHeight,
  }));
  const stages = board.stages.flatMap((stage) => {
    const own = steps.filter((s) => s.stageId === stage.id);
    if (!own.length) return [];
    const x = own[0]!.x;
    return [{ id: stage.id, x, y: 0, width: own[own.length - 1]!.x + g.stepWidth - x, height: g.stageBandHeight }];
  });
  const width = g.laneHeaderWidth + board.steps.length * g.stepWidth;

  const cards = new Map<string, Rect>();
  const cellIds = new Map<string, string[]>();
  const lanes: Layout['lanes'] = [];
  let y = top;
  for (const lane of board.lanes) {
    // A lane's own height (set by the user, e.g. a taller emotion lane) is its minimum.
    let height: number = lane.height ?? (lane.kind === 'emotion' ? g.emotionLaneHeight : g.minLaneHeight);
    if (lane.collapsed) height = g.collapsedLaneHeight;
    for (const step of steps) {
      const list = cells.get(cellKey(lane.id, step.id));
      if (!list) continue;
      cellIds.set(
        cellKey(lane.id, step.id),
        list.map((c) => c.id),
      );
      if (lane.collapsed) continue;
      let cy = y + g.cellPadding;
      for (const card of list) {
        // A card with open comment threads shows their count as one more badge row.
        const h = cardHeight(card, detailed) + (commented.has(card.id) ? g.badgeRowHeight : 0);
        cards.set(card.id, { x: step.x + g.cellPadding, y: cy, width: g.stepWidth - 2 * g.cellPadding, height: h });
        cy += h + g.cardGap;
      }
      height = Math.max(height, cy - g.cardGap + g.cellPadding - y);
    }
    lanes.push({ id: lane.id, kind: lane.kind, x: 0, y, width, height });
    y += height;
  }

  const lines = lineBoundaries(board.lanes).map(({ kind, after }) => ({ kind, y: lanes[after]!.y + lanes[after]!.height }));
  return { lanes, steps, stages, cards, cells: cellIds, lines, size: { width, height: y } };
}

/**
 * The cell under a point (flow units) and the insertion index among its cards, not counting
 * `exclude` (the cards being moved); null outside the grid.
 */
export function cellAt(
  l: Layout,
  point: { x: number; y: number },
  exclude?: ReadonlySet<string>,
): { laneId: string; stepId: string; index: number } | null {
  const lane = l.lanes.find((r) => point.y >= r.y && point.y < r.y + r.height);
  const step = l.steps.find((r) => point.x >= r.x && point.x < r.x + r.width);
  // A metric lane's cells show measurements: no card is dropped or added there.
  if (!lane || !step || lane.kind === 'metric') return null;
  const ids = l.cells.get(cellKey(lane.id, step.id)) ?? [];
  let index = 0;
  for (const id of ids) {
    if (exclude?.has(id)) continue;
    const r = l.cards.get(id);
    if (r && point.y > r.y + r.height / 2) index++;
  }
  return { laneId: lane.id, stepId: step.id, index };
}

/** Where a drop at `index` in a cell would go, as a horizontal line (flow units). */
export function insertionLine(l: Layout, target: { laneId: string; stepId: string; index: number }, exclude?: ReadonlySet<string>): Rect | null {
  const lane = l.lanes.find((r) => r.id === target.laneId);
  const step = l.steps.find((r) => r.id === target.stepId);
  if (!lane || !step) return null;
  const rects = (l.cells.get(cellKey(target.laneId, target.stepId)) ?? [])
    .filter((id) => !exclude?.has(id))
    .map((id) => l.cards.get(id))
    .filter((r): r is Rect => !!r);
  const g = GEOMETRY;
  const before = rects[target.index];
  const after = rects[target.index - 1];
  const y = before ? before.y - g.cardGap / 2 : after ? after.y + after.height + g.cardGap / 2 : lane.y + g.cellPadding / 2;
  return { x: step.x + g.cellPadding / 2, y: y - 2, width: step.width - g.cellPadding, height: 4 };
}

/** The grid part of a layout (lanes, steps, stages, lines, size): what headers and background draw. */
export type Grid = Pick<Layout, 'lanes' | 'steps' | 'stages' | 'lines' | 'size'>;

const sameRects = (a: readonly (Rect & { id: string })[], b: readonly (Rect & { id: string })[]) =>
  a.length === b.length &&
  a.every((r, i) => {
    const o = b[i]!;
    return r.id === o.id && r.x === o.x && r.y === o.y && r.width === o.width && r.height === o.height;
  });

/** Whether two layouts have the same grid, so what draws only the grid need not redraw. */
export function sameGrid(a: Grid, b: Grid): boolean {
  return (
    a.size.width === b.size.width &&
    a.size.height === b.size.height &&
    sameRects(a.lanes, b.lanes) &&
    sameRects(a.steps, b.steps) &&
    sameRects(a.stages, b.stages) &&
    a.lines.length === b.lines.length &&
    a.lines.every((x, i) => x.kind === b.lines[i]!.kind && x.y === b.lines[i]!.y)
  );
}
