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
export { boardIndex, ownerKey, type BoardIndex } from './boardIndex';

/** Every analysis of one board: what the Analysis view, the PDF appendix and the CSV registers show. */
export function analyseBoard(board: Board, split: QuadrantSplit = 'midpoint') {
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
export type BoardAnalysis = ReturnType<typeof analyseBoard>;
