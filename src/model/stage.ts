import { z } from 'zod';

export const stageSchema = z.object({
  id: z.string().min(1),
  name: z.string().max(500),
  color: z.string().max(64).optional(),
});
export type Stage = z.infer<typeof stageSchema>;

/** Soft band colours for stages, cycled as stages are added. */
export const STAGE_COLORS = ['#dbeafe', '#dcfce7', '#fef3c7', '#fce7f3', '#ede9fe', '#cffafe'] as const;
