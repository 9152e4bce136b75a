import type { ExampleSpec } from './spec';

/** The lanes of every example: the emotion curve above a classic five-lane blueprint. */
export const BLUEPRINT_WITH_JOURNEY: ExampleSpec['lanes'] = [
  { kind: 'emotion' },
  { kind: 'evidence' },
  { kind: 'customer' },
  { kind: 'frontstage' },
  { kind: 'backstage' },
  { kind: 'support' },
];
/** Lane indexes into `BLUEPRINT_WITH_JOURNEY`. */
export const EV = 1,
  CU = 2,
  FR = 3,
  BA = 4,
  SU = 5;

/** The improvement loop's lanes, below the blueprint: research insights, opportunities, solutions. */
export const LOOP_LANES: ExampleSpec['lanes'] = [{ kind: 'insight' }, { kind: 'opportunity' }, { kind: 'solution' }];
/** Lane indexes into `[...BLUEPRINT_WITH_JOURNEY, ...LOOP_LANES]`. */
export const IN = 6,
  OP = 7,
  SO = 8;
