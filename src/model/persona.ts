import { z } from 'zod';

export const personaSchema = z.object({
  id: z.string().min(1),
  name: z.string().max(500),
  color: z.string().max(64),
  description: z.string().max(10_000).optional(),
  /** The persona's curves are not drawn (on screen and in exports); its points are kept. */
  hidden: z.boolean().optional(),
  /** The persona's to-be curve is not drawn; its points are kept (hiding never deletes). */
  toBeHidden: z.boolean().optional(),
});
export type Persona = z.infer<typeof personaSchema>;

export const PERSONA_COLORS = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed'] as const;
