import { buildBoard } from '../build';
import type { Board } from '../board';

/**
 * Two steps; lanes: customer, pain, opportunity, solution.
 * Opportunities: A (cv 4, bv 5, effort 3 → 3.0), B (5, 5, 1 → 10.0), C (unscored), D (2, 1, 4 → 0.75).
 */
export function loopBoard(): Board {
  const b = buildBoard({
    title: 'Loop',
    stages: [{ name: 'S', steps: ['Book', 'Pay'] }],
    lanes: [
      { kind: 'customer', name: 'Customer' },
      { kind: 'pain', name: 'Pain' },
      { kind: 'opportunity', name: 'Opportunities' },
      { kind: 'solution', name: 'Solutions' },
    ],
    cards: [
      { lane: 0, step: 0, text: 'Books' }, // 0
      { lane: 1, step: 0, text: 'Form too long' }, // 1
      { lane: 2, step: 0, text: 'A' }, // 2
      { lane: 2, step: 0, text: 'C' }, // 3
      { lane: 2, step: 1, text: 'B' }, // 4
      { lane: 2, step: 1, text: 'D' }, // 5
      { lane: 3, step: 0, text: 'Short form' }, // 6
      { lane: 3, step: 1, text: 'Pay by link' }, // 7
    ],
    connectors: [
      [2, 1], // A addresses the pain
      [0, 2], // … and the customer step (drawn towards A: links count both ways)
      [2, 6], // A solved by "Short form"
      [7, 4], // "Pay by link" serves B
      [2, 3], // A–C: a link between opportunities is neither a problem nor a solution
    ],
  });
  const score = (i: number, customerValue?: number, businessValue?: number, effort?: number) =>
    (b.cards[i] = { ...b.cards[i]!, customerValue, businessValue, effort });
  score(2, 4, 5, 3);
  score(4, 5, 5, 1);
  score(5, 2, 1, 4);
  b.cards[4] = { ...b.cards[4]!, opportunityStatus: 'chosen' };
  b.cards[6] = { ...b.cards[6]!, solutionStatus: 'in-progress', dueDate: '2026-11-30' };
  b.cards[7] = { ...b.cards[7]!, solutionStatus: 'live', dueDate: '2026-01-01' };
  return b;
}
