import { PERSONA_COLORS } from '../persona';
import type { ExampleSpec } from './spec';
import { BA, BLUEPRINT_WITH_JOURNEY, CU, EV, FR, IN, LOOP_LANES, OP, SO, SU } from './lanes';

/** A hospital outpatient visit: registration, triage, consultation, tests, payment, pharmacy. */
export const hospital: ExampleSpec = {
  stages: [
    { key: 'before', steps: [{ key: 'book', minutes: 5, tolerance: 10 }] },
    {
      key: 'arrival',
      steps: [
        { key: 'register', minutes: 5, tolerance: 15 },
        { key: 'triage', minutes: 5, tolerance: 15 },
      ],
    },
    {
      key: 'care',
      steps: [
        { key: 'consult', minutes: 10, tolerance: 30 },
        { key: 'tests', minutes: 20, tolerance: 30 },
      ],
    },
    {
      key: 'after',
      steps: [
        { key: 'pay', minutes: 3, tolerance: 10 },
        { key: 'pharmacy', minutes: 5, tolerance: 15 },
      ],
    },
  ],
  lanes: [...BLUEPRINT_WITH_JOURNEY, ...LOOP_LANES],
  cards: [
    { key: 'app', lane: EV, step: 'book' },
    { key: 'book', lane: CU, step: 'book', tp: ['app', 4, 3], minutes: 5, sq: 'responsiveness', ev: 'observed' },
    { key: 'slots', lane: SU, step: 'book', owner: 'it' },
    { key: 'kiosk', lane: EV, step: 'register' },
    { key: 'register', lane: CU, step: 'register', tp: ['in-person', 4, 2], wait: 25, sq: 'responsiveness', ev: 'observed' },
    { key: 'clerk', lane: FR, step: 'register', owner: 'registration', minutes: 3, fail: 2 },
    { key: 'wristband', lane: EV, step: 'triage' },
    { key: 'triage', lane: CU, step: 'triage', tp: ['in-person', 5, 3], sq: 'empathy' },
    { key: 'nurse', lane: FR, step: 'triage', owner: 'nursing', minutes: 5, ev: 'observed' },
    { key: 'consultRoom', lane: EV, step: 'consult' },
    { key: 'seeDoctor', lane: CU, step: 'consult', tp: ['in-person', 5, 3], wait: 40, sq: 'assurance', ev: 'observed' },
    { key: 'doctor', lane: FR, step: 'consult', owner: 'doctors', minutes: 8, cost: 30, sq: 'empathy' },
    { key: 'emr', lane: BA, step: 'consult', owner: 'doctors', minutes: 4, fail: 1 },
    { key: 'lab', lane: EV, step: 'tests' },
    { key: 'test', lane: CU, step: 'tests', tp: ['in-person', 4, 3], wait: 30, sq: 'reliability' },
    { key: 'analyse', lane: BA, step: 'tests', owner: 'lab', minutes: 60, cost: 45, fail: 3, ev: 'observed' },
    { key: 'lis', lane: SU, step: 'tests', owner: 'it' },
    { key: 'payCode', lane: EV, step: 'pay' },
    { key: 'pay', lane: CU, step: 'pay', tp: ['app', 3, 3], wait: 10, sq: 'responsiveness' },
    { key: 'cashier', lane: FR, step: 'pay', owner: 'finance', minutes: 2 },
    { key: 'window', lane: EV, step: 'pharmacy' },
    { key: 'collect', lane: CU, step: 'pharmacy', tp: ['in-person', 4, 2], wait: 20, sq: 'responsiveness', ev: 'observed' },
    { key: 'pharmacist', lane: FR, step: 'pharmacy', owner: 'pharmacy', minutes: 3, sq: 'assurance' },
    { key: 'dispense', lane: BA, step: 'pharmacy', owner: 'pharmacy', minutes: 8, ev: 'assumed' },
    { key: 'sms', lane: FR, step: 'pharmacy', tp: ['chat', 4], owner: 'it', ev: 'proposed' },
    { key: 'inLoop', lane: IN, step: 'tests', insight: ['interview', '2026-08-20'], ev: 'observed' },
    { key: 'opLoop1', lane: OP, step: 'tests', opportunity: [5, 4, 3, 'chosen'] },
    { key: 'opLoop2', lane: OP, step: 'pay', opportunity: [4, 3, 2, 'open'] },
    { key: 'soLoop', lane: SO, step: 'tests', owner: 'lab', solution: ['in-progress', '2027-02-01'] },
  ],
  connectors: [
    ['book', 'slots'],
    ['register', 'clerk'],
    ['triage', 'nurse'],
    ['seeDoctor', 'doctor'],
    ['doctor', 'emr'],
    ['emr', 'analyse'],
    ['test', 'analyse'],
    ['analyse', 'lis'],
    ['analyse', 'doctor'],
    ['pay', 'cashier'],
    ['emr', 'dispense'],
    ['dispense', 'pharmacist'],
    ['collect', 'pharmacist'],
    ['inLoop', 'test'],
    ['opLoop1', 'analyse'],
    ['opLoop1', 'inLoop'],
    ['opLoop2', 'pay'],
    ['soLoop', 'opLoop1'],
  ],
  persona: {
    color: PERSONA_COLORS[2],
    emotions: { book: 0.5, register: -1, triage: 0, consult: -0.5, tests: -1, pay: -0.5, pharmacy: -1.5 },
    toBe: { register: 0.5, tests: 0, pharmacy: 0.5 },
  },
};
