import type { Board } from '../board';
import type { Lane, LaneKind } from '../lane';
import { newId } from '../ids';
import { cleanName, insertAt, moveItem, updateIn, withoutUndefined } from './shared';
import { deleteCards } from './cards';

export function addLane(board: Board, args: { kind: LaneKind; name: string; index?: number; id?: string }): Board {
  const lane: Lane = { id: args.id ?? newId('ln_'), kind: args.kind, name: cleanName(args.name) };
  return { ...board, lanes: insertAt(board.lanes, lane, args.index) };
}

export function renameLane(board: Board, id: string, name: string): Board {
  return updateIn(board, 'lanes', id, (l) => (l.name === cleanName(name) ? l : { ...l, name: cleanName(name) }));
}

export function setLaneKind(board: Board, id: string, kind: LaneKind): Board {
  return updateIn(board, 'lanes', id, (l) => (l.kind === kind ? l : { ...l, kind }));
}

export function setLaneCollapsed(board: Board, id: string, collapsed: boolean): Board {
  return updateIn(board, 'lanes', id, (l) => (!!l.collapsed === collapsed ? l : withoutUndefined({ ...l, collapsed: collapsed || undefined })));
}

export function moveLane(board: Board, id: string, toIndex: number): Board {
  const from = board.lanes.findIndex((l) => l.id === id);
  if (from < 0 || from === Math.max(0, Math.min(board.lanes.length - 1, toIndex))) return board;
  return { ...board, lanes: moveItem(board.lanes, from, toIndex) };
}

/** Deletes a lane with its cards and every connector touching them. */
export function deleteLane(board: Board, id: string): Board {
  if (!board.lanes.some((l) => l.id === id)) return board;
  const cleared = deleteCards(
    board,
    board.cards.filter((c) => c.laneId === id).map((c) => c.id),
  );
  return { ...cleared, lanes: cleared.lanes.filter((l) => l.id !== id) };
}

/** Lane heights a user can set: from the smallest usable to four times the default. */
export const LANE_HEIGHT = { min: 96, max: 704, step: 44 } as const;

/** Sets a lane's height (its minimum: cards still make it taller); undefined goes back to the default. */
export function setLaneHeight(board: Board, id: string, height: number | undefined): Board {
  const next = height === undefined ? undefined : Math.min(LANE_HEIGHT.max, Math.max(LANE_HEIGHT.min, Math.round(height)));
  return updateIn(board, 'lanes', id, (l) => (l.height === next ? l : withoutUndefined({ ...l, height: next })));
}
