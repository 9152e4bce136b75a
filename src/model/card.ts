import { z } from 'zod';

export const CHANNELS = ['in-person', 'phone', 'web', 'app', 'email', 'chat', 'print', 'other'] as const;
export const SERVQUAL_DIMENSIONS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const;
/** How well a card is known: seen in research, a team's assumption, or a proposed change (format version 2). */
export const EVIDENCE_STATUSES = ['observed', 'assumed', 'proposed'] as const;

const rating = z.number().int().min(1).max(5);

export const touchpointSchema = z.object({
  channel: z.enum(CHANNELS),
  importance: rating.optional(),
  performance: rating.optional(),
});
export const failureSchema = z.object({
  severity: z.number().int().min(1).max(3),
  cause: z.string().max(10_000).optional(),
  recovery: z.string().max(10_000).optional(),
});
/** A wait point; its minutes may be unknown yet (ticked first, measured later): then it adds no time. */
export const waitSchema = z.object({ minutes: z.number().nonnegative().finite().optional() });

export const cardSchema = z.object({
  id: z.string().min(1),
  laneId: z.string().min(1),
  stepId: z.string().min(1),
  order: z.number().finite(),
  text: z.string().max(20_000),
  details: z.string().max(100_000).optional(),
  touchpoint: touchpointSchema.optional(),
  failure: failureSchema.optional(),
  wait: waitSchema.optional(),
  owner: z.string().max(500).optional(),
  durationMinutes: z.number().nonnegative().finite().optional(),
  cost: z.number().finite().optional(),
  servqual: z.enum(SERVQUAL_DIMENSIONS).optional(),
  evidence: z.enum(EVIDENCE_STATUSES).optional(),
  tags: z.array(z.string().max(200)).max(100).optional(),
  color: z.string().max(64).optional(),
});
export type Card = z.infer<typeof cardSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type FailurePoint = z.infer<typeof failureSchema>;
export type WaitPoint = z.infer<typeof waitSchema>;
export type Channel = (typeof CHANNELS)[number];
export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number];
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export type MarkerKind = 'touchpoint' | 'failure' | 'wait';
export const MARKER_KINDS: readonly MarkerKind[] = ['touchpoint', 'failure', 'wait'];
/** Defaults used when a marker is switched on. */
export const MARKER_DEFAULTS = {
  touchpoint: { channel: 'in-person' },
  failure: { severity: 2 },
  wait: {},
} as const satisfies { touchpoint: Touchpoint; failure: FailurePoint; wait: WaitPoint };
