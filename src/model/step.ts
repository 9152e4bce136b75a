import { z } from 'zod';

export const stepSchema = z.object({
  id: z.string().min(1),
  stageId: z.string().min(1),
  name: z.string().max(500),
  durationMinutes: z.number().nonnegative().finite().optional(),
});
export type Step = z.infer<typeof stepSchema>;
