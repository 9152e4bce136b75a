import { BOARD_VERSION, type Board } from '../board';
import { MAX_SCENARIO_NAME, type Scenario } from '../scenario';

/**
 * The board made a scenario of a new family, named `name` (the first board of a family is the
 * service as it is today, usually). A board already in a family is returned as it is. The version
 * moves, so that an older build refuses the board instead of dropping the link.
 */
export function startFamily(board: Board, family: string, name: string): Board {
  if (board.scenario) return board;
  return { ...board, version: BOARD_VERSION, scenario: { family, name: name.slice(0, MAX_SCENARIO_NAME) } };
}

/**
 * A new scenario of `board`'s family: its content under a new board id, with every lane, step,
 * stage, card, connector, persona and emotion point keeping its id. Review comments and the
 * activity log stay with the board they were written on: the new scenario starts its own. So do
 * the measurements: they are of the service as it ran, not of a redesign (its metrics and their
 * lanes come along, to be measured once it runs).
 */
export function scenarioCopy(board: Board & { scenario: Scenario }, id: string, name: string, now: string): Board {
  const { comments: _comments, activity: _activity, measurements: _measurements, ...content } = board;
  return {
    ...content,
    id,
    version: BOARD_VERSION,
    createdAt: now,
    updatedAt: now,
    revision: 0,
    scenario: { family: board.scenario.family, name: name.slice(0, MAX_SCENARIO_NAME) },
  };
}

/**
 * The board as one of its own, out of any family: what a duplicate, a restored copy or a template
 * starts from (a copy of the to-be is not a second to-be; "Create scenario" makes scenarios).
 */
export function standalone(board: Board): Board {
  if (!board.scenario) return board;
  const { scenario: _scenario, ...rest } = board;
  return rest;
}

/** The board's scenario under another name (a board in no family stays as it is). */
export function renameScenario(board: Board, name: string): Board {
  const trimmed = name.trim().slice(0, MAX_SCENARIO_NAME);
  if (!board.scenario || !trimmed || trimmed === board.scenario.name) return board;
  return { ...board, scenario: { ...board.scenario, name: trimmed } };
}
