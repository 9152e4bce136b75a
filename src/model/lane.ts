import { z } from 'zod';

export const LANE_KINDS = [
  'evidence',
  'customer',
  'frontstage',
  'backstage',
  'support',
  'emotion',
  'pain',
  'insight',
  'opportunity',
  'solution',
  'metric',
  'text',
] as const;
export const laneKindSchema = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof laneKindSchema>;

export const laneSchema = z.object({
  id: z.string().min(1),
  kind: laneKindSchema,
  name: z.string().max(500),
  collapsed: z.boolean().optional(),
  height: z.number().positive().finite().optional(),
  /** The metric a `metric` lane shows along the journey. */
  metricId: z.string().min(1).optional(),
});
export type Lane = z.infer<typeof laneSchema>;

/** The five lanes of a classic service blueprint, top to bottom. */
export const BLUEPRINT_LANE_KINDS: readonly LaneKind[] = ['evidence', 'customer', 'frontstage', 'backstage', 'support'];

/** Lane colours, chosen to stay distinguishable and to keep dark text readable (WCAG AA). */
export const LANE_COLORS: Record<LaneKind, string> = {
  evidence: '#f1f5f9',
  customer: '#e0f2fe',
  frontstage: '#dcfce7',
  backstage: '#fef9c3',
  support: '#f3e8ff',
  emotion: '#fff1f2',
  pain: '#fee2e2',
  insight: '#e0e7ff',
  opportunity: '#ccfbf1',
  solution: '#d9f99d',
  metric: '#f0fdfa',
  text: '#ffffff',
};
