import type { Board } from '../../model';

/** One screen of a presentation: the overview, or a stage (or part of it) as a group of steps. */
export type Slide = { kind: 'overview' } | { kind: 'steps'; stageId: string; stageIndex: number; stepIds: string[]; part: number; parts: number };

/**
 * The slides of a board when `perSlide` steps fit on the screen at a readable size: the
 * overview, then each stage; a stage with more steps than fit is shown in parts of even size
 * (7 steps, 5 per screen: 4 and 3), never scaled down. Stages without steps have nothing to show.
 */
export function presentSlides(board: Pick<Board, 'stages' | 'steps'>, perSlide: number): Slide[] {
  const slides: Slide[] = [{ kind: 'overview' }];
  const fit = Math.max(1, Math.floor(perSlide));
  let stageIndex = 0;
  for (const stage of board.stages) {
    const steps = board.steps.filter((s) => s.stageId === stage.id).map((s) => s.id);
    if (!steps.length) continue;
    stageIndex++;
    const parts = Math.ceil(steps.length / fit);
    const size = Math.ceil(steps.length / parts);
    for (let part = 0; part < parts; part++)
      slides.push({ kind: 'steps', stageId: stage.id, stageIndex, stepIds: steps.slice(part * size, (part + 1) * size), part: part + 1, parts });
  }
  return slides;
}

/** The slide showing a step (for the spotlight, which moves across slides). */
export const slideOf = (slides: readonly Slide[], stepId: string) => slides.findIndex((s) => s.kind === 'steps' && s.stepIds.includes(stepId));

/** Steps in the order the slides show them. */
export const slideSteps = (slides: readonly Slide[]) => slides.flatMap((s) => (s.kind === 'steps' ? s.stepIds : []));
