import type { Board } from '../board';
import type { Connector } from '../connector';
import { newId } from '../ids';
import { cleanName, shallowEqual, updateIn, withoutUndefined } from './shared';

/** Connects two different existing cards; a second identical connector is not added. */
export function addConnector(board: Board, args: { from: string; to: string; label?: string; kind?: Connector['kind']; id?: string }): Board {
  const exists = (id: string) => board.cards.some((c) => c.id === id);
  if (args.from === args.to || !exists(args.from) || !(exists(args.to) || board.emotions.some((e) => e.id === args.to))) return board;
  if (board.connectors.some((c) => c.from === args.from && c.to === args.to)) return board;
  const connector: Connector = withoutUndefined({ id: args.id ?? newId('cn_'), from: args.from, to: args.to, label: args.label, kind: args.kind });
  return { ...board, connectors: [...board.connectors, connector] };
}

export function updateConnector(board: Board, id: string, patch: { label?: string; kind?: Connector['kind'] }): Board {
  return updateIn(board, 'connectors', id, (c) => {
    const next = withoutUndefined({ ...c, ...patch, label: patch.label === undefined ? c.label : cleanName(patch.label) || undefined });
    return shallowEqual(next, c) ? c : next;
  });
}

export function deleteConnector(board: Board, id: string): Board {
  return board.connectors.some((c) => c.id === id) ? { ...board, connectors: board.connectors.filter((c) => c.id !== id) } : board;
}
