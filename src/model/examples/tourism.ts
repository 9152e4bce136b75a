import { PERSONA_COLORS } from '../persona';
import type { ExampleSpec } from './spec';
import { BA, BLUEPRINT_WITH_JOURNEY, CU, EV, FR, IN, LOOP_LANES, OP, SO, SU } from './lanes';

/**
 * A trip booked on a travel platform and served by four organisations (platform, rail, tour
 * agency, hotel, scenic area): owners from different organisations, and the handoffs between them.
 */
export const tourism: ExampleSpec = {
  stages: [
    { key: 'plan', steps: [{ key: 'book', minutes: 30, tolerance: 30 }] },
    {
      key: 'journey',
      steps: [
        { key: 'train', minutes: 180 },
        { key: 'transfer', minutes: 40, tolerance: 60 },
      ],
    },
    {
      key: 'stay',
      steps: [
        { key: 'hotel', minutes: 10, tolerance: 20 },
        { key: 'scenic', minutes: 240, tolerance: 260 },
      ],
    },
    { key: 'home', steps: [{ key: 'review', minutes: 5 }] },
  ],
  lanes: [...BLUEPRINT_WITH_JOURNEY, ...LOOP_LANES],
  cards: [
    { key: 'appPage', lane: EV, step: 'book' },
    { key: 'book', lane: CU, step: 'book', tp: ['app', 5, 4], minutes: 20, sq: 'reliability', ev: 'observed' },
    { key: 'confirmParts', lane: BA, step: 'book', owner: 'platform', minutes: 30, cost: 3, fail: 2 },
    { key: 'partners', lane: SU, step: 'book', owner: 'platform', ev: 'assumed' },
    { key: 'ticket', lane: EV, step: 'train' },
    { key: 'ride', lane: CU, step: 'train', tp: ['in-person', 4, 4], minutes: 180, sq: 'reliability' },
    { key: 'conductor', lane: FR, step: 'train', owner: 'rail', minutes: 2 },
    { key: 'sign', lane: EV, step: 'transfer' },
    { key: 'findCoach', lane: CU, step: 'transfer', tp: ['in-person', 4, 2], wait: 30, sq: 'responsiveness', ev: 'observed' },
    { key: 'guide', lane: FR, step: 'transfer', owner: 'agency', minutes: 10, cost: 20, fail: 3, sq: 'empathy' },
    { key: 'dispatch', lane: BA, step: 'transfer', owner: 'agency', ev: 'assumed' },
    { key: 'lobby', lane: EV, step: 'hotel' },
    { key: 'checkin', lane: CU, step: 'hotel', tp: ['in-person', 4, 3], wait: 15, sq: 'assurance' },
    { key: 'desk', lane: FR, step: 'hotel', owner: 'hotel', minutes: 5, cost: 4, fail: 2, ev: 'observed' },
    { key: 'hotline', lane: SU, step: 'hotel', owner: 'platform', minutes: 8 },
    { key: 'gate', lane: EV, step: 'scenic' },
    { key: 'visit', lane: CU, step: 'scenic', tp: ['in-person', 5, 3], wait: 45, sq: 'tangibles', ev: 'observed' },
    { key: 'scan', lane: FR, step: 'scenic', owner: 'scenic', minutes: 1 },
    { key: 'capacity', lane: BA, step: 'scenic', owner: 'scenic', fail: 2, ev: 'assumed' },
    { key: 'review', lane: CU, step: 'review', tp: ['app', 3, 3], sq: 'empathy' },
    { key: 'survey', lane: FR, step: 'review', tp: ['app', 3], owner: 'platform', ev: 'proposed' },
    { key: 'inLoop', lane: IN, step: 'transfer', insight: ['interview', '2026-07-12'], ev: 'observed' },
    { key: 'opLoop1', lane: OP, step: 'transfer', opportunity: [5, 4, 2, 'chosen'] },
    { key: 'opLoop2', lane: OP, step: 'hotel', opportunity: [3, 3, 3, 'parked'] },
    { key: 'soLoop', lane: SO, step: 'transfer', owner: 'agency', solution: ['live', '2026-10-01'] },
  ],
  connectors: [
    ['book', 'confirmParts'],
    ['confirmParts', 'partners'],
    ['partners', 'desk'],
    ['ride', 'conductor'],
    ['ride', 'findCoach'],
    ['conductor', 'guide'],
    ['partners', 'dispatch'],
    ['dispatch', 'guide'],
    ['guide', 'findCoach'],
    ['checkin', 'desk'],
    ['desk', 'hotline'],
    ['hotline', 'desk'],
    ['visit', 'scan'],
    ['capacity', 'scan'],
    ['review', 'survey'],
    ['inLoop', 'findCoach'],
    ['opLoop1', 'guide'],
    ['opLoop1', 'inLoop'],
    ['opLoop2', 'desk'],
    ['soLoop', 'opLoop1'],
  ],
  persona: {
    color: PERSONA_COLORS[0],
    emotions: { book: 1, train: 1, transfer: -1.5, hotel: -0.5, scenic: 0.5, review: 0.5 },
    toBe: { transfer: 0.5, hotel: 1 },
  },
};
