import type { Board } from '../board';
import { MARKER_DEFAULTS, type Card, type MarkerKind } from '../card';
import { newId } from '../ids';
import { byCellOrder } from '../navigation';
import { cardsByCell, cellKey, renumberCells } from '../layout';
import { withoutUndefined } from './shared';

/** Cards of one cell, in display order. */
export function cellCards(board: Board, laneId: string, stepId: string): Card[] {
  return board.cards.filter((c) => c.laneId === laneId && c.stepId === stepId).sort((a, b) => a.order - b.order);
}

export function addCard(board: Board, args: { laneId: string; stepId: string; text?: string; index?: number; id?: string }): Board {
  if (!board.lanes.some((l) => l.id === args.laneId) || !board.steps.some((s) => s.id === args.stepId)) return board;
  const card: Card = { id: args.id ?? newId('cd_'), laneId: args.laneId, stepId: args.stepId, order: 0, text: args.text ?? '' };
  return placeInCell({ ...board, cards: [...board.cards, card] }, [card.id], args.laneId, args.stepId, args.index);
}

/** Editable card fields (everything but identity and position). */
export type CardPatch = Partial<Omit<Card, 'id' | 'laneId' | 'stepId' | 'order'>>;

export function updateCard(board: Board, id: string, patch: CardPatch): Board {
  const index = board.cards.findIndex((c) => c.id === id);
  const card = board.cards[index];
  if (!card) return board;
  const keys = Object.keys(patch) as (keyof CardPatch)[];
  if (keys.every((k) => patch[k] === card[k])) return board;
  const cards = board.cards.slice();
  cards[index] = withoutUndefined({ ...card, ...patch });
  return { ...board, cards };
}

/** Switches a marker on (with its defaults) or off. */
export function toggleMarker(board: Board, id: string, kind: MarkerKind, on: boolean): Board {
  const card = board.cards.find((c) => c.id === id);
  if (!card || !!card[kind] === on) return board;
  return updateCard(board, id, { [kind]: on ? { ...MARKER_DEFAULTS[kind] } : undefined });
}

/**
 * Moves cards (keeping their relative order) into a cell at `index` among the cards already there
 * (counted without the moved cards). Orders are renumbered 0..n-1 in every touched cell.
 */
export function moveCards(board: Board, ids: readonly string[], to: { laneId: string; stepId: string; index?: number }): Board {
  if (!board.lanes.some((l) => l.id === to.laneId) || !board.steps.some((s) => s.id === to.stepId)) return board;
  const moving = new Set(ids.filter((id) => board.cards.some((c) => c.id === id)));
  if (!moving.size) return board;
  const next = placeInCell(board, [...moving], to.laneId, to.stepId, to.index);
  return next.cards.every((c, i) => c === board.cards[i]) ? board : next;
}

/**
 * Drags a selection: the card grabbed (`anchorId`) goes to `to` (at `index` among the cards
 * already there), and every other card is offset by the same number of lanes and steps, so each
 * keeps its place relative to the others — a frontstage and a backstage card dragged one step
 * right stay on their own sides of the line of visibility. The offset is limited so that no card
 * leaves the grid. Cards landing in another cell than the anchor's go after the cards there, in
 * their reading order.
 */
export function moveCardGroup(board: Board, ids: readonly string[], anchorId: string, to: { laneId: string; stepId: string; index?: number }): Board {
  const moving = board.cards.filter((c) => ids.includes(c.id));
  const anchor = moving.find((c) => c.id === anchorId);
  if (!anchor) return board;
  const laneAt = new Map(board.lanes.map((l, i) => [l.id, i]));
  const stepAt = new Map(board.steps.map((s, i) => [s.id, i]));
  const toLane = laneAt.get(to.laneId);
  const toStep = stepAt.get(to.stepId);
  if (toLane === undefined || toStep === undefined) return board;
  const offset = (want: number, at: (c: Card) => number, count: number) => {
    const places = moving.map(at);
    return Math.max(-Math.min(...places), Math.min(count - 1 - Math.max(...places), want));
  };
  const dLane = offset(toLane - laneAt.get(anchor.laneId)!, (c) => laneAt.get(c.laneId)!, board.lanes.length);
  const dStep = offset(toStep - stepAt.get(anchor.stepId)!, (c) => stepAt.get(c.stepId)!, board.steps.length);
  const target = (c: Card) => ({ laneId: board.lanes[laneAt.get(c.laneId)! + dLane]!.id, stepId: board.steps[stepAt.get(c.stepId)! + dStep]!.id });
  const anchorCell = target(anchor);
  const movingIds = new Set(moving.map((c) => c.id));
  const staying = cardsByCell(board.cards.filter((c) => !movingIds.has(c.id)));
  const arriving = new Map<string, { laneId: string; stepId: string; list: Card[] }>();
  for (const c of [...moving].sort(byCellOrder(board))) {
    const cell = target(c);
    const key = cellKey(cell.laneId, cell.stepId);
    if (!arriving.has(key)) arriving.set(key, { ...cell, list: [] });
    arriving.get(key)!.list.push(c);
  }
  const placed = new Map<string, { laneId: string; stepId: string; order: number }>();
  for (const { laneId, stepId, list } of arriving.values()) {
    const here = (staying.get(cellKey(laneId, stepId)) ?? []).sort((a, b) => a.order - b.order);
    const isAnchorCell = laneId === anchorCell.laneId && stepId === anchorCell.stepId;
    const at = isAnchorCell && to.index !== undefined ? Math.max(0, Math.min(here.length, to.index)) : here.length;
    [...here.slice(0, at), ...list, ...here.slice(at)].forEach((c, order) => placed.set(c.id, { laneId, stepId, order }));
  }
  const cards = board.cards.map((c) => {
    const p = placed.get(c.id);
    return !p || (p.laneId === c.laneId && p.stepId === c.stepId && p.order === c.order) ? c : { ...c, ...p };
  });
  const next = renumberCells(cards);
  return next.every((c, i) => c === board.cards[i]) ? board : { ...board, cards: next };
}

/** Deletes cards and every connector touching them. */
export function deleteCards(board: Board, ids: readonly string[]): Board {
  const gone = new Set(ids);
  if (!board.cards.some((c) => gone.has(c.id))) return board;
  const { comments, ...rest } = board;
  const kept = comments?.filter((c) => !gone.has(c.cardId));
  return {
    ...rest,
    cards: renumberCells(board.cards.filter((c) => !gone.has(c.id))),
    connectors: board.connectors.filter((c) => !gone.has(c.from) && !gone.has(c.to)),
    // Comments go with their cards; a board left without any has none (the field is optional).
    ...(kept?.length && { comments: kept }),
  };
}

/** Place `ids` (already in `board.cards`) in the target cell at `index`, renumbering every cell. */
function placeInCell(board: Board, ids: readonly string[], laneId: string, stepId: string, index?: number): Board {
  const moving = new Set(ids);
  const sortedMoving = board.cards.filter((c) => moving.has(c.id)).sort(byCellOrder(board));
  const staying = cellCards(board, laneId, stepId).filter((c) => !moving.has(c.id));
  const at = index === undefined ? staying.length : Math.max(0, Math.min(staying.length, index));
  const cellOrder = [...staying.slice(0, at), ...sortedMoving, ...staying.slice(at)];
  const position = new Map(cellOrder.map((c, i) => [c.id, i]));
  const cards = board.cards.map((c) => {
    const order = position.get(c.id);
    if (order === undefined) return c;
    return c.laneId === laneId && c.stepId === stepId && c.order === order ? c : { ...c, laneId, stepId, order };
  });
  return { ...board, cards: renumberCells(cards) };
}
