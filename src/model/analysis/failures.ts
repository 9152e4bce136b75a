import type { Board } from '../board';
import { curveOf } from '../emotion';
import { boardIndex, byBoardOrder, filled } from './boardIndex';

export interface FailureRow {
  cardId: string;
  stageId?: string;
  stepId: string;
  laneId: string;
  severity: number;
  cause?: string;
  recovery?: string;
  owner?: string;
  flags: {
    noRecovery: boolean;
    noOwner: boolean;
    /** The failure happens above the line of visibility. */
    visible: boolean;
    /** Some persona scores −1 or lower (as-is) at the failure's step. */
    emotionalLow: boolean;
  };
}

/** The failure register: most severe first, then those the customer sees, then board order. */
export function failureRegister(board: Board): FailureRow[] {
  const ix = boardIndex(board);
  const lowSteps = new Set(board.emotions.filter((e) => curveOf(e) === 'as-is' && e.score <= -1).map((e) => e.stepId));
  const order = byBoardOrder(ix);
  return board.cards
    .filter((c) => c.failure)
    .map((c): FailureRow => ({
      cardId: c.id,
      stageId: ix.stageOf.get(c.stepId),
      stepId: c.stepId,
      laneId: c.laneId,
      severity: c.failure!.severity,
      cause: c.failure!.cause,
      recovery: c.failure!.recovery,
      owner: c.owner,
      flags: {
        noRecovery: !filled(c.failure!.recovery),
        noOwner: !filled(c.owner),
        visible: ix.visible(c.laneId),
        emotionalLow: lowSteps.has(c.stepId),
      },
    }))
    .sort((a, b) => b.severity - a.severity || Number(b.flags.visible) - Number(a.flags.visible) || order(a.cardId, b.cardId));
}
