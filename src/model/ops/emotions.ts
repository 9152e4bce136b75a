import type { Board } from '../board';
import { clampEmotion, type EmotionPoint } from '../emotion';
import { newId } from '../ids';
import { withoutUndefined } from './shared';

/** Sets (or creates) a persona's emotion at a step; the score is clamped to −2…+2 in half steps. */
export function setEmotion(board: Board, args: { personaId: string; stepId: string; score: number; note?: string; id?: string }): Board {
  if (!board.personas.some((p) => p.id === args.personaId) || !board.steps.some((s) => s.id === args.stepId)) return board;
  const score = clampEmotion(args.score);
  const index = board.emotions.findIndex((e) => e.personaId === args.personaId && e.stepId === args.stepId);
  const current = board.emotions[index];
  if (current) {
    const note = args.note === undefined ? current.note : args.note || undefined;
    if (current.score === score && current.note === note) return board;
    const emotions = board.emotions.slice();
    emotions[index] = withoutUndefined({ ...current, score, note });
    return { ...board, emotions };
  }
  const point: EmotionPoint = withoutUndefined({ id: args.id ?? newId('em_'), personaId: args.personaId, stepId: args.stepId, score, note: args.note || undefined });
  return { ...board, emotions: [...board.emotions, point] };
}

/** Removes a persona's point at a step, leaving a gap in the curve (not a zero). */
export function clearEmotion(board: Board, personaId: string, stepId: string): Board {
  const next = board.emotions.filter((e) => !(e.personaId === personaId && e.stepId === stepId));
  return next.length === board.emotions.length ? board : { ...board, emotions: next };
}
