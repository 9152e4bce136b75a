import { dropOrphanMeasurements } from './metrics';
import type { Board } from '../board';
import { STAGE_COLORS, type Stage } from '../stage';
import { newId } from '../ids';
import { cleanName, insertAt, moveItem, updateIn, withoutUndefined } from './shared';
import { groupStepsByStage } from './steps';

export function addStage(board: Board, args: { name: string; color?: string; index?: number; id?: string }): Board {
  const stage: Stage = withoutUndefined({
    id: args.id ?? newId('sg_'),
    name: cleanName(args.name),
    color: args.color ?? STAGE_COLORS[board.stages.length % STAGE_COLORS.length],
  });
  return groupStepsByStage({ ...board, stages: insertAt(board.stages, stage, args.index) });
}

export function renameStage(board: Board, id: string, name: string): Board {
  return updateIn(board, 'stages', id, (s) => (s.name === cleanName(name) ? s : { ...s, name: cleanName(name) }));
}

export function recolorStage(board: Board, id: string, color: string | undefined): Board {
  return updateIn(board, 'stages', id, (s) => (s.color === color ? s : withoutUndefined({ ...s, color })));
}

export function moveStage(board: Board, id: string, toIndex: number): Board {
  const from = board.stages.findIndex((s) => s.id === id);
  if (from < 0 || from === toIndex) return board;
  return groupStepsByStage({ ...board, stages: moveItem(board.stages, from, toIndex) });
}

/**
 * Deletes a stage. Its steps (and their cards) join the neighbouring stage rather than vanish;
 * the last stage cannot be deleted because every step needs one.
 */
export function deleteStage(board: Board, id: string): Board {
  const index = board.stages.findIndex((s) => s.id === id);
  if (index < 0 || board.stages.length < 2) return board;
  const heir = board.stages[index === 0 ? 1 : index - 1]!;
  const steps = board.steps.map((s) => (s.stageId === id ? { ...s, stageId: heir.id } : s));
  return dropOrphanMeasurements(groupStepsByStage({ ...board, stages: board.stages.filter((s) => s.id !== id), steps }));
}
