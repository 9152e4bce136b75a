import fc from 'fast-check';
import type { Board } from '../board';
import { LANE_KINDS } from '../lane';
import { MARKER_KINDS } from '../card';
import * as ops from '../ops';

/** An op as data: a name and a few numbers that pick targets among what exists at that moment. */
export const opArb = fc.tuple(
  fc.constantFrom(
    'addCard',
    'updateCard',
    'moveCards',
    'deleteCards',
    'toggleMarker',
    'addLane',
    'renameLane',
    'moveLane',
    'deleteLane',
    'addStep',
    'moveStep',
    'deleteStep',
    'addStage',
    'moveStage',
    'deleteStage',
    'addConnector',
    'deleteConnector',
    'addPersona',
    'deletePersona',
    'setEmotion',
    'clearEmotion',
    'renameBoard',
    'collapseLane',
    'linkEmotion',
    'toBeCurve',
    'comment',
    'reply',
    'resolve',
  ),
  fc.nat(1000),
  fc.nat(1000),
  fc.nat(1000),
  fc.string({ maxLength: 12 }),
  fc.double({ min: -5, max: 5, noNaN: true }),
);
export type OpData = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

export const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** Applies one op described as data; ops given impossible targets must return the board unchanged. */
export function applyOp(b: Board, [name, i, j, k, text, x]: OpData): Board {
  const card = pick(b.cards, i),
    lane = pick(b.lanes, j),
    step = pick(b.steps, k),
    stage = pick(b.stages, j);
  const persona = pick(b.personas, i);
  switch (name) {
    case 'addCard':
      return lane && step ? ops.addCard(b, { laneId: lane.id, stepId: step.id, text, index: i % 4 }) : b;
    case 'updateCard':
      return card ? ops.updateCard(b, card.id, { text, owner: text || undefined }) : b;
    case 'moveCards':
      return card && lane && step ? ops.moveCards(b, [card.id, pick(b.cards, i + 1)!.id], { laneId: lane.id, stepId: step.id, index: k % 3 }) : b;
    case 'deleteCards':
      return card ? ops.deleteCards(b, [card.id]) : b;
    case 'toggleMarker':
      return card ? ops.toggleMarker(b, card.id, pick(MARKER_KINDS, j)!, k % 2 === 0) : b;
    case 'addLane':
      return ops.addLane(b, { kind: pick(LANE_KINDS, i)!, name: text, index: j % 6 });
    case 'renameLane':
      return lane ? ops.renameLane(b, lane.id, text) : b;
    case 'moveLane':
      return lane ? ops.moveLane(b, lane.id, i % 7) : b;
    case 'deleteLane':
      return lane ? ops.deleteLane(b, lane.id) : b;
    case 'collapseLane':
      return lane ? ops.setLaneCollapsed(b, lane.id, i % 2 === 0) : b;
    case 'addStep':
      return stage ? ops.addStep(b, { stageId: stage.id, name: text, index: i % 4 }) : b;
    case 'moveStep':
      return step && stage ? ops.moveStep(b, step.id, { stageId: stage.id, index: i % 4 }) : b;
    case 'deleteStep':
      return step ? ops.deleteStep(b, step.id) : b;
    case 'addStage':
      return ops.addStage(b, { name: text, index: i % 4 });
    case 'moveStage':
      return stage ? ops.moveStage(b, stage.id, i % 4) : b;
    case 'deleteStage':
      return stage ? ops.deleteStage(b, stage.id) : b;
    case 'addConnector':
      return card ? ops.addConnector(b, { from: card.id, to: pick(b.cards, j)!.id }) : b;
    case 'deleteConnector': {
      const c = pick(b.connectors, i);
      return c ? ops.deleteConnector(b, c.id) : b;
    }
    case 'addPersona':
      return ops.addPersona(b, { name: text });
    case 'deletePersona':
      return persona ? ops.deletePersona(b, persona.id) : b;
    case 'setEmotion':
      return persona && step ? ops.setEmotion(b, { personaId: persona.id, stepId: step.id, score: x, note: text }) : b;
    case 'clearEmotion':
      return persona && step ? ops.clearEmotion(b, persona.id, step.id) : b;
    case 'renameBoard':
      return ops.renameBoard(b, text);
    case 'linkEmotion': {
      const e = pick(b.emotions, j);
      return card && e ? ops.linkCardToEmotion(b, card.id, e.id) : b;
    }
    case 'toBeCurve':
      return persona ? ops.setToBeCurve(b, persona.id, k % 2 === 0) : b;
    case 'comment':
      return card
        ? ops.addComment(b, { cardId: card.id, author: `p${j % 3}`, text: text || 'note', at: new Date(Date.UTC(2026, 0, 1, 0, 0, k)).toISOString() })
        : b;
    case 'reply': {
      const thread = pick(
        (b.comments ?? []).filter((c) => !c.replyTo),
        j,
      );
      return thread
        ? ops.addComment(b, {
            cardId: thread.cardId,
            author: `p${i % 3}`,
            text: text || 'reply',
            at: new Date(Date.UTC(2026, 0, 2, 0, 0, k)).toISOString(),
            replyTo: thread.id,
          })
        : b;
    }
    case 'resolve': {
      const thread = pick(
        (b.comments ?? []).filter((c) => !c.replyTo),
        j,
      );
      return thread ? ops.setThreadResolved(b, thread.id, k % 2 === 0) : b;
    }
  }
}
