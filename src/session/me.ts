import { PERSONA_COLORS } from '../model';
import type { BoardRepository } from '../persistence';
import type { Me } from './share/sync';

/** This device's name and colour on shared boards, chosen once (`guest` and a colour until then). */
export async function whoAmI(repo: BoardRepository, guest: string): Promise<Me> {
  // Unreadable storage: a guest name and colour for now (the Share dialog says when keeping a name fails).
  const stored = await repo.settings.get('me').catch(() => undefined);
  if (stored?.name.trim()) return stored;
  return { name: guest, color: PERSONA_COLORS[Math.floor(Math.random() * PERSONA_COLORS.length)]! };
}
