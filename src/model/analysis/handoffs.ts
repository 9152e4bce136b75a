import type { Board } from '../board';
import { lineBoundaries, type LineKind } from '../layout';
import { boardIndex, byBoardOrder, filled } from './boardIndex';
import { ownerKey, sameOwner } from '../owners';
import { cycles, successors } from './graph';

export interface HandoffRow {
  connectorId: string;
  from: string;
  to: string;
  /** The stage of the card the work comes from. */
  stageId?: string;
  /** Lines between the two cards' lanes, top to bottom. */
  lines: LineKind[];
  fromOwner?: string;
  toOwner?: string;
  /** Both cards have an owner and they differ: work changes hands between teams or organisations. */
  ownerChange: boolean;
}

export interface Handoffs {
  rows: HandoffRow[];
  perStage: { stageId: string; count: number }[];
  /** Cycles of connectors: work that comes back (cards in board order). */
  reworkLoops: string[][];
  /** Work passed from one owner to another: how many connectors per ordered pair (owners as first written). */
  ownerPairs: { from: string; to: string; count: number }[];
}

/** Every connector that crosses a line of the blueprint or passes work to another owner. */
export function handoffs(board: Board): Handoffs {
  const ix = boardIndex(board);
  const lines = lineBoundaries(board.lanes);
  const rows: HandoffRow[] = [];
  for (const c of board.connectors) {
    const from = ix.cardById.get(c.from),
      to = ix.cardById.get(c.to);
    if (!from || !to) continue;
    const a = ix.laneRank.get(from.laneId)!,
      b = ix.laneRank.get(to.laneId)!;
    const crossed = lines.filter((l) => l.after >= Math.min(a, b) && l.after < Math.max(a, b)).map((l) => l.kind);
    const ownerChange = filled(from.owner) && filled(to.owner) && !sameOwner(from.owner!, to.owner!);
    if (!crossed.length && !ownerChange) continue;
    rows.push({
      connectorId: c.id,
      from: c.from,
      to: c.to,
      stageId: ix.stageOf.get(from.stepId),
      lines: crossed,
      fromOwner: from.owner,
      toOwner: to.owner,
      ownerChange,
    });
  }
  const order = byBoardOrder(ix);
  rows.sort((x, y) => order(x.from, y.from) || order(x.to, y.to));
  const perStage = board.stages.map((s) => ({ stageId: s.id, count: rows.filter((r) => r.stageId === s.id).length }));
  const reworkLoops = cycles(successors(board))
    .map((loop) => loop.sort(order))
    .sort((x, y) => order(x[0]!, y[0]!));
  const pairs = new Map<string, { from: string; to: string; count: number }>();
  const spelling = new Map<string, string>();
  const named = (owner: string) => {
    const key = ownerKey(owner);
    if (!spelling.has(key)) spelling.set(key, owner.trim());
    return spelling.get(key)!;
  };
  for (const r of rows.filter((x) => x.ownerChange)) {
    const [from, to] = [named(r.fromOwner!), named(r.toOwner!)];
    const key = `${from}\u0000${to}`;
    pairs.set(key, { from, to, count: (pairs.get(key)?.count ?? 0) + 1 });
  }
  return { rows, perStage, reworkLoops, ownerPairs: [...pairs.values()] };
}
