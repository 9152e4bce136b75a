import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stageEmotionAverages } from './analysis';
import { curvePath, emotionCurve, emotionY, monotoneSegments, scoreAtY, shownCurves, type BezierSegment } from './emotionLayout';
import type { Point } from './routing';
import { layout } from './layout';
import {
  addCard,
  addPersona,
  clearEmotion,
  deletePersona,
  deleteStep,
  linkCardToEmotion,
  moveStep,
  setEmotion,
  setToBeCurve,
  updatePersona,
} from './ops';
import { createBoard, type TemplateTexts } from './templates';
import { validateBoard } from './validate';
import { laneNames, sample } from './test/fixtures';

const texts: TemplateTexts = {
  titles: { blueprint: 'B', journey: 'J', 'blueprint-journey': 'BJ' },
  lanes: laneNames,
  thoughts: 'Thoughts',
  touchpoints: 'Touchpoints',
  stage: 'S',
  steps: ['a', 'b'],
  journeyStages: ['Awareness', 'Research', 'Purchase', 'Use', 'Loyalty'],
  journeySteps: [['ad'], ['compare', 'reviews'], ['order', 'pay'], ['receive', 'use'], ['review', 'recommend']],
  persona: 'Customer',
};

describe('templates', () => {
  it('make a blueprint, a journey map and both, all valid', () => {
    const blueprint = createBoard('blueprint', texts);
    expect(blueprint.lanes.map((l) => l.kind)).toEqual(['evidence', 'customer', 'frontstage', 'backstage', 'support']);
    const journey = createBoard('journey', texts);
    expect(journey.stages.map((s) => s.name)).toEqual(['Awareness', 'Research', 'Purchase', 'Use', 'Loyalty']);
    expect(journey.steps).toHaveLength(9);
    expect(journey.lanes.map((l) => l.name)).toEqual(['customer lane', 'Thoughts', 'Touchpoints', 'emotion lane', 'pain lane', 'opportunity lane']);
    expect(journey.personas.map((p) => p.name)).toEqual(['Customer']);
    const both = createBoard('blueprint-journey', texts);
    expect(both.lanes.map((l) => l.kind)).toEqual([
      'emotion',
      'evidence',
      'customer',
      'frontstage',
      'backstage',
      'support',
      'pain',
      'insight',
      'opportunity',
      'solution',
    ]);
    for (const b of [blueprint, journey, both]) expect(validateBoard(b).ok).toBe(true);
  });
});

describe('emotion curves', () => {
  const withPersona = () => addPersona(createBoard('journey', texts), { name: 'Guest', id: 'g' });

  it('keeps as-is and to-be points apart, one per persona, step and curve', () => {
    let b = withPersona();
    const step = b.steps[1]!.id;
    b = setEmotion(b, { personaId: 'g', stepId: step, score: -1 });
    b = setEmotion(b, { personaId: 'g', stepId: step, score: 2, curve: 'to-be' });
    b = setEmotion(b, { personaId: 'g', stepId: step, score: 1.5, curve: 'to-be' });
    expect(b.emotions.map((e) => [e.score, e.curve ?? 'as-is'])).toEqual([
      [-1, 'as-is'],
      [1.5, 'to-be'],
    ]);
    expect(validateBoard(b).ok).toBe(true);
    expect(clearEmotion(b, 'g', step, 'to-be').emotions.map((e) => e.score)).toEqual([-1]);
  });

  it('starts a to-be curve as a copy of today, and removes it again', () => {
    let b = withPersona();
    b = setEmotion(b, { personaId: 'g', stepId: b.steps[0]!.id, score: -2 });
    b = setEmotion(b, { personaId: 'g', stepId: b.steps[3]!.id, score: 1 });
    const on = setToBeCurve(b, 'g', true);
    expect(on.emotions.filter((e) => e.curve === 'to-be').map((e) => [e.stepId, e.score])).toEqual([
      [b.steps[0]!.id, -2],
      [b.steps[3]!.id, 1],
    ]);
    expect(setToBeCurve(on, 'g', true)).toBe(on);
    expect(setToBeCurve(on, 'g', false).emotions).toEqual(b.emotions);
    // Hiding the to-be curve is a persona setting: its points stay.
    const hidden = updatePersona(on, 'g', { toBeHidden: true });
    expect(
      shownCurves(
        hidden,
        hidden.personas.find((p) => p.id === 'g')!,
      ),
    ).toEqual(['as-is']);
    expect(hidden.emotions).toBe(on.emotions);
    expect(
      shownCurves(
        on,
        on.personas.find((p) => p.id === 'g')!,
      ),
    ).toEqual(['as-is', 'to-be']);
  });

  it('leaves gaps (not zeros) where a step has no point, and follows moved steps', () => {
    let b = withPersona();
    b = setEmotion(b, { personaId: 'g', stepId: b.steps[0]!.id, score: 2 });
    b = setEmotion(b, { personaId: 'g', stepId: b.steps[1]!.id, score: 1 });
    b = setEmotion(b, { personaId: 'g', stepId: b.steps[3]!.id, score: -1 });
    const lane = b.lanes.find((l) => l.kind === 'emotion')!;
    const curve = emotionCurve(b, layout(b), lane.id, 'g', 'as-is');
    expect(curve.map((p) => p.score)).toEqual([2, 1, null, -1, null, null, null, null, null]);
    expect(curvePath(curve).match(/M /g)).toHaveLength(2); // two runs, broken at the gap
    const moved = moveStep(b, b.steps[0]!.id, { stageId: b.stages[4]!.id, index: 0 });
    const after = emotionCurve(moved, layout(moved), lane.id, 'g', 'as-is');
    expect(after.find((p) => p.stepId === b.steps[0]!.id)!.score).toBe(2);
  });

  it('maps scores to lane positions and back, snapping to half steps', () => {
    const rect = { x: 0, y: 100, width: 10, height: 176 };
    for (const score of [-2, -1.5, 0, 0.5, 2]) expect(scoreAtY(rect, emotionY(rect, score))).toBe(score);
    expect(scoreAtY(rect, 0)).toBe(2);
    expect(scoreAtY(rect, 1000)).toBe(-2);
    expect(scoreAtY(rect, emotionY(rect, 0.6))).toBe(0.5);
  });

  it('averages per stage and persona; deleting a persona or step takes its points along', () => {
    let b = withPersona();
    const [s1, s2] = [b.steps[1]!.id, b.steps[2]!.id]; // both in "Research"
    b = setEmotion(b, { personaId: 'g', stepId: s1, score: 2 });
    b = setEmotion(b, { personaId: 'g', stepId: s2, score: -1 });
    const avg = stageEmotionAverages(b);
    expect(avg.get(b.stages[1]!.id)!.get('g')).toBe(0.5);
    expect(avg.get(b.stages[0]!.id)!.get('g')).toBeNull();
    expect(deletePersona(b, 'g').emotions).toEqual([]);
    expect(deleteStep(b, s1).emotions.map((e) => e.stepId)).toEqual([s2]);
    expect(sample().emotions).toEqual([]);
  });
});

describe('pain points linked to emotion points', () => {
  it('link one card to one point; the link goes when the point, its persona or its step goes', () => {
    let b = addPersona(createBoard('journey', texts), { name: 'Guest', id: 'g' });
    const pain = b.lanes.find((l) => l.kind === 'pain')!;
    const step = b.steps[2]!.id;
    b = addCard(b, { laneId: pain.id, stepId: step, text: 'Checkout needs an account', id: 'c' });
    b = setEmotion(b, { personaId: 'g', stepId: step, score: -2, id: 'e1' });
    b = setEmotion(b, { personaId: 'g', stepId: b.steps[3]!.id, score: 1, id: 'e2' });
    b = linkCardToEmotion(b, 'c', 'e1');
    b = linkCardToEmotion(b, 'c', 'e2');
    expect(b.connectors.filter((c) => c.from === 'c').map((c) => c.to)).toEqual(['e2']); // replaced, not added
    expect(validateBoard(b).ok).toBe(true);
    expect(linkCardToEmotion(b, 'c', null).connectors).toEqual([]);
    for (const gone of [clearEmotion(b, 'g', b.steps[3]!.id), deletePersona(b, 'g'), deleteStep(b, b.steps[3]!.id)]) {
      expect(gone.connectors).toEqual([]);
      expect(validateBoard(gone).ok).toBe(true);
    }
  });
});

describe('the emotion curve between points', () => {
  const at = (p0: Point, [c1, c2, p3]: BezierSegment, t: number) => {
    const u = 1 - t;
    return {
      x: u ** 3 * p0.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t ** 3 * p3.x,
      y: u ** 3 * p0.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t ** 3 * p3.y,
    };
  };
  it('never leaves the range of its two neighbouring points and passes through every point (property)', () => {
    const scores = fc.array(
      fc.integer({ min: -4, max: 4 }).map((n) => n / 2),
      { minLength: 2, maxLength: 12 },
    );
    fc.assert(
      fc.property(scores, fc.integer({ min: 40, max: 300 }), (ys, width) => {
        const rect = { x: 0, y: 0, width: 10, height: 176 };
        const points = ys.map((score, i) => ({ x: i * width, y: emotionY(rect, score) }));
        const segments = monotoneSegments(points);
        expect(segments).toHaveLength(points.length - 1);
        segments.forEach((segment, i) => {
          const [a, b] = [points[i]!, points[i + 1]!];
          expect(segment[2]).toEqual(b);
          for (let t = 0; t <= 1; t += 0.05) {
            const p = at(a, segment, t);
            expect(p.y).toBeGreaterThanOrEqual(Math.min(a.y, b.y) - 1e-9);
            expect(p.y).toBeLessThanOrEqual(Math.max(a.y, b.y) + 1e-9);
          }
        });
      }),
    );
  });

  it('does not dip below −2 between −1.5 and −2 (the overshoot a designer saw)', () => {
    const rect = { x: 0, y: 0, width: 10, height: 176 };
    const points = [0, -1.5, -2, 1].map((score, i) => ({ x: i * 200, y: emotionY(rect, score) }));
    const bottom = emotionY(rect, -2);
    for (const [i, segment] of monotoneSegments(points).entries()) {
      for (let t = 0; t <= 1; t += 0.01) expect(at(points[i]!, segment, t).y).toBeLessThanOrEqual(bottom + 1e-9);
    }
  });
});
