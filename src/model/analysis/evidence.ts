import type { Board } from '../board';
import type { EvidenceStatus } from '../card';
import { boardIndex } from './boardIndex';

export type EvidenceCounts = Record<EvidenceStatus | 'unset', number> & { total: number };

export interface Evidence {
  lanes: (EvidenceCounts & { laneId: string })[];
  totals: EvidenceCounts;
  /** Assumed cards the customer meets (above the line of visibility): open research questions. */
  openQuestions: string[];
  /** Cards marked observed with no research insight linked to them: "observed, no source". */
  unsourced: string[];
}

const empty = (): EvidenceCounts => ({ observed: 0, assumed: 0, proposed: 0, unset: 0, total: 0 });

/** How much of the board is observed, assumed or proposed, per lane. */
export function evidenceAnalysis(board: Board): Evidence {
  const ix = boardIndex(board);
  const perLane = new Map(board.lanes.map((l) => [l.id, empty()]));
  const totals = empty();
  const insightLanes = new Set(board.lanes.filter((l) => l.kind === 'insight').map((l) => l.id));
  const laneOf = new Map(board.cards.map((c) => [c.id, c.laneId]));
  const isInsight = (laneId: string | undefined) => !!laneId && insightLanes.has(laneId);
  // A link either way between a card and an insight makes the insight its source.
  const sourced = new Set<string>();
  for (const c of board.connectors) {
    if (isInsight(laneOf.get(c.from))) sourced.add(c.to);
    if (isInsight(laneOf.get(c.to))) sourced.add(c.from);
  }
  for (const c of board.cards) {
    const counts = perLane.get(c.laneId);
    if (!counts) continue;
    const status = c.evidence ?? 'unset';
    counts[status]++;
    counts.total++;
    totals[status]++;
    totals.total++;
  }
  return {
    lanes: board.lanes.map((l) => ({ laneId: l.id, ...perLane.get(l.id)! })),
    totals,
    openQuestions: ix.cardsInOrder.filter((c) => c.evidence === 'assumed' && ix.visible(c.laneId)).map((c) => c.id),
    unsourced: ix.cardsInOrder.filter((c) => c.evidence === 'observed' && !isInsight(c.laneId) && !sourced.has(c.id)).map((c) => c.id),
  };
}
