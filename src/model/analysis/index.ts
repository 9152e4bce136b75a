import type { Board } from '../board';
import { emotionAnalysis } from './emotions';
import { evidenceAnalysis } from './evidence';
import { failureRegister } from './failures';
import { handoffs } from './handoffs';
import { touchpointPriorities, type QuadrantSplit } from './priorities';
import { servqual } from './servqual';
import { timeAndWaiting } from './time';

export * from './stageEmotions';
export * from './priorities';
export * from './failures';
export * from './time';
export * from './handoffs';
export * from './servqual';
export * from './emotions';
export * from './evidence';
export * from './highlight';
export * from './scenarioFigures';
export { boardIndex, type BoardIndex } from './boardIndex';

/**
 * Every analysis of one board: what the Analysis view, the Backlog, the PDF appendix and the CSV
 * registers show. Boards are immutable, so one result per board object and split serves them all
 * (the Analysis view and the Backlog are often open together and recompute on the same edit).
 */
export function analyseBoard(board: Board, split: QuadrantSplit = 'midpoint'): BoardAnalysis {
  let known = analyses.get(board);
  if (!known) analyses.set(board, (known = new Map()));
  let analysis = known.get(split);
  if (!analysis) known.set(split, (analysis = computeAnalysis(board, split)));
  return analysis;
}
const analyses = new WeakMap<Board, Map<QuadrantSplit, BoardAnalysis>>();

function computeAnalysis(board: Board, split: QuadrantSplit) {
  return {
    priorities: touchpointPriorities(board, split),
    failures: failureRegister(board),
    time: timeAndWaiting(board),
    handoffs: handoffs(board),
    servqual: servqual(board),
    emotions: emotionAnalysis(board),
    evidence: evidenceAnalysis(board),
  };
}
export type BoardAnalysis = ReturnType<typeof computeAnalysis>;
