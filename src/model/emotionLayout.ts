import type { Board } from './board';
import { EMOTION_MAX, EMOTION_MIN, clampEmotion, curveOf, type Curve } from './emotion';
import { GEOMETRY, type Grid, type Rect } from './layout';
import type { Point } from './routing';

const PAD = 22;

/** Vertical position of a score inside an emotion lane (+2 at the top, −2 at the bottom). */
export function emotionY(lane: Rect, score: number): number {
  const h = lane.height - 2 * PAD;
  return lane.y + PAD + ((EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)) * h;
}

/** The score (snapped to half steps) at a vertical position in an emotion lane. */
export function scoreAtY(lane: Rect, y: number): number {
  const h = lane.height - 2 * PAD;
  return clampEmotion(EMOTION_MAX - ((y - lane.y - PAD) / h) * (EMOTION_MAX - EMOTION_MIN));
}

export interface CurvePoint {
  stepId: string;
  x: number;
  y: number;
  score: number | null;
  note?: string;
}

/** The personas whose curves are drawn. */
export const shownPersonas = <P extends { hidden?: boolean }>(personas: readonly P[]): P[] => personas.filter((p) => !p.hidden);

/** The curves of a shown persona that are drawn: as-is always, to-be when it has points and is not hidden. */
export function shownCurves(board: Pick<Board, 'emotions'>, persona: { id: string; toBeHidden?: boolean }): Curve[] {
  const toBe = !persona.toBeHidden && board.emotions.some((e) => e.personaId === persona.id && e.curve === 'to-be');
  return toBe ? ['as-is', 'to-be'] : ['as-is'];
}

/**
 * Personas' points at a step sit side by side, a few units apart, so that equal scores never
 * hide one another (and each can be grabbed).
 */
export function personaOffset(board: Pick<Board, 'personas'>, personaId: string): number {
  const shown = shownPersonas(board.personas);
  const i = shown.findIndex((p) => p.id === personaId);
  return i < 0 ? 0 : (i - (shown.length - 1) / 2) * 36; // room for a persona's point and its to-be point beside it
}

/** One persona's curve across the steps of an emotion lane; steps without a point are gaps (score null). */
export function emotionCurve(board: Pick<Board, 'emotions' | 'personas'>, l: Grid, laneId: string, personaId: string, curve: Curve): CurvePoint[] {
  const lane = l.lanes.find((r) => r.id === laneId);
  if (!lane) return [];
  const dx = personaOffset(board, personaId);
  const points = new Map(board.emotions.filter((e) => e.personaId === personaId && curveOf(e) === curve).map((e) => [e.stepId, e]));
  return l.steps.map((s) => {
    const e = points.get(s.id);
    const x = s.x + GEOMETRY.stepWidth / 2 + dx;
    return e ? { stepId: s.id, x, y: emotionY(lane, e.score), score: e.score, note: e.note } : { stepId: s.id, x, y: emotionY(lane, 0), score: null };
  });
}

/** A cubic Bézier segment: two control points and the end point (it starts where the last ended). */
export type BezierSegment = [Point, Point, Point];

/**
 * A smooth curve through points with increasing x that never overshoots: monotone cubic
 * interpolation (Fritsch–Carlson, as d3's `curveMonotoneX`), so between two points the curve
 * stays between their values and never suggests an emotion that was not recorded. Screen and
 * exports draw it from these segments.
 */
export function monotoneSegments(points: readonly Point[]): BezierSegment[] {
  const n = points.length;
  if (n < 2) return [];
  const h = (i: number) => points[i + 1]!.x - points[i]!.x;
  const secant = (i: number) => (h(i) === 0 ? 0 : (points[i + 1]!.y - points[i]!.y) / h(i));
  const tangents = points.map((_, i) => {
    if (i === 0) return secant(0);
    if (i === n - 1) return secant(n - 2);
    const [s0, s1, h0, h1] = [secant(i - 1), secant(i), h(i - 1), h(i)];
    if (s0 * s1 <= 0) return 0; // a peak or a valley is flat, so it is not passed
    const weighted = (s0 * h1 + s1 * h0) / (h0 + h1);
    return Math.sign(s0) * Math.min(Math.abs(s0), Math.abs(s1), Math.abs(weighted) / 2) * 2;
  });
  const out: BezierSegment[] = [];
  for (let i = 0; i < n - 1; i++) {
    const [a, b, third] = [points[i]!, points[i + 1]!, h(i) / 3];
    out.push([
      { x: a.x + third, y: a.y + tangents[i]! * third },
      { x: b.x - third, y: b.y - tangents[i + 1]! * third },
      { x: b.x, y: b.y },
    ]);
  }
  return out;
}

/** The runs of recorded points of a curve, split at gaps (steps without a point). */
export function curveRuns(points: readonly CurvePoint[]): CurvePoint[][] {
  const runs: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  for (const p of points) {
    if (p.score === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** SVG path of a curve: monotone through its points, broken at gaps; a lone point is a short dash. */
export function curvePath(points: readonly CurvePoint[]): string {
  return curveRuns(points)
    .map((r) => {
      if (r.length === 1) return `M ${r[0]!.x - 6} ${r[0]!.y} L ${r[0]!.x + 6} ${r[0]!.y}`;
      return `M ${r[0]!.x} ${r[0]!.y}${monotoneSegments(r)
        .map(([c1, c2, p]) => ` C ${c1.x} ${c1.y} ${c2.x} ${c2.y} ${p.x} ${p.y}`)
        .join('')}`;
    })
    .join(' ');
}
