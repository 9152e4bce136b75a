import { z } from 'zod';

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

export const emotionPointSchema = z.object({
  id: z.string().min(1),
  personaId: z.string().min(1),
  stepId: z.string().min(1),
  score: z.number().min(EMOTION_MIN).max(EMOTION_MAX).multipleOf(0.5),
  note: z.string().max(10_000).optional(),
  /** Today's experience (default) or the target one, drawn dashed. */
  curve: z.enum(['as-is', 'to-be']).optional(),
});
export type Curve = 'as-is' | 'to-be';
export const curveOf = (e: { curve?: Curve }): Curve => e.curve ?? 'as-is';
export type EmotionPoint = z.infer<typeof emotionPointSchema>;

/** Clamp to −2…+2 and snap to half steps. */
export function clampEmotion(score: number): number {
  if (!Number.isFinite(score)) return 0;
  // + 0 turns −0 into 0: the document stores numbers as they are, and −0 would come back as 0.
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(score * 2) / 2)) + 0;
}
