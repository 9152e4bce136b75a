import type { Board } from '../board';
import { curveOf, type Curve } from '../emotion';

/**
 * A score as shown: one decimal, halves rounded away from zero (so −0.25 and +0.25 show as −0.3
 * and +0.3), a sign on anything but zero. Only for display: figures derived from scores (such as
 * the to-be − as-is difference) are computed from the exact values.
 */
export function formatScore(x: number): string {
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9)) / 10;
  return r > 0 ? `+${r}` : r < 0 ? `${r}` : '0';
}

/** Average emotion per stage and persona, exact (null where the persona has no point in that stage). */
export function stageEmotionAverages(
  board: Pick<Board, 'steps' | 'stages' | 'personas' | 'emotions'>,
  curve: Curve = 'as-is',
): Map<string, Map<string, number | null>> {
  const stageOf = new Map(board.steps.map((s) => [s.id, s.stageId]));
  const sums = new Map<string, { sum: number; n: number }>();
  for (const e of board.emotions) {
    if (curveOf(e) !== curve) continue;
    const key = `${stageOf.get(e.stepId)}\u0000${e.personaId}`;
    const acc = sums.get(key) ?? { sum: 0, n: 0 };
    sums.set(key, { sum: acc.sum + e.score, n: acc.n + 1 });
  }
  return new Map(
    board.stages.map((stage) => [
      stage.id,
      new Map(
        board.personas.map((p) => {
          const acc = sums.get(`${stage.id}\u0000${p.id}`);
          return [p.id, acc ? acc.sum / acc.n : null];
        }),
      ),
    ]),
  );
}
