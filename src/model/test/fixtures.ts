import { buildBoard, type BoardSpec, type CardSpec } from '../build';
import { BLUEPRINT_LANE_KINDS, LANE_KINDS, type LaneKind } from '../lane';

export const laneNames = Object.fromEntries(LANE_KINDS.map((k) => [k, `${k} lane`])) as Record<LaneKind, string>;

/** The small restaurant blueprint's words: card texts by lane (5 rows of 5 steps), lane, stage and step names. */
export interface SmallRestaurantWords {
  cards: string[][];
  lanes: Record<LaneKind, string>;
  stages: [string, string, string];
  steps: [string, string, string, string, string];
  failure: { cause: string; recovery: string };
}

/**
 * A small restaurant blueprint: 3 stages, 5 steps, the 5 blueprint lanes, one card per cell, two
 * touchpoints, a wait, a failure point and a chain of connectors. Model tests and end-to-end
 * tests both work on it, each with its own words.
 */
export function smallRestaurantSpec(words: SmallRestaurantWords): BoardSpec {
  const cards: CardSpec[] = words.cards.flatMap((row, lane) => row.map((text, step) => ({ lane, step, text })));
  const at = (lane: number, step: number) => lane * 5 + step;
  cards[at(1, 0)]!.touchpoint = { channel: 'web', importance: 4, performance: 4 };
  cards[at(1, 2)]!.touchpoint = { channel: 'in-person', importance: 5, performance: 3 };
  cards[at(1, 1)]!.wait = { minutes: 10 };
  cards[at(3, 3)]!.failure = { severity: 2, ...words.failure };
  const [reservation, arrival, ordering, meal, payment] = words.steps;
  return {
    title: 'Restaurant visit',
    stages: [
      { name: words.stages[0], steps: [reservation] },
      { name: words.stages[1], steps: [arrival, ordering, meal] },
      { name: words.stages[2], steps: [payment] },
    ],
    lanes: BLUEPRINT_LANE_KINDS.map((kind) => ({ kind, name: words.lanes[kind] })),
    cards,
    connectors: [
      [at(1, 2), at(2, 2)],
      [at(2, 2), at(3, 2)],
      [at(3, 2), at(3, 3)],
      [at(4, 3), at(3, 3)],
      [at(3, 3), at(2, 3)],
    ],
  };
}

/** The board most model tests work on: cards named "<lane kind> <step number>", so a test can say which card it means. */
export const sample = () =>
  buildBoard(
    smallRestaurantSpec({
      cards: BLUEPRINT_LANE_KINDS.map((kind) => [1, 2, 3, 4, 5].map((i) => `${kind} ${i}`)),
      lanes: laneNames,
      stages: ['Before', 'Visit', 'After'],
      steps: ['Reservation', 'Arrival', 'Ordering', 'Meal', 'Payment'],
      failure: { cause: 'Wrong dish', recovery: 'Replace it fast' },
    }),
    { now: new Date('2026-01-01T00:00:00Z') },
  );
