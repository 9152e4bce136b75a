import type { Board } from '../board';
import { clampEmotion, curveOf, type Curve, type EmotionPoint } from '../emotion';
import { newId } from '../ids';
import { withoutUndefined } from './shared';

/** Sets (or creates) a persona's emotion at a step; the score is clamped to −2…+2 in half steps. */
export function setEmotion(board: Board, args: { personaId: string; stepId: string; score: number; note?: string; id?: string; curve?: Curve }): Board {
  const curve = args.curve ?? 'as-is';
  if (!board.personas.some((p) => p.id === args.personaId) || !board.steps.some((s) => s.id === args.stepId)) return board;
  const score = clampEmotion(args.score);
  const index = board.emotions.findIndex((e) => e.personaId === args.personaId && e.stepId === args.stepId && curveOf(e) === curve);
  const current = board.emotions[index];
  if (current) {
    const note = args.note === undefined ? current.note : args.note || undefined;
    if (current.score === score && current.note === note) return board;
    const emotions = board.emotions.slice();
    emotions[index] = withoutUndefined({ ...current, score, note });
    return { ...board, emotions };
  }
  const point: EmotionPoint = withoutUndefined({
    id: args.id ?? newId('em_'), personaId: args.personaId, stepId: args.stepId, score, note: args.note || undefined,
    curve: curve === 'to-be' ? curve : undefined,
  });
  return { ...board, emotions: [...board.emotions, point] };
}

/** Removes a persona's point at a step, leaving a gap in the curve (not a zero). */
export function clearEmotion(board: Board, personaId: string, stepId: string, curve: Curve = 'as-is'): Board {
  const next = board.emotions.filter((e) => !(e.personaId === personaId && e.stepId === stepId && curveOf(e) === curve));
  return next.length === board.emotions.length ? board : { ...board, emotions: next };
}

/** Starts a persona's to-be curve as a copy of today's (so there is something to reshape), or removes it. */
export function setToBeCurve(board: Board, personaId: string, on: boolean): Board {
  const has = board.emotions.some((e) => e.personaId === personaId && e.curve === 'to-be');
  if (has === on || !board.personas.some((p) => p.id === personaId)) return board;
  if (!on) return { ...board, emotions: board.emotions.filter((e) => !(e.personaId === personaId && e.curve === 'to-be')) };
  const asIs = board.emotions.filter((e) => e.personaId === personaId && curveOf(e) === 'as-is');
  const seed = asIs.length ? asIs : board.steps.map((s) => ({ stepId: s.id, score: 0 }));
  const copies: EmotionPoint[] = seed.map((e) => ({ id: newId('em_'), personaId, stepId: e.stepId, score: e.score, curve: 'to-be' }));
  return { ...board, emotions: [...board.emotions, ...copies] };
}
