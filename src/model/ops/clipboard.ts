import { z } from 'zod';
import type { Board } from '../board';
import { cardSchema, type Card } from '../card';
import { connectorSchema } from '../connector';
import { newId } from '../ids';
import { byCellOrder } from '../navigation';
import { cellCards, moveCards } from './cards';

export const CLIP_FORMAT = 'blueprint-studio/cards';

const clipSchema = z.object({
  format: z.literal(CLIP_FORMAT),
  cards: z.array(cardSchema).max(5000),
  connectors: z.array(connectorSchema),
});
/** Cards (with the connectors between them) on their way to another place or board. */
export type CardClip = z.infer<typeof clipSchema>;

/** The selected cards in display order, plus connectors whose both ends are selected. */
export function copyCards(board: Board, ids: readonly string[]): CardClip {
  const wanted = new Set(ids);
  const cards = board.cards.filter((c) => wanted.has(c.id)).sort(byCellOrder(board));
  return { format: CLIP_FORMAT, cards, connectors: board.connectors.filter((c) => wanted.has(c.from) && wanted.has(c.to)) };
}

/** Parses clipboard text; null when it is not a card clip (plain text is pasted as a new card elsewhere). */
export function parseClip(text: string): CardClip | null {
  try {
    const result = clipSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/**
 * Inserts copies of the clip's cards into one cell at `index`, with fresh ids (`ids` receives
 * them in order, so the caller can select them) and copies of their inner connectors.
 */
export function pasteCards(board: Board, clip: CardClip, cell: { laneId: string; stepId: string; index?: number }, ids: string[] = []): Board {
  if (!clip.cards.length || !board.lanes.some((l) => l.id === cell.laneId) || !board.steps.some((s) => s.id === cell.stepId)) return board;
  const map = new Map<string, string>();
  const base = cellCards(board, cell.laneId, cell.stepId).length;
  const copies: Card[] = clip.cards.map((c, i) => {
    const id = newId('cd_');
    map.set(c.id, id);
    ids.push(id);
    return { ...structuredClone(c), id, laneId: cell.laneId, stepId: cell.stepId, order: base + i };
  });
  const connectors = clip.connectors.map((c) => ({ ...c, id: newId('cn_'), from: map.get(c.from)!, to: map.get(c.to)! }));
  const next = { ...board, cards: [...board.cards, ...copies], connectors: [...board.connectors, ...connectors] };
  return moveCards(
    next,
    copies.map((c) => c.id),
    { laneId: cell.laneId, stepId: cell.stepId, index: cell.index },
  );
}
