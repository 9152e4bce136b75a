import { PERSONA_COLORS } from '../persona';
import type { ExampleSpec } from './spec';
import { BA, BLUEPRINT_WITH_JOURNEY, CU, EV, FR, IN, LOOP_LANES, OP, SO, SU } from './lanes';

/** An overnight hotel stay (after Bitner, Ostrom & Morgan 2008). */
export const hotel: ExampleSpec = {
  stages: [
    { key: 'plan', steps: [{ key: 'book', minutes: 8, tolerance: 10 }] },
    {
      key: 'arrival',
      steps: [
        { key: 'arrive', minutes: 5 },
        { key: 'checkin', minutes: 6, tolerance: 5 },
      ],
    },
    {
      key: 'stay',
      steps: [
        { key: 'room', minutes: 15 },
        { key: 'roomService', minutes: 35, tolerance: 30 },
      ],
    },
    { key: 'departure', steps: [{ key: 'checkout', minutes: 6, tolerance: 5 }] },
  ],
  lanes: [...BLUEPRINT_WITH_JOURNEY, ...LOOP_LANES],
  cards: [
    { key: 'site', lane: EV, step: 'book' },
    { key: 'book', lane: CU, step: 'book', tp: ['web', 4, 4], minutes: 6, sq: 'reliability', ev: 'observed' },
    { key: 'engine', lane: SU, step: 'book', owner: 'it' },
    { key: 'exterior', lane: EV, step: 'arrive' },
    { key: 'arrive', lane: CU, step: 'arrive', minutes: 3 },
    { key: 'doorman', lane: FR, step: 'arrive', tp: ['in-person', 3, 4], owner: 'bell', minutes: 2, sq: 'empathy' },
    { key: 'lobby', lane: EV, step: 'checkin' },
    { key: 'checkin', lane: CU, step: 'checkin', tp: ['in-person', 5, 2], wait: 12, sq: 'responsiveness', ev: 'observed' },
    { key: 'desk', lane: FR, step: 'checkin', owner: 'frontDesk', minutes: 5, fail: 3, sq: 'reliability', ev: 'observed' },
    { key: 'roomsReady', lane: BA, step: 'checkin', owner: 'housekeeping', minutes: 2, ev: 'assumed' },
    { key: 'pms', lane: SU, step: 'checkin', owner: 'it' },
    { key: 'roomEvidence', lane: EV, step: 'room' },
    { key: 'room', lane: CU, step: 'room', tp: ['in-person', 5, 4], wait: 10, sq: 'tangibles', ev: 'observed' },
    { key: 'bags', lane: FR, step: 'room', owner: 'bell', minutes: 10 },
    { key: 'clean', lane: BA, step: 'room', owner: 'housekeeping', minutes: 35, cost: 18 },
    { key: 'menu', lane: EV, step: 'roomService' },
    { key: 'orderFood', lane: CU, step: 'roomService', tp: ['phone', 3, 2], wait: 35, sq: 'responsiveness', ev: 'assumed' },
    { key: 'takeOrder', lane: FR, step: 'roomService', tp: ['phone', 3, 3], owner: 'roomService', minutes: 2 },
    { key: 'kitchen', lane: BA, step: 'roomService', owner: 'kitchen', minutes: 30, cost: 9, fail: 2 },
    { key: 'bill', lane: EV, step: 'checkout' },
    { key: 'checkout', lane: CU, step: 'checkout', tp: ['in-person', 4, 3], wait: 6, sq: 'reliability' },
    { key: 'settle', lane: FR, step: 'checkout', owner: 'frontDesk', minutes: 4, fail: 2 },
    { key: 'express', lane: FR, step: 'checkout', tp: ['app', 4], owner: 'it', ev: 'proposed' },
    { key: 'billing', lane: SU, step: 'checkout', owner: 'finance' },
    { key: 'inLoop', lane: IN, step: 'checkin', insight: ['survey', '2026-09-30'], ev: 'observed' },
    { key: 'opLoop1', lane: OP, step: 'checkin', opportunity: [5, 4, 3, 'chosen'] },
    { key: 'opLoop2', lane: OP, step: 'roomService', opportunity: [3, 3, 2, 'open'] },
    { key: 'soLoop', lane: SO, step: 'checkin', owner: 'frontDesk', solution: ['planned', '2027-03-01'] },
  ],
  connectors: [
    ['book', 'engine'],
    ['arrive', 'doorman'],
    ['checkin', 'desk'],
    ['desk', 'pms'],
    ['roomsReady', 'desk'],
    ['clean', 'roomsReady'],
    ['room', 'bags'],
    ['orderFood', 'takeOrder'],
    ['takeOrder', 'kitchen'],
    ['checkout', 'settle'],
    ['settle', 'billing'],
    ['inLoop', 'checkin'],
    ['opLoop1', 'desk'],
    ['opLoop1', 'inLoop'],
    ['opLoop2', 'kitchen'],
    ['soLoop', 'opLoop1'],
  ],
  persona: {
    color: PERSONA_COLORS[1],
    emotions: { book: 1, arrive: 0.5, checkin: -1.5, room: 1.5, roomService: -0.5, checkout: 0 },
    toBe: { checkin: 1, roomService: 1, checkout: 1 },
  },
};
