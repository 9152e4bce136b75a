import { PERSONA_COLORS } from '../persona';
import type { ExampleSpec } from './spec';
import { BA, BLUEPRINT_WITH_JOURNEY, CU, EV, FR, IN, LOOP_LANES, OP, SO, SU } from './lanes';

/** An online order and its parcel: order, payment, warehouse, courier, locker, returns. */
export const ecommerce: ExampleSpec = {
  stages: [
    { key: 'choose', steps: [{ key: 'browse', minutes: 20 }] },
    {
      key: 'buy',
      steps: [
        { key: 'order', minutes: 3, tolerance: 5 },
        { key: 'pay', minutes: 1, tolerance: 3 },
      ],
    },
    {
      key: 'deliver',
      steps: [
        { key: 'pick', minutes: 90 },
        { key: 'ship', minutes: 1440, tolerance: 2880 },
        { key: 'locker', minutes: 10, tolerance: 15 },
      ],
    },
    { key: 'after', steps: [{ key: 'return', minutes: 15, tolerance: 10 }] },
  ],
  lanes: [...BLUEPRINT_WITH_JOURNEY, ...LOOP_LANES],
  cards: [
    { key: 'pages', lane: EV, step: 'browse' },
    { key: 'browse', lane: CU, step: 'browse', tp: ['app', 4, 4], sq: 'tangibles', ev: 'observed' },
    { key: 'search', lane: FR, step: 'browse', owner: 'web' },
    { key: 'cart', lane: EV, step: 'order' },
    { key: 'order', lane: CU, step: 'order', tp: ['app', 5, 4], minutes: 3, sq: 'reliability', ev: 'observed' },
    { key: 'reserve', lane: BA, step: 'order', owner: 'warehouse', fail: 2 },
    { key: 'payPage', lane: EV, step: 'pay' },
    { key: 'pay', lane: CU, step: 'pay', tp: ['app', 5, 4], minutes: 1, sq: 'assurance' },
    { key: 'gateway', lane: SU, step: 'pay', owner: 'provider', cost: 0.8, fail: 2 },
    { key: 'picking', lane: BA, step: 'pick', owner: 'warehouse', minutes: 90, cost: 2.5, ev: 'observed' },
    { key: 'notice', lane: FR, step: 'ship', tp: ['email', 4, 3], owner: 'web', sq: 'responsiveness' },
    { key: 'track', lane: CU, step: 'ship', tp: ['app', 3, 2], wait: 1440, sq: 'responsiveness', ev: 'observed' },
    { key: 'courier', lane: SU, step: 'ship', owner: 'courier', minutes: 600, cost: 4 },
    { key: 'lockerEvidence', lane: EV, step: 'locker' },
    { key: 'pickup', lane: CU, step: 'locker', tp: ['in-person', 4, 3], minutes: 10, sq: 'tangibles' },
    { key: 'load', lane: SU, step: 'locker', owner: 'courier', minutes: 5, fail: 2 },
    { key: 'return', lane: CU, step: 'return', tp: ['app', 4, 2], sq: 'empathy', ev: 'observed' },
    { key: 'label', lane: FR, step: 'return', owner: 'service', minutes: 2 },
    { key: 'refund', lane: BA, step: 'return', owner: 'warehouse', minutes: 30, cost: 3, fail: 2, ev: 'assumed' },
    { key: 'chat', lane: FR, step: 'return', tp: ['chat', 3], owner: 'service', ev: 'proposed' },
    { key: 'inLoop', lane: IN, step: 'locker', insight: ['complaint', '2026-11-05'], ev: 'observed' },
    { key: 'opLoop1', lane: OP, step: 'locker', opportunity: [5, 3, 2, 'chosen'] },
    { key: 'opLoop2', lane: OP, step: 'pay', opportunity: [4, 5, 3, 'open'] },
    { key: 'soLoop', lane: SO, step: 'locker', owner: 'courier', solution: ['in-progress', '2027-01-31'] },
  ],
  connectors: [
    ['browse', 'search'],
    ['order', 'reserve'],
    ['order', 'pay'],
    ['pay', 'gateway'],
    ['gateway', 'picking'],
    ['picking', 'courier'],
    ['courier', 'notice'],
    ['notice', 'track'],
    ['courier', 'load'],
    ['load', 'pickup'],
    ['return', 'label'],
    ['label', 'refund'],
    ['inLoop', 'pickup'],
    ['opLoop1', 'load'],
    ['opLoop1', 'inLoop'],
    ['opLoop2', 'gateway'],
    ['soLoop', 'opLoop1'],
  ],
  persona: {
    color: PERSONA_COLORS[4],
    emotions: { browse: 1, order: 1, pay: 0.5, pick: 0, ship: -0.5, locker: 0.5, return: -1.5 },
    toBe: { ship: 0.5, return: 0.5 },
  },
};
