import { PERSONA_COLORS } from '../persona';
import type { ExampleSpec } from './spec';
import { BA, BLUEPRINT_WITH_JOURNEY, CU, EV, FR, SU } from './lanes';
/** The loop's lanes: the digital alternative holds the opportunities. */
const OP = 6,
  IN = 7,
  SO = 8;

/** Opening an account at a bank branch, with the digital alternative in its own lane. */
export const bank: ExampleSpec = {
  stages: [
    { key: 'decide', steps: [{ key: 'research', minutes: 20 }] },
    {
      key: 'branch',
      steps: [
        { key: 'ticket', minutes: 1 },
        { key: 'queue', minutes: 2, tolerance: 10 },
        { key: 'counter', minutes: 20, tolerance: 20 },
        { key: 'sign', minutes: 6 },
      ],
    },
    { key: 'start', steps: [{ key: 'activate', minutes: 5, tolerance: 10 }] },
  ],
  // The digital alternative is the board's opportunity lane; the loop's insights and solutions follow it.
  lanes: [...BLUEPRINT_WITH_JOURNEY, { kind: 'opportunity', key: 'digital' }, { kind: 'insight' }, { kind: 'solution' }],
  cards: [
    { key: 'website', lane: EV, step: 'research' },
    { key: 'research', lane: CU, step: 'research', tp: ['web', 3, 3], sq: 'tangibles' },
    { key: 'machine', lane: EV, step: 'ticket' },
    { key: 'take', lane: CU, step: 'ticket', tp: ['in-person', 2, 4], minutes: 1 },
    { key: 'screens', lane: EV, step: 'queue' },
    { key: 'wait', lane: CU, step: 'queue', tp: ['in-person', 4, 2], wait: 25, sq: 'responsiveness', ev: 'observed' },
    { key: 'precheck', lane: FR, step: 'queue', owner: 'lobby', minutes: 3, fail: 1, ev: 'assumed' },
    { key: 'explain', lane: CU, step: 'counter', tp: ['in-person', 5, 3], sq: 'assurance', ev: 'observed' },
    { key: 'teller', lane: FR, step: 'counter', owner: 'teller', minutes: 15, cost: 12, sq: 'empathy' },
    { key: 'kyc', lane: BA, step: 'counter', owner: 'compliance', minutes: 10, cost: 6, fail: 3 },
    { key: 'core', lane: SU, step: 'counter', owner: 'it' },
    { key: 'forms', lane: EV, step: 'sign' },
    { key: 'signForms', lane: CU, step: 'sign', tp: ['in-person', 3, 3], minutes: 6 },
    { key: 'archive', lane: BA, step: 'sign', owner: 'backOffice', minutes: 5, cost: 2 },
    { key: 'activate', lane: CU, step: 'activate', tp: ['app', 4, 3], sq: 'reliability' },
    { key: 'card', lane: SU, step: 'activate', owner: 'cards', cost: 4, ev: 'observed' },
    { key: 'appOpen', lane: 6, step: 'research', tp: ['app', 5], ev: 'proposed' },
    { key: 'videoId', lane: 6, step: 'counter', owner: 'compliance', ev: 'proposed' },
    { key: 'eSign', lane: 6, step: 'sign', ev: 'proposed' },
    { key: 'inLoop', lane: IN, step: 'queue', insight: ['analytics', '2026-10-02'], ev: 'observed' },
    { key: 'opLoop1', lane: OP, step: 'queue', opportunity: [4, 4, 2, 'chosen'] },
    { key: 'opLoop2', lane: OP, step: 'counter', opportunity: [5, 5, 4, 'open'] },
    { key: 'soLoop', lane: SO, step: 'queue', owner: 'lobby', solution: ['piloting', '2027-01-20'] },
  ],
  connectors: [
    ['take', 'wait'],
    ['wait', 'precheck'],
    ['wait', 'explain'],
    ['explain', 'teller'],
    ['teller', 'kyc'],
    ['kyc', 'core'],
    ['teller', 'signForms'],
    ['signForms', 'archive'],
    ['core', 'card'],
    ['card', 'activate'],
    ['inLoop', 'wait'],
    ['opLoop1', 'precheck'],
    ['opLoop1', 'inLoop'],
    ['opLoop2', 'kyc'],
    ['soLoop', 'opLoop1'],
  ],
  persona: {
    color: PERSONA_COLORS[3],
    emotions: { research: 0.5, ticket: 0, queue: -1.5, counter: 1, sign: 0, activate: 1 },
    toBe: { queue: 0.5, counter: 1.5 },
  },
};
