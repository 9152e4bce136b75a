import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Board } from './board';
import { applyDiff, boardDiff, DIFF_PARTS, type BoardContent } from './boardDiff';
import { comparePair, familyOf } from './scenario';
import { scenarioCopy, startFamily } from './ops';
import { scenarioFigures } from './analysis/scenarioFigures';
import { sample } from './test/fixtures';
import { knownBoard } from './test/knownBoard';
import { applyOp, opArb } from './test/randomOps';
import { validateBoard } from './validate';
import { addStep, updateCard } from './ops';

/** Content as the user sees it: stages, steps, lanes and personas in order; the rest as sets by id. */
function content(b: BoardContent) {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return Object.fromEntries(DIFF_PARTS.map((p) => [p, ['stages', 'steps', 'lanes', 'personas'].includes(p) ? b[p] : byId(b[p] as { id: string }[])]));
}

/** The known restaurant redesigned: booking removes the wait, the table failure gets a recovery, a kiosk step is added. */
function redesigned(a: Board): Board {
  let b = updateCard(a, 'c3', { text: 'Table booked online', wait: undefined });
  b = updateCard(b, 'c4', { failure: { severity: 3, cause: 'No clean tables', recovery: 'Spare table' } });
  b = addStep(b, { stageId: 'S2', index: 1, id: 'd', name: 'Kiosk' });
  b = {
    ...b,
    cards: [
      ...b.cards,
      {
        id: 'c8',
        laneId: 'cu',
        stepId: 'd',
        order: 0,
        text: 'Pay at kiosk',
        durationMinutes: 2,
        touchpoint: { channel: 'app', importance: 4, performance: 4 },
      },
    ],
    emotions: b.emotions.map((e) => (e.id === 'e2' ? { ...e, score: 0 } : e)),
  };
  return b;
}

describe('scenarios', () => {
  it('a new scenario keeps every id and starts without comments or activity', () => {
    const a = startFamily({ ...sample(), comments: [], activity: [] }, 'sf_1', 'As-is');
    const b = scenarioCopy(a as Board & { scenario: NonNullable<Board['scenario']> }, 'bd_2', 'To-be', '2026-12-02T00:00:00.000Z');
    expect(b.id).toBe('bd_2');
    expect(b.scenario).toEqual({ family: 'sf_1', name: 'To-be' });
    expect(a.scenario).toEqual({ family: 'sf_1', name: 'As-is' });
    expect(b.comments).toBeUndefined();
    expect(b.activity).toBeUndefined();
    expect(boardDiff(a, b)).toEqual([]);
    expect(validateBoard(b).ok).toBe(true);
    // A board already in a family stays in it.
    expect(startFamily(a, 'sf_other', 'Again')).toBe(a);
  });

  it('lists a family first made first, and compares the first with the newest other', () => {
    const m = (id: string, family: string, createdAt: string) => ({ id, scenario: { family, name: id }, createdAt });
    const entries = [m('c', 'f', '2026-03-01'), m('x', 'g', '2026-01-01'), m('a', 'f', '2026-01-01'), m('b', 'f', '2026-02-01')];
    const family = familyOf(entries, 'f');
    expect(family.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(comparePair(family)?.map((e) => e.id)).toEqual(['a', 'c']);
    expect(comparePair(family, 'c')?.map((e) => e.id)).toEqual(['c', 'b']);
    expect(comparePair(family.slice(0, 1))).toBeNull();
  });
});

describe('boardDiff', () => {
  it('names each difference of a redesign worked out by hand', () => {
    const a = knownBoard();
    const changes = boardDiff(a, redesigned(a));
    expect(changes.map((c) => [c.part, c.kind, c.id, 'fields' in c ? c.fields.sort() : undefined])).toEqual([
      ['steps', 'added', 'd', undefined],
      ['cards', 'changed', 'c3', ['text', 'wait']],
      ['cards', 'changed', 'c4', ['failure']],
      ['cards', 'added', 'c8', undefined],
      ['emotions', 'changed', 'e2', ['score']],
    ]);
    expect(changes[0]).toMatchObject({ prev: 'c' });
  });

  it('tells a move to another cell, a step moved along the board and a removal', () => {
    const a = knownBoard();
    const b = {
      ...a,
      steps: [a.steps[1]!, a.steps[0]!, a.steps[2]!],
      cards: a.cards.filter((c) => c.id !== 'c6').map((c) => (c.id === 'c2' ? { ...c, laneId: 'ba' } : c)),
    };
    const kinds = boardDiff(a, b).map((c) => `${c.kind} ${c.id}`);
    expect(kinds).toContain('moved a'); // one of a, b moved: the longest kept order keeps b
    expect(kinds).not.toContain('moved b');
    expect(kinds).toContain('moved c2');
    expect(kinds).toContain('removed c6');
  });

  it('is empty between a board and itself, and applying it to A gives B (random edits)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), fc.array(opArb, { maxLength: 25 }), (first, second) => {
        let a = sample();
        for (const op of first) a = applyOp(a, op);
        let b = a;
        for (const op of second) b = applyOp(b, op);
        expect(boardDiff(a, a)).toEqual([]);
        expect(boardDiff(a, structuredClone(a))).toEqual([]);
        const changes = boardDiff(a, b);
        expect(content(applyDiff(a, changes))).toEqual(content(b));
        // Backwards too: what B lost comes back.
        expect(content(applyDiff(b, boardDiff(b, a)))).toEqual(content(a));
      }),
      { numRuns: 150 },
    );
  });
});

describe('scenarioFigures', () => {
  it('compares the known restaurant with its redesign by figures worked out by hand', () => {
    const a = knownBoard();
    const f = scenarioFigures(a, redesigned(a));
    const byKey = Object.fromEntries(f.journey.map((r) => [r.personaId ? `${r.key}:${r.personaId}` : r.key, r]));
    // As-is: steps a 5, b 0 + 15 waiting, c 4 → 24; to-be: 5 + 0 + 4 + kiosk 2 = 11, nobody waits.
    expect(byKey.customerTime).toMatchObject({ a: 24, b: 11, change: -13, verdict: 'better' });
    expect(byKey.waiting).toMatchObject({ a: 15, b: 0, change: -15, verdict: 'better' });
    expect(byKey.waitShare!.a).toBeCloseTo(15 / 24);
    expect(byKey.waitShare).toMatchObject({ b: 0, verdict: 'better' });
    expect(byKey.cost).toMatchObject({ a: 15, b: 15, change: 0, verdict: 'same' });
    // The chain c3 → c7 was 15 + 4; without the wait the longest is c1 → c2 → c4 → c6: 5 + 2 + 8 + 1.
    expect(byKey.criticalPath).toMatchObject({ a: 19, b: 16, verdict: 'better' });
    expect(byKey.failures).toMatchObject({ a: 2, b: 2, verdict: 'same' });
    expect(byKey.failuresNoRecovery).toMatchObject({ a: 1, b: 0, change: -1, verdict: 'better' });
    // Only "Arrive" (importance 5, performance 2) asks to concentrate; the kiosk (4, 4) is kept up.
    expect(byKey.concentrate).toMatchObject({ a: 1, b: 1, verdict: 'same' });
    expect(byKey.handoffs).toMatchObject({ a: 4, b: 4, verdict: 'same' });
    expect(byKey.reworkLoops).toMatchObject({ a: 1, b: 1 });
    expect(byKey['lowestEmotion:P']).toMatchObject({ a: -2, b: -0.5, change: 1.5, verdict: 'better' });
    expect(byKey['averageEmotion:P']!.a).toBeCloseTo(-0.5);
    expect(byKey['averageEmotion:P']!.b).toBeCloseTo(1 / 6);
    expect(byKey['averageEmotion:P']!.verdict).toBe('better');
    const arrival = Object.fromEntries(f.stages.find((s) => s.stageId === 'S1')!.rows.map((r) => [r.key, r]));
    expect(arrival.customerTime).toMatchObject({ a: 20, b: 5 });
    expect(arrival.waiting).toMatchObject({ a: 15, b: 0 });
    expect(arrival.cost).toMatchObject({ a: 5, b: 5, verdict: 'same' });
    expect(arrival.failures).toMatchObject({ a: 1, b: 1 });
    expect(arrival.handoffs).toMatchObject({ a: 3, b: 3 });
    expect(arrival.averageEmotion).toMatchObject({ a: -0.5, b: 0.5, verdict: 'better' });
  });

  it('has no change to judge where a scenario lacks a figure', () => {
    const a = knownBoard();
    const b = { ...a, stages: [...a.stages, { id: 'S3', name: 'Leaving' }], emotions: [] };
    const f = scenarioFigures(a, b);
    const lowest = f.journey.find((r) => r.key === 'lowestEmotion')!;
    expect(lowest).toMatchObject({ a: -2, b: null, change: null, verdict: null });
    const leaving = f.stages.find((s) => s.stageId === 'S3')!.rows.find((r) => r.key === 'customerTime')!;
    expect(leaving).toMatchObject({ a: null, b: 0, verdict: null });
  });
});
