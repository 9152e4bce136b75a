import type { Board } from '../board';
import { EVIDENCE_STATUSES } from '../card';
import { QUADRANTS, touchpointPriorities } from './priorities';

export const HIGHLIGHT_MEASURES = ['severity', 'quadrant', 'evidence', 'owner'] as const;
export type HighlightMeasure = (typeof HIGHLIGHT_MEASURES)[number];

export interface Highlight {
  /** The values of the measure in legend order (severities "3", "2", "1"; quadrants; statuses; owners). */
  values: string[];
  /** Each card that has a value, and its value. Cards without one are left plain. */
  byCard: Map<string, string>;
}

/** Groups the board's cards by one measure, so a team can see its pattern on the blueprint. */
export function highlight(board: Board, measure: HighlightMeasure): Highlight {
  const byCard = new Map<string, string>();
  if (measure === 'severity') {
    for (const c of board.cards) if (c.failure) byCard.set(c.id, String(c.failure.severity));
    return { values: ['3', '2', '1'], byCard };
  }
  if (measure === 'quadrant') {
    for (const r of touchpointPriorities(board).rows) if (r.quadrant) byCard.set(r.cardId, r.quadrant);
    return { values: [...QUADRANTS], byCard };
  }
  if (measure === 'evidence') {
    for (const c of board.cards) if (c.evidence) byCard.set(c.id, c.evidence);
    return { values: [...EVIDENCE_STATUSES], byCard };
  }
  const owners = new Map<string, string>(); // one entry per owner, however it is capitalised
  for (const c of board.cards) {
    const owner = c.owner?.trim();
    if (!owner) continue;
    const key = owner.toLocaleLowerCase();
    if (!owners.has(key)) owners.set(key, owner);
    byCard.set(c.id, owners.get(key)!);
  }
  return { values: [...owners.values()], byCard };
}
