import { GEOMETRY, type Layout, type Rect } from './layout';

export interface Point {
  x: number;
  y: number;
}

/** A small offset (−2…2), stable per connector, that spreads connectors sharing a gutter. */
function gutterLane(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return (Math.abs(h) % 5) - 2;
}

/** The route of a connector as screen and exports draw it (spread from its neighbours in a gutter). */
export function connectorRoute(l: Layout, c: { id: string; from: string; to: string }): Point[] | null {
  return routeConnector(l, c.from, c.to, gutterLane(c.id));
}

/**
 * An orthogonal path from one card to another that runs only through the gutters of the grid:
 * the padding at column boundaries (cards are inset by `cellPadding`) and at the top of lanes.
 * So a connector never passes under a card. `lane` is a small offset (−2…2) that spreads
 * connectors sharing a gutter.
 */
export function routeConnector(l: Layout, fromId: string, toId: string, lane = 0): Point[] | null {
  const a = l.cards.get(fromId),
    b = l.cards.get(toId);
  if (!a || !b) return null;
  const g = GEOMETRY;
  const spread = lane * 3;
  const column = (r: Rect) => l.steps.find((s) => r.x >= s.x && r.x < s.x + s.width)!;
  const ca = column(a),
    cb = column(b);
  const ay = a.y + a.height / 2,
    by = b.y + b.height / 2;
  const rightward = cb.x >= ca.x;
  // Leave A on the side facing B (right when B is in the same column), enter B on the side facing A.
  const startX = rightward ? a.x + a.width : a.x;
  const gutterA = (rightward ? ca.x + ca.width : ca.x) + spread;
  if (cb.x === ca.x) {
    return simplify([
      { x: startX, y: ay },
      { x: gutterA, y: ay },
      { x: gutterA, y: by },
      { x: b.x + b.width, y: by },
    ]);
  }
  const endX = rightward ? b.x : b.x + b.width;
  const gutterB = (rightward ? cb.x : cb.x + cb.width) + spread;
  if (gutterA === gutterB) {
    return simplify([
      { x: startX, y: ay },
      { x: gutterA, y: ay },
      { x: gutterA, y: by },
      { x: endX, y: by },
    ]);
  }
  // Cross the columns in between along the free band at the top of B's lane.
  const laneB = l.lanes.find((r) => by >= r.y && by < r.y + r.height)!;
  const bandY = laneB.y + g.cellPadding / 2 + spread / 3;
  return simplify([
    { x: startX, y: ay },
    { x: gutterA, y: ay },
    { x: gutterA, y: bandY },
    { x: gutterB, y: bandY },
    { x: gutterB, y: by },
    { x: endX, y: by },
  ]);
}

/** Drops repeated points and merges collinear runs. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = out.at(-2);
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/** SVG path through the points with small rounded corners. */
export function roundedPath(points: readonly Point[], radius = 6): string {
  if (!points.length) return '';
  let d = `M ${points[0]!.x} ${points[0]!.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!,
      prev = points[i - 1]!,
      next = points[i + 1];
    if (!next) {
      d += ` L ${p.x} ${p.y}`;
      break;
    }
    const r = Math.min(radius, dist(prev, p) / 2, dist(p, next) / 2);
    const before = toward(p, prev, r),
      after = toward(p, next, r);
    d += ` L ${before.x} ${before.y} Q ${p.x} ${p.y} ${after.x} ${after.y}`;
  }
  return d;
}

const dist = (a: Point, b: Point) => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
const toward = (from: Point, to: Point, r: number): Point => {
  const d = dist(from, to) || 1;
  return { x: from.x + ((to.x - from.x) / d) * r, y: from.y + ((to.y - from.y) / d) * r };
};

/** The middle of the longest segment: where a label sits. */
export function labelPoint(points: readonly Point[]): Point {
  let best = { len: -1, at: points[0] ?? { x: 0, y: 0 } };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!,
      b = points[i]!;
    const len = dist(a, b);
    if (len > best.len) best = { len, at: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
  }
  return best.at;
}
