import { dropOrphanMeasurements } from './metrics';
import type { Board } from '../board';
import type { Step } from '../step';
import { STAGE_COLORS } from '../stage';
import { newId } from '../ids';
import { cleanName, insertAt, updateIn, withoutUndefined } from './shared';
import { deleteCards } from './cards';
import { dropEmotionLinks } from './emotions';

/**
 * Keeps steps contiguous per stage, in stage order, so each stage draws as one band.
 * Stable: steps keep their relative order inside a stage.
 */
export function groupStepsByStage(board: Board): Board {
  const rank = new Map(board.stages.map((s, i) => [s.id, i]));
  const sorted = board.steps
    .map((step, i) => ({ step, i }))
    .sort((a, b) => (rank.get(a.step.stageId) ?? Infinity) - (rank.get(b.step.stageId) ?? Infinity) || a.i - b.i)
    .map((x) => x.step);
  return sorted.every((s, i) => s === board.steps[i]) ? board : { ...board, steps: sorted };
}

/** Adds a step to a stage; `index` counts within that stage (default: at its end). */
export function addStep(board: Board, args: { stageId: string; name: string; index?: number; id?: string; durationMinutes?: number }): Board {
  if (!board.stages.some((s) => s.id === args.stageId)) return board;
  const step: Step = withoutUndefined({
    id: args.id ?? newId('st_'),
    stageId: args.stageId,
    name: cleanName(args.name),
    durationMinutes: args.durationMinutes,
  });
  const steps = insertAt(
    board.steps.filter((s) => s.stageId === args.stageId),
    step,
    args.index,
  );
  return placeStageSteps(board, args.stageId, steps);
}

export function renameStep(board: Board, id: string, name: string): Board {
  return updateIn(board, 'steps', id, (s) => (s.name === cleanName(name) ? s : { ...s, name: cleanName(name) }));
}

/** Sets (or with `undefined` clears) a step's duration or its customer tolerance, in minutes. */
export function setStepMinutes(board: Board, id: string, field: 'durationMinutes' | 'toleranceMinutes', minutes: number | undefined): Board {
  return updateIn(board, 'steps', id, (s) => (s[field] === minutes ? s : withoutUndefined({ ...s, [field]: minutes })));
}

/** Moves a step to `index` within `stageId` (which may be another stage). Cards and emotion points follow by id. */
export function moveStep(board: Board, id: string, to: { stageId: string; index: number }): Board {
  const step = board.steps.find((s) => s.id === id);
  if (!step || !board.stages.some((s) => s.id === to.stageId)) return board;
  const without = { ...board, steps: board.steps.filter((s) => s.id !== id) };
  const moved = step.stageId === to.stageId ? step : { ...step, stageId: to.stageId };
  const target = insertAt(
    without.steps.filter((s) => s.stageId === to.stageId),
    moved,
    to.index,
  );
  const next = placeStageSteps(without, to.stageId, target);
  return next.steps.every((s, i) => s === board.steps[i]) ? board : dropEmptiedStage(next, step.stageId);
}

/**
 * A stage left without steps by moving or deleting its last step goes too: a stage with no
 * step has no column to draw, yet would show in present mode and exports. (The last stage stays.)
 */
function dropEmptiedStage(board: Board, stageId: string): Board {
  if (board.stages.length < 2 || board.steps.some((s) => s.stageId === stageId)) return board;
  return { ...board, stages: board.stages.filter((s) => s.id !== stageId) };
}

/**
 * Puts a step into another stage, where it stays nearest its place: at the start of a later
 * stage, at the end of an earlier one.
 */
export function setStepStage(board: Board, id: string, stageId: string): Board {
  const step = board.steps.find((s) => s.id === id);
  if (!step || step.stageId === stageId) return board;
  const rank = (sid: string) => board.stages.findIndex((s) => s.id === sid);
  const later = rank(stageId) > rank(step.stageId);
  return moveStep(board, id, { stageId, index: later ? 0 : board.steps.filter((s) => s.stageId === stageId).length });
}

/** Starts a new stage at a step: it and the steps after it in its stage move to the new stage, placed right after. */
export function startStageAt(board: Board, stepId: string, args: { name: string; id?: string; color?: string }): Board {
  const step = board.steps.find((s) => s.id === stepId);
  if (!step) return board;
  const own = board.steps.filter((s) => s.stageId === step.stageId);
  const from = own.indexOf(step);
  if (from === 0) return board; // already where its stage starts
  const id = args.id ?? newId('sg_');
  const index = board.stages.findIndex((s) => s.id === step.stageId) + 1;
  const moving = new Set(own.slice(from).map((s) => s.id));
  const stage = withoutUndefined({ id, name: cleanName(args.name), color: args.color ?? STAGE_COLORS[board.stages.length % STAGE_COLORS.length] });
  return groupStepsByStage({
    ...board,
    stages: insertAt(board.stages, stage, index),
    steps: board.steps.map((s) => (moving.has(s.id) ? { ...s, stageId: id } : s)),
  });
}

/** Deletes a step with its cards, their connectors and the emotion points at that step (and its stage, if that empties it). */
export function deleteStep(board: Board, id: string): Board {
  const step = board.steps.find((s) => s.id === id);
  if (!step) return board;
  const cleared = deleteCards(
    board,
    board.cards.filter((c) => c.stepId === id).map((c) => c.id),
  );
  return dropOrphanMeasurements(
    dropEmptiedStage(
      dropEmotionLinks({
        ...cleared,
        steps: cleared.steps.filter((s) => s.id !== id),
        emotions: cleared.emotions.filter((e) => e.stepId !== id),
      }),
      step.stageId,
    ),
  );
}

/** Replace one stage's steps with `stageSteps`, keeping every other step where it is. */
function placeStageSteps(board: Board, stageId: string, stageSteps: Step[]): Board {
  const others = board.steps.filter((s) => s.stageId !== stageId);
  return groupStepsByStage({ ...board, steps: [...others, ...stageSteps] });
}

/**
 * Moves a step to a position in the whole step order; it joins the stage of the step it lands
 * after (or, at the very start, the first stage).
 */
export function moveStepToIndex(board: Board, id: string, toIndex: number): Board {
  const others = board.steps.filter((s) => s.id !== id);
  const at = Math.max(0, Math.min(others.length, toIndex));
  const before = others[at - 1],
    after = others[at];
  const stageId = before?.stageId ?? after?.stageId ?? board.stages[0]?.id;
  if (!stageId) return board;
  const index = before ? others.filter((s) => s.stageId === stageId).indexOf(before) + 1 : 0;
  return moveStep(board, id, { stageId, index });
}
