import { highlight, type Board, type Highlight, type HighlightMeasure } from '../model';

/** A fill light enough for dark text (WCAG AA) and a border strong enough to tell apart. */
export interface HighlightColor {
  fill: string;
  stroke: string;
}

const RED = { fill: '#fee2e2', stroke: '#b91c1c' },
  ORANGE = { fill: '#ffedd5', stroke: '#c2410c' },
  YELLOW = { fill: '#fef9c3', stroke: '#a16207' };
const GREEN = { fill: '#dcfce7', stroke: '#15803d' },
  BLUE = { fill: '#dbeafe', stroke: '#1d4ed8' },
  GREY = { fill: '#f1f5f9', stroke: '#475569' };
const VIOLET = { fill: '#ede9fe', stroke: '#6d28d9' },
  TEAL = { fill: '#ccfbf1', stroke: '#0f766e' },
  PINK = { fill: '#fce7f3', stroke: '#be185d' };

/** Meaningful colours where the measure has an order or a verdict; a cycle of distinct ones for owners. */
const FIXED: Partial<Record<HighlightMeasure, Record<string, HighlightColor>>> = {
  severity: { 3: RED, 2: ORANGE, 1: YELLOW },
  quadrant: { concentrate: RED, 'keep-up': GREEN, 'low-priority': GREY, overkill: BLUE },
  evidence: { observed: GREEN, assumed: ORANGE, proposed: VIOLET },
};
const CYCLE = [BLUE, ORANGE, GREEN, VIOLET, PINK, TEAL, YELLOW, RED, GREY];

export function highlightColor(measure: HighlightMeasure, value: string, h: Highlight): HighlightColor {
  return FIXED[measure]?.[value] ?? CYCLE[Math.max(0, h.values.indexOf(value)) % CYCLE.length]!;
}

const cache = new WeakMap<Board, Map<HighlightMeasure, Highlight>>();

/** One grouping per board and measure, shared by every card and the legend. */
export function boardHighlight(board: Board, measure: HighlightMeasure): Highlight {
  let perBoard = cache.get(board);
  if (!perBoard) cache.set(board, (perBoard = new Map()));
  let h = perBoard.get(measure);
  if (!h) perBoard.set(measure, (h = highlight(board, measure)));
  return h;
}

/** A card's highlight as "fill stroke" (a string, so a card re-renders only when its own colour changes). */
export function cardHighlight(board: Board | null, measure: HighlightMeasure | null, id: string): string | undefined {
  if (!board || !measure) return undefined;
  const h = boardHighlight(board, measure);
  const value = h.byCard.get(id);
  if (value === undefined) return undefined;
  const { fill, stroke } = highlightColor(measure, value, h);
  return `${fill} ${stroke}`;
}
