import { z } from 'zod';

export const connectorSchema = z.object({
  id: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  label: z.string().max(500).optional(),
  kind: z.enum(['flow', 'dependency']).optional(),
});
export type Connector = z.infer<typeof connectorSchema>;
