import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Board } from '../board';
import { referenceIssues, validateBoard } from '../validate';
import { sample } from '../test/fixtures';
import { applyOp, opArb, pick } from '../test/randomOps';
import * as ops from './index';

const stepsAreGroupedByStage = (b: Board) => {
  const seen: string[] = [];
  for (const s of b.steps)
    if (seen.at(-1) !== s.stageId) {
      if (seen.includes(s.stageId)) return false;
      seen.push(s.stageId);
    }
  return true;
};

const ordersAreDense = (b: Board) => {
  const cells = new Map<string, number[]>();
  for (const c of b.cards) cells.set(`${c.laneId}/${c.stepId}`, [...(cells.get(`${c.laneId}/${c.stepId}`) ?? []), c.order]);
  return [...cells.values()].every((o) => o.sort((a, z) => a - z).every((v, i) => v === i));
};

describe('random op sequences', () => {
  it('always leave a valid board with dense card orders and steps grouped by stage', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (sequence) => {
        let b = sample();
        for (const op of sequence) {
          b = applyOp(b, op);
          const result = validateBoard(b);
          if (!result.ok) throw new Error(`${op[0]} broke the board: ${JSON.stringify(result.errors.slice(0, 3))}`);
        }
        expect(stepsAreGroupedByStage(b)).toBe(true);
        expect(ordersAreDense(b)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('deleting any lane or step never leaves a dangling reference', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), fc.nat(), fc.boolean(), (sequence, n, lane) => {
        let b = sequence.reduce(applyOp, sample());
        const target = lane ? pick(b.lanes, n) : pick(b.steps, n);
        if (!target) return;
        b = lane ? ops.deleteLane(b, target.id) : ops.deleteStep(b, target.id);
        expect(referenceIssues(b)).toEqual([]);
        expect(JSON.stringify(b).includes(`"${target.id}"`)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never mutates the board it is given', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 20 }), (sequence) => {
        const b = sample();
        const frozen = structuredClone(b);
        sequence.forEach((op) => applyOp(b, op));
        expect(b).toEqual(frozen);
      }),
      { numRuns: 200 },
    );
  });
});
