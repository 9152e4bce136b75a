import type { Board } from './board';
import { EMOTION_MAX, EMOTION_MIN, clampEmotion, curveOf, type Curve } from './emotion';
import { GEOMETRY, type Layout, type Rect } from './layout';

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

export interface CurvePoint { stepId: string; x: number; y: number; score: number | null; note?: string }

/** One persona's curve across the steps of an emotion lane; steps without a point are gaps (score null). */
export function emotionCurve(board: Board, l: Layout, laneId: string, personaId: string, curve: Curve): CurvePoint[] {
  const lane = l.lanes.find((r) => r.id === laneId);
  if (!lane) return [];
  const points = new Map(board.emotions.filter((e) => e.personaId === personaId && curveOf(e) === curve).map((e) => [e.stepId, e]));
  return l.steps.map((s) => {
    const e = points.get(s.id);
    const x = s.x + GEOMETRY.stepWidth / 2;
    return e ? { stepId: s.id, x, y: emotionY(lane, e.score), score: e.score, note: e.note } : { stepId: s.id, x, y: emotionY(lane, 0), score: null };
  });
}

/** Smooth SVG path through the curve's points (Catmull-Rom as Béziers), broken at gaps. */
export function curvePath(points: readonly CurvePoint[]): string {
  const runs: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  for (const p of points) {
    if (p.score === null) { if (run.length) runs.push(run); run = []; } else run.push(p);
  }
  if (run.length) runs.push(run);
  return runs.map((r) => {
    if (r.length === 1) return `M ${r[0]!.x - 6} ${r[0]!.y} L ${r[0]!.x + 6} ${r[0]!.y}`;
    let d = `M ${r[0]!.x} ${r[0]!.y}`;
    for (let i = 0; i < r.length - 1; i++) {
      const p0 = r[i - 1] ?? r[i]!, p1 = r[i]!, p2 = r[i + 1]!, p3 = r[i + 2] ?? p2;
      const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
      const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
      d += ` C ${c1.x} ${c1.y} ${c2.x} ${c2.y} ${p2.x} ${p2.y}`;
    }
    return d;
  }).join(' ');
}
