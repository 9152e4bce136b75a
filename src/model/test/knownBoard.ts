import { BOARD_FORMAT, BOARD_VERSION, type Board } from '../board';
import type { Card } from '../card';

/**
 * A small restaurant blueprint whose figures are worked out by hand in analysis.test.ts
 * (test data; nothing in the app imports it).
 */
export function knownBoard(): Board {
  const card = (id: string, laneId: string, stepId: string, text: string, extra: Partial<Card> = {}): Card => ({
    id,
    laneId,
    stepId,
    order: 0,
    text,
    ...extra,
  });
  return {
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    id: 'known',
    title: 'Known figures',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 0,
    stages: [
      { id: 'S1', name: 'Arrival' },
      { id: 'S2', name: 'Ordering' },
    ],
    steps: [
      { id: 'a', stageId: 'S1', name: 'Arrive', toleranceMinutes: 5 },
      { id: 'b', stageId: 'S1', name: 'Seat' },
      { id: 'c', stageId: 'S2', name: 'Order', toleranceMinutes: 60 },
    ],
    lanes: [
      { id: 'ev', kind: 'evidence', name: 'Evidence' },
      { id: 'cu', kind: 'customer', name: 'Guest' },
      { id: 'fr', kind: 'frontstage', name: 'Host' },
      { id: 'ba', kind: 'backstage', name: 'Kitchen' },
      { id: 'su', kind: 'support', name: 'Systems' },
    ],
    cards: [
      card('c1', 'cu', 'a', 'Arrive', {
        touchpoint: { channel: 'in-person', importance: 5, performance: 2 },
        durationMinutes: 5,
        servqual: 'tangibles',
        evidence: 'observed',
        owner: 'Host',
      }),
      card('c2', 'fr', 'a', 'Greet', {
        touchpoint: { channel: 'in-person', importance: 4, performance: 4 },
        durationMinutes: 2,
        cost: 1,
        servqual: 'empathy',
        owner: 'Host',
      }),
      card('c3', 'cu', 'b', 'Wait for a table', { wait: { minutes: 15 }, evidence: 'assumed', touchpoint: { channel: 'web' } }),
      card('c4', 'ba', 'b', 'Prepare table', { failure: { severity: 3, cause: 'No clean tables' }, owner: 'Kitchen', durationMinutes: 8, cost: 4 }),
      card('c5', 'fr', 'c', 'Take order', {
        failure: { severity: 2, recovery: 'Manager apologises' },
        owner: ' ',
        touchpoint: { channel: 'app', importance: 2, performance: 5 },
        servqual: 'reliability',
        durationMinutes: 3,
        evidence: 'proposed',
      }),
      card('c6', 'su', 'c', 'POS system', { owner: 'Vendor Ltd', durationMinutes: 1, cost: 10 }),
      card('c7', 'cu', 'c', 'Order', {
        touchpoint: { channel: 'in-person', importance: 2, performance: 1 },
        servqual: 'reliability',
        durationMinutes: 4,
        evidence: 'assumed',
      }),
    ],
    connectors: [
      { id: 'k1', from: 'c1', to: 'c2' },
      { id: 'k2', from: 'c2', to: 'c4' },
      { id: 'k3', from: 'c4', to: 'c6' },
      { id: 'k4', from: 'c6', to: 'c4' },
      { id: 'k5', from: 'c3', to: 'c7' },
    ],
    personas: [{ id: 'P', name: 'Guest', color: '#2563eb' }],
    emotions: [
      { id: 'e1', personaId: 'P', stepId: 'a', score: 1 },
      { id: 'e2', personaId: 'P', stepId: 'b', score: -2 },
      { id: 'e3', personaId: 'P', stepId: 'c', score: -0.5 },
      { id: 'e4', personaId: 'P', stepId: 'a', score: 1, curve: 'to-be' },
      { id: 'e5', personaId: 'P', stepId: 'b', score: 0, curve: 'to-be' },
      { id: 'e6', personaId: 'P', stepId: 'c', score: 1, curve: 'to-be' },
    ],
  };
}
