import { buildBoard, type CardSpec } from '../build';
import { BLUEPRINT_LANE_KINDS, LANE_KINDS, type LaneKind } from '../lane';

export const laneNames = Object.fromEntries(LANE_KINDS.map((k) => [k, `${k} lane`])) as Record<LaneKind, string>;

/**
 * The small board most model tests work on: 3 stages, 5 steps, the 5 blueprint lanes, one card
 * per cell named "<lane kind> <step number>" (so a test can say which card it means), a
 * touchpoint, a wait, a failure point and a chain of connectors.
 */
export function sample() {
  const cards: CardSpec[] = BLUEPRINT_LANE_KINDS.flatMap((kind, lane) =>
    [0, 1, 2, 3, 4].map((step) => ({ lane, step, text: `${kind} ${step + 1}` })),
  );
  const at = (lane: number, step: number) => lane * 5 + step;
  cards[at(1, 0)]!.touchpoint = { channel: 'web', importance: 4, performance: 4 };
  cards[at(1, 2)]!.touchpoint = { channel: 'in-person', importance: 5, performance: 3 };
  cards[at(1, 1)]!.wait = { minutes: 10 };
  cards[at(3, 3)]!.failure = { severity: 2, cause: 'Wrong dish', recovery: 'Replace it fast' };
  return buildBoard(
    {
      title: 'Restaurant visit',
      stages: [
        { name: 'Before', steps: ['Reservation'] },
        { name: 'Visit', steps: ['Arrival', 'Ordering', 'Meal'] },
        { name: 'After', steps: ['Payment'] },
      ],
      lanes: BLUEPRINT_LANE_KINDS.map((kind) => ({ kind, name: laneNames[kind] })),
      cards,
      connectors: [
        [at(1, 2), at(2, 2)],
        [at(2, 2), at(3, 2)],
        [at(3, 2), at(3, 3)],
        [at(4, 3), at(3, 3)],
        [at(3, 3), at(2, 3)],
      ],
    },
    { now: new Date('2026-01-01T00:00:00Z') },
  );
}
