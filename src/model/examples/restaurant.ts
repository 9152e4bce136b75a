import { PERSONA_COLORS } from '../persona';
import type { ExampleSpec } from './spec';
import { BA, BLUEPRINT_WITH_JOURNEY, CU, EV, FR, SU } from './lanes';

/** The loop's lanes, after the blueprint's. */
const IN = 6,
  OP = 7,
  SO = 8;

/** A restaurant visit, reservation to leaving (the first-run sample, completed). */
export const restaurant: ExampleSpec = {
  stages: [
    { key: 'before', steps: [{ key: 'reserve', minutes: 5, tolerance: 10 }] },
    {
      key: 'visit',
      steps: [
        { key: 'arrive', minutes: 5, tolerance: 5 },
        { key: 'seat', minutes: 5 },
        { key: 'order', minutes: 8, tolerance: 10 },
        { key: 'meal', minutes: 60, tolerance: 75 },
      ],
    },
    {
      key: 'after',
      steps: [
        { key: 'pay', minutes: 8, tolerance: 5 },
        { key: 'leave', minutes: 3 },
      ],
    },
  ],
  // The improvement loop below the blueprint: what research found, where to act, what is being done.
  lanes: [...BLUEPRINT_WITH_JOURNEY, { kind: 'insight' }, { kind: 'opportunity' }, { kind: 'solution' }],
  cards: [
    { key: 'site', lane: EV, step: 'reserve' },
    { key: 'book', lane: CU, step: 'reserve', tp: ['web', 4, 4], minutes: 3, sq: 'reliability', ev: 'observed' },
    { key: 'confirm', lane: FR, step: 'reserve', tp: ['email', 3, 4], owner: 'system', ev: 'observed' },
    { key: 'bookSystem', lane: SU, step: 'reserve', owner: 'vendor' },
    { key: 'entrance', lane: EV, step: 'arrive' },
    { key: 'arrive', lane: CU, step: 'arrive', tp: ['in-person', 5, 3], wait: 10, sq: 'responsiveness', ev: 'observed' },
    { key: 'greet', lane: FR, step: 'arrive', owner: 'host', minutes: 2, fail: 2, sq: 'assurance', ev: 'observed' },
    { key: 'reset', lane: BA, step: 'arrive', owner: 'floor', minutes: 8, ev: 'assumed' },
    { key: 'table', lane: EV, step: 'seat' },
    { key: 'seat', lane: CU, step: 'seat', minutes: 5 },
    { key: 'water', lane: FR, step: 'seat', tp: ['in-person', 3, 4], owner: 'waiter', minutes: 2, sq: 'empathy' },
    { key: 'menu', lane: EV, step: 'order' },
    { key: 'order', lane: CU, step: 'order', tp: ['in-person', 5, 3], minutes: 5, sq: 'responsiveness', ev: 'observed' },
    { key: 'take', lane: FR, step: 'order', tp: ['in-person', 4, 4], owner: 'waiter', minutes: 4, sq: 'assurance' },
    { key: 'pos', lane: BA, step: 'order', owner: 'waiter', minutes: 1, fail: 1 },
    { key: 'stock', lane: SU, step: 'order', owner: 'supplier', ev: 'assumed' },
    { key: 'dish', lane: EV, step: 'meal' },
    { key: 'eat', lane: CU, step: 'meal', tp: ['in-person', 5, 2], wait: 20, sq: 'reliability', ev: 'observed' },
    { key: 'serve', lane: FR, step: 'meal', owner: 'waiter', minutes: 3, tp: ['in-person', 3, 4], sq: 'empathy' },
    { key: 'cook', lane: BA, step: 'meal', owner: 'kitchen', minutes: 18, cost: 6, fail: 3, ev: 'observed' },
    { key: 'bill', lane: EV, step: 'pay' },
    { key: 'pay', lane: CU, step: 'pay', tp: ['in-person', 4, 2], wait: 8, sq: 'responsiveness', ev: 'observed' },
    { key: 'bring', lane: FR, step: 'pay', owner: 'waiter', minutes: 3, fail: 2 },
    { key: 'gateway', lane: SU, step: 'pay', owner: 'provider', cost: 0.4 },
    { key: 'leave', lane: CU, step: 'leave', tp: ['in-person', 3, 4], sq: 'empathy' },
    { key: 'goodbye', lane: FR, step: 'leave', owner: 'host', minutes: 1 },
    { key: 'thanks', lane: FR, step: 'leave', tp: ['email', 2], owner: 'marketing', ev: 'proposed' },
    { key: 'inWait', lane: IN, step: 'meal', insight: ['interview', '2026-10-14'], ev: 'observed' },
    { key: 'inPay', lane: IN, step: 'pay', insight: ['observation', '2026-10-16'], ev: 'observed' },
    { key: 'opHold', lane: OP, step: 'arrive', opportunity: [3, 2, 2, 'open'] },
    { key: 'opPass', lane: OP, step: 'meal', opportunity: [5, 4, 3, 'chosen'] },
    { key: 'opPay', lane: OP, step: 'pay', opportunity: [4, 4, 1, 'chosen'] },
    { key: 'soDisplay', lane: SO, step: 'meal', owner: 'kitchen', solution: ['in-progress', '2027-02-15'] },
    { key: 'soTerminal', lane: SO, step: 'pay', owner: 'floor', solution: ['piloting', '2027-01-10'] },
  ],
  connectors: [
    ['book', 'confirm'],
    ['confirm', 'bookSystem'],
    ['arrive', 'greet'],
    ['greet', 'reset'],
    ['reset', 'seat'],
    ['order', 'take'],
    ['take', 'pos'],
    ['pos', 'cook'],
    ['stock', 'cook'],
    ['cook', 'serve'],
    ['serve', 'eat'],
    ['pay', 'bring'],
    ['bring', 'gateway'],
    ['inWait', 'eat'],
    ['inPay', 'pay'],
    ['opHold', 'greet'],
    ['opPass', 'cook'],
    ['opPass', 'inWait'],
    ['opPay', 'bring'],
    ['opPay', 'inPay'],
    ['soDisplay', 'opPass'],
    ['soTerminal', 'opPay'],
  ],
  persona: {
    color: PERSONA_COLORS[0],
    emotions: { reserve: 1, arrive: -0.5, seat: 1, order: 0.5, meal: -1, pay: -0.5, leave: 1 },
    toBe: { arrive: 1, meal: 1, pay: 1 },
  },
};
