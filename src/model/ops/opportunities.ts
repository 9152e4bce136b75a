import type { Board } from '../board';
import { addCard } from './cards';
import { addConnector } from './connectors';
import { addLane } from './lanes';

/**
 * An opportunity about a problem: a card in the step's cell of the first opportunity lane (a new
 * lane of that kind, named `laneName`, at the bottom when the board has none), linked to the
 * card the problem is about. One op, so one undo step.
 */
export function createOpportunity(
  board: Board,
  args: { stepId: string; text: string; from?: string; id: string; laneName: string; laneId?: string },
): Board {
  if (!board.steps.some((s) => s.id === args.stepId)) return board;
  let b = board;
  let lane = b.lanes.find((l) => l.kind === 'opportunity');
  if (!lane) {
    b = addLane(b, { kind: 'opportunity', name: args.laneName, id: args.laneId });
    lane = b.lanes.at(-1)!;
  }
  b = addCard(b, { laneId: lane.id, stepId: args.stepId, text: args.text, id: args.id, index: Number.MAX_SAFE_INTEGER });
  return args.from ? addConnector(b, { from: args.id, to: args.from }) : b;
}
