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
