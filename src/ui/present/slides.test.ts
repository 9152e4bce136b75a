import { describe, expect, it } from 'vitest';
import { sample } from '../../model/test/fixtures';
import { generateBoard } from '../../model';
import { presentSlides, slideOf, slideSteps } from './slides';

describe('present slides', () => {
  it('show every step once, in board order, each stage in parts of even size that fit', () => {
    const board = generateBoard({ cards: 300, steps: 23, seed: 3 });
    for (const fit of [1, 2, 3, 5, 8, 40]) {
      const slides = presentSlides(board, fit);
      expect(slides[0]).toEqual({ kind: 'overview' });
      expect(slideSteps(slides)).toEqual(board.steps.map((s) => s.id));
      for (const s of slides) {
        if (s.kind !== 'steps') continue;
        expect(s.stepIds.length).toBeLessThanOrEqual(fit);
        const sizes = slides.filter((x) => x.kind === 'steps' && x.stageId === s.stageId).map((x) => (x.kind === 'steps' ? x.stepIds.length : 0));
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('find the slide that shows a step', () => {
    const board = sample();
    const slides = presentSlides(board, 2);
    for (const step of board.steps) {
      const slide = slides[slideOf(slides, step.id)]!;
      expect(slide.kind === 'steps' && slide.stepIds).toContain(step.id);
    }
  });
});
