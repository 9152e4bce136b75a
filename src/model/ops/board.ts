import type { Board } from '../board';
import { cleanName } from './shared';

export function renameBoard(board: Board, title: string): Board {
  const next = cleanName(title);
  return next === board.title ? board : { ...board, title: next };
}

export function setBoardDescription(board: Board, description: string): Board {
  const next = description || undefined;
  if (next === board.description) return board;
  const { description: _old, ...rest } = board;
  return next === undefined ? rest : { ...rest, description: next };
}
