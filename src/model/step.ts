import { z } from 'zod';

export const stepSchema = z.object({
  id: z.string().min(1),
  stageId: z.string().min(1),
  name: z.string().max(500),
  durationMinutes: z.number().nonnegative().finite().optional(),
  /** The longest a customer accepts to spend on this step, in minutes (Shostack's tolerance; format version 2). */
  toleranceMinutes: z.number().nonnegative().finite().optional(),
});
export type Step = z.infer<typeof stepSchema>;
