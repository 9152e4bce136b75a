import type { Board } from '../board';
import { PERSONA_COLORS, type Persona } from '../persona';
import { newId } from '../ids';
import { cleanName, shallowEqual, updateIn, withoutUndefined } from './shared';
import { dropEmotionLinks } from './emotions';

export function addPersona(board: Board, args: { name: string; color?: string; description?: string; id?: string }): Board {
  const persona: Persona = withoutUndefined({
    id: args.id ?? newId('ps_'),
    name: cleanName(args.name),
    color: args.color ?? PERSONA_COLORS[board.personas.length % PERSONA_COLORS.length]!,
    description: args.description,
  });
  return { ...board, personas: [...board.personas, persona] };
}

export function updatePersona(board: Board, id: string, patch: Partial<Omit<Persona, 'id'>>): Board {
  return updateIn(board, 'personas', id, (p) => {
    const next = withoutUndefined({ ...p, ...patch, ...(patch.name !== undefined ? { name: cleanName(patch.name) } : {}) });
    return shallowEqual(next, p) ? p : next;
  });
}

/** Deletes a persona with its emotion points. */
export function deletePersona(board: Board, id: string): Board {
  if (!board.personas.some((p) => p.id === id)) return board;
  return dropEmotionLinks({
    ...board,
    personas: board.personas.filter((p) => p.id !== id),
    emotions: board.emotions.filter((e) => e.personaId !== id),
  });
}
