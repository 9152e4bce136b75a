import type { Board } from '../board';
import { clampEmotion, curveOf, type Curve, type EmotionPoint } from '../emotion';
import { newId } from '../ids';
import { withoutUndefined } from './shared';

/** Sets (or creates) a persona's emotion at a step; the score is clamped to −2…+2 in half steps. */
export function setEmotion(
  board: Board,
  args: { personaId: string; stepId: string; score: number; note?: string; id?: string; curve?: Curve },
): Board {
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
    id: args.id ?? newId('em_'),
    personaId: args.personaId,
    stepId: args.stepId,
    score,
    note: args.note || undefined,
    curve: curve === 'to-be' ? curve : undefined,
  });
  return { ...board, emotions: [...board.emotions, point] };
}

/** Removes a persona's point at a step, leaving a gap in the curve (not a zero), and links to it. */
export function clearEmotion(board: Board, personaId: string, stepId: string, curve: Curve = 'as-is'): Board {
  const next = board.emotions.filter((e) => !(e.personaId === personaId && e.stepId === stepId && curveOf(e) === curve));
  return next.length === board.emotions.length ? board : dropEmotionLinks({ ...board, emotions: next });
}

/** Removes connectors that pointed at emotion points no longer on the board. */
export function dropEmotionLinks(board: Board): Board {
  const targets = new Set([...board.cards.map((c) => c.id), ...board.emotions.map((e) => e.id)]);
  const connectors = board.connectors.filter((c) => targets.has(c.to));
  return connectors.length === board.connectors.length ? board : { ...board, connectors };
}

/** Links a card (typically a pain point or opportunity) to one emotion point, replacing an earlier link; null unlinks. */
export function linkCardToEmotion(board: Board, cardId: string, emotionId: string | null): Board {
  if (!board.cards.some((c) => c.id === cardId) || (emotionId && !board.emotions.some((e) => e.id === emotionId))) return board;
  const emotionIds = new Set(board.emotions.map((e) => e.id));
  const current = board.connectors.find((c) => c.from === cardId && emotionIds.has(c.to));
  if ((current?.to ?? null) === emotionId) return board;
  const others = board.connectors.filter((c) => c !== current);
  const link = emotionId ? [{ id: newId('cn_'), from: cardId, to: emotionId, kind: 'dependency' as const }] : [];
  return { ...board, connectors: [...others, ...link] };
}

/** Starts a persona's to-be curve as a copy of today's (so there is something to reshape), or removes it. */
export function setToBeCurve(board: Board, personaId: string, on: boolean): Board {
  const has = board.emotions.some((e) => e.personaId === personaId && e.curve === 'to-be');
  if (has === on || !board.personas.some((p) => p.id === personaId)) return board;
  if (!on) return dropEmotionLinks({ ...board, emotions: board.emotions.filter((e) => !(e.personaId === personaId && e.curve === 'to-be')) });
  const asIs = board.emotions.filter((e) => e.personaId === personaId && curveOf(e) === 'as-is');
  const seed = asIs.length ? asIs : board.steps.map((s) => ({ stepId: s.id, score: 0 }));
  const copies: EmotionPoint[] = seed.map((e) => ({ id: newId('em_'), personaId, stepId: e.stepId, score: e.score, curve: 'to-be' }));
  return { ...board, emotions: [...board.emotions, ...copies] };
}
