import { z } from 'zod';
import { attachmentSchema, imageSchema, MAX_ATTACHMENTS_PER_CARD, MAX_IMAGES_PER_CARD } from './media';

export const CHANNELS = ['in-person', 'phone', 'web', 'app', 'email', 'chat', 'print', 'other'] as const;
export const SERVQUAL_DIMENSIONS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const;
/** How well a card is known: seen in research, a team's assumption, or a proposed change (format version 2). */
export const EVIDENCE_STATUSES = ['observed', 'assumed', 'proposed'] as const;
/** Where a research insight comes from (format version 4). */
export const INSIGHT_SOURCES = ['interview', 'survey', 'analytics', 'observation', 'complaint', 'other'] as const;
/** How far an opportunity got: still open, chosen to act on, or parked. */
export const OPPORTUNITY_STATUSES = ['open', 'chosen', 'parked'] as const;
/** How far a solution got, from an idea to live (or dropped). */
export const SOLUTION_STATUSES = ['idea', 'planned', 'in-progress', 'piloting', 'live', 'dropped'] as const;

/** A calendar day, as `<input type="date">` gives it: 2026-12-01. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

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
  // Research insights: what was heard or seen, from whom, when, and where the record is.
  quote: z.string().max(20_000).optional(),
  source: z.enum(INSIGHT_SOURCES).optional(),
  participant: z.string().max(500).optional(),
  date: isoDate.optional(),
  /** Kept as typed (a half-typed address is not lost); only an http(s) address is ever opened (`safeLink`). */
  link: z.string().max(2_000).optional(),
  // Opportunities: scored 1–5 for a priority (`priority`), and a status.
  customerValue: rating.optional(),
  businessValue: rating.optional(),
  effort: rating.optional(),
  opportunityStatus: z.enum(OPPORTUNITY_STATUSES).optional(),
  // Solutions: a status and a due date (the owner is the card's owner).
  solutionStatus: z.enum(SOLUTION_STATUSES).optional(),
  dueDate: isoDate.optional(),
  /** The day the solution went live: measurements before it and from it on tell whether it worked. */
  liveDate: isoDate.optional(),
  /** The metrics the solution should move. */
  metricIds: z.array(z.string().min(1).max(100)).max(50).optional(),
  /** Pictures (format version 9): the first is shown on the card. */
  images: z.array(imageSchema).max(MAX_IMAGES_PER_CARD).optional(),
  /** Files kept with the card (format version 9), listed and downloaded, never opened inline. */
  attachments: z.array(attachmentSchema).max(MAX_ATTACHMENTS_PER_CARD).optional(),
});
export type Card = z.infer<typeof cardSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type FailurePoint = z.infer<typeof failureSchema>;
export type WaitPoint = z.infer<typeof waitSchema>;
export type Channel = (typeof CHANNELS)[number];
export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number];
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];
export type InsightSource = (typeof INSIGHT_SOURCES)[number];
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];

/** A link the app may open: an http or https address, else nothing (a `javascript:` address never runs). */
export function safeLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined; // not an address (yet): shown as typed, not as a link
  }
}

export type MarkerKind = 'touchpoint' | 'failure' | 'wait';
export const MARKER_KINDS: readonly MarkerKind[] = ['touchpoint', 'failure', 'wait'];
/** Defaults used when a marker is switched on. */
export const MARKER_DEFAULTS = {
  touchpoint: { channel: 'in-person' },
  failure: { severity: 2 },
  wait: {},
} as const satisfies { touchpoint: Touchpoint; failure: FailurePoint; wait: WaitPoint };
