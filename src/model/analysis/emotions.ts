import type { Board } from '../board';
import { curveOf } from '../emotion';
import { stageEmotionAverages } from './stageEmotions';
import { boardIndex } from './boardIndex';

export interface StepScore {
  stepId: string;
  score: number;
}

export interface PersonaEmotions {
  personaId: string;
  /** The lowest as-is point (the first of equals), null without points. */
  lowest: StepScore | null;
  /** Other steps whose as-is point is as low as the lowest (a tie), in step order. */
  lowestAlso: string[];
  /** The as-is point of the last step that has one. */
  end: StepScore | null;
  /** The largest fall between two neighbouring points of the as-is curve, null if it never falls. */
  sharpestDrop: { fromStepId: string; toStepId: string; drop: number } | null;
  /** Stage averages of both curves and how far the target lies above today (to-be − as-is). */
  stages: { stageId: string; asIs: number | null; toBe: number | null; difference: number | null }[];
  /** As-is points of −1 or lower at a step that holds a failure or wait point. */
  lowsAtProblems: (StepScore & { cardIds: string[] })[];
}

/** The emotion curve of each persona, read for where the experience breaks. */
export function emotionAnalysis(board: Board): PersonaEmotions[] {
  const { stepRank } = boardIndex(board);
  const problems = new Map<string, string[]>();
  for (const c of board.cards) if (c.failure || c.wait) problems.set(c.stepId, [...(problems.get(c.stepId) ?? []), c.id]);
  const asIs = stageEmotionAverages(board, 'as-is'),
    toBe = stageEmotionAverages(board, 'to-be');
  return board.personas.map((p) => {
    const points = board.emotions
      .filter((e) => e.personaId === p.id && curveOf(e) === 'as-is' && stepRank.has(e.stepId))
      .sort((a, b) => stepRank.get(a.stepId)! - stepRank.get(b.stepId)!)
      .map((e) => ({ stepId: e.stepId, score: e.score }));
    let lowest: StepScore | null = null;
    for (const point of points) if (!lowest || point.score < lowest.score) lowest = point;
    let sharpestDrop: PersonaEmotions['sharpestDrop'] = null;
    for (let i = 1; i < points.length; i++) {
      const drop = points[i - 1]!.score - points[i]!.score;
      if (drop > 0 && drop > (sharpestDrop?.drop ?? 0)) sharpestDrop = { fromStepId: points[i - 1]!.stepId, toStepId: points[i]!.stepId, drop };
    }
    const stages = board.stages.map((s) => {
      const now = asIs.get(s.id)?.get(p.id) ?? null,
        target = toBe.get(s.id)?.get(p.id) ?? null;
      return { stageId: s.id, asIs: now, toBe: target, difference: now !== null && target !== null ? target - now : null };
    });
    const lowsAtProblems = points
      .filter((pt) => pt.score <= -1 && problems.has(pt.stepId))
      .map((pt) => ({ ...pt, cardIds: problems.get(pt.stepId)! }));
    const lowestAlso = points.filter((pt) => lowest && pt !== lowest && pt.score === lowest.score).map((pt) => pt.stepId);
    return { personaId: p.id, lowest, lowestAlso, end: points.at(-1) ?? null, sharpestDrop, stages, lowsAtProblems };
  });
}
