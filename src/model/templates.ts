import type { Board } from './board';
import { buildBoard } from './build';
import { BLUEPRINT_LANE_KINDS, type LaneKind } from './lane';
import { PERSONA_COLORS } from './persona';

/** Words the templates need, supplied by the UI's language catalogue. */
export interface TemplateTexts {
  titles: Record<BoardKind, string>;
  lanes: Record<LaneKind, string>;
  thoughts: string;
  touchpoints: string;
  /** The blueprint's one stage and its steps. */
  stage: string;
  steps: string[];
  /** The journey's five stages (awareness → loyalty) and example steps for each. */
  journeyStages: string[];
  journeySteps: string[][];
  persona: string;
}

export const BOARD_KINDS = ['blueprint', 'journey', 'blueprint-journey'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

/**
 * A new board of a kind: "blueprint" (the five blueprint lanes, a few steps), "journey"
 * (awareness → loyalty, lanes for actions, thoughts, touchpoints, emotions, pain points,
 * opportunities, one persona) or both on one board.
 */
export function createBoard(kind: BoardKind, t: TemplateTexts, now?: Date): Board {
  const options = { now };
  const lane = (k: LaneKind, name = t.lanes[k]) => ({ kind: k, name });
  const blueprintLanes = BLUEPRINT_LANE_KINDS.map((k) => lane(k));
  const journeyStages = t.journeyStages.map((name, i) => ({ name, steps: t.journeySteps[i] ?? [] }));
  const persona = { name: t.persona, color: PERSONA_COLORS[0] };
  switch (kind) {
    case 'blueprint':
      return buildBoard({ title: t.titles.blueprint, stages: [{ name: t.stage, steps: t.steps }], lanes: blueprintLanes }, options);
    case 'journey':
      return buildBoard(
        {
          title: t.titles.journey,
          stages: journeyStages,
          personas: [persona],
          lanes: [lane('customer'), lane('text', t.thoughts), lane('text', t.touchpoints), lane('emotion'), lane('pain'), lane('opportunity')],
        },
        options,
      );
    case 'blueprint-journey':
      return buildBoard(
        {
          title: t.titles['blueprint-journey'],
          stages: journeyStages,
          personas: [persona],
          // The whole improvement loop under the blueprint: research insights, opportunities, solutions.
          lanes: [lane('emotion'), ...blueprintLanes, lane('pain'), lane('insight'), lane('opportunity'), lane('solution')],
        },
        options,
      );
  }
}
