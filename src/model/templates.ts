import { BOARD_FORMAT, BOARD_VERSION, type Board } from './board';
import type { FailurePoint, Touchpoint, WaitPoint } from './card';
import { BLUEPRINT_LANE_KINDS, type LaneKind } from './lane';
import { newId } from './ids';
import { STAGE_COLORS } from './stage';
import { PERSONA_COLORS } from './persona';

/** A board described by content, not ids; `buildBoard` assigns ids and orders. */
export interface BoardSpec {
  title: string;
  stages: { name: string; steps: string[] }[];
  lanes: { kind: LaneKind; name: string }[];
  /** `lane` and `step` are indexes into `lanes` and the flattened steps. */
  cards?: { lane: number; step: number; text: string; touchpoint?: Touchpoint; failure?: FailurePoint; wait?: WaitPoint }[];
  /** Pairs of indexes into `cards`. */
  connectors?: [number, number][];
  personas?: { name: string; color: string }[];
}

export function buildBoard(spec: BoardSpec, now: Date = new Date()): Board {
  const stamp = now.toISOString();
  const stages = spec.stages.map((s, i) => ({ id: newId('sg_'), name: s.name, color: STAGE_COLORS[i % STAGE_COLORS.length] }));
  const steps = spec.stages.flatMap((s, i) => s.steps.map((name) => ({ id: newId('st_'), stageId: stages[i]!.id, name })));
  const lanes = spec.lanes.map((l) => ({ id: newId('ln_'), kind: l.kind, name: l.name }));
  const perCell = new Map<string, number>();
  const cards = (spec.cards ?? []).map(({ lane, step, ...content }) => {
    const key = `${lane}:${step}`;
    const order = perCell.get(key) ?? 0;
    perCell.set(key, order + 1);
    return { id: newId('cd_'), laneId: lanes[lane]!.id, stepId: steps[step]!.id, order, ...content };
  });
  const connectors = (spec.connectors ?? []).map(([a, b]) => ({ id: newId('cn_'), from: cards[a]!.id, to: cards[b]!.id }));
  return {
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    id: newId('bd_'),
    title: spec.title,
    createdAt: stamp,
    updatedAt: stamp,
    revision: 0,
    stages,
    steps,
    lanes,
    cards,
    connectors,
    personas: (spec.personas ?? []).map((p) => ({ id: newId('ps_'), ...p })),
    emotions: [],
  };
}

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
  const lane = (k: LaneKind, name = t.lanes[k]) => ({ kind: k, name });
  const blueprintLanes = BLUEPRINT_LANE_KINDS.map((k) => lane(k));
  const journeyStages = t.journeyStages.map((name, i) => ({ name, steps: t.journeySteps[i] ?? [] }));
  const persona = { name: t.persona, color: PERSONA_COLORS[0] };
  switch (kind) {
    case 'blueprint':
      return buildBoard({ title: t.titles.blueprint, stages: [{ name: t.stage, steps: t.steps }], lanes: blueprintLanes }, now);
    case 'journey':
      return buildBoard(
        {
          title: t.titles.journey,
          stages: journeyStages,
          personas: [persona],
          lanes: [lane('customer'), lane('text', t.thoughts), lane('text', t.touchpoints), lane('emotion'), lane('pain'), lane('opportunity')],
        },
        now,
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
        now,
      );
  }
}

/** Words of the restaurant sample: 3 stages, 5 steps, 25 cards (5 lanes × 5 steps, row by row). */
export interface RestaurantTexts {
  title: string;
  lanes: Record<LaneKind, string>;
  stages: [string, string, string];
  steps: [string, string, string, string, string];
  cards: string[];
  failureCause: string;
  failureRecovery: string;
}

/** The first-run sample: a restaurant visit from reservation to payment. */
export function restaurantSample(t: RestaurantTexts, now?: Date): Board {
  const [reservation, arrival, ordering, meal, payment] = t.steps;
  const cards: NonNullable<BoardSpec['cards']> = t.cards.slice(0, 25).map((text, i) => ({ lane: Math.floor(i / 5), step: i % 5, text }));
  const at = (lane: number, step: number) => lane * 5 + step;
  cards[at(1, 0)]!.touchpoint = { channel: 'web', importance: 4, performance: 4 };
  cards[at(1, 2)]!.touchpoint = { channel: 'in-person', importance: 5, performance: 3 };
  cards[at(1, 1)]!.wait = { minutes: 10 };
  cards[at(3, 3)]!.failure = { severity: 2, cause: t.failureCause, recovery: t.failureRecovery };
  return buildBoard(
    {
      title: t.title,
      stages: [
        { name: t.stages[0], steps: [reservation] },
        { name: t.stages[1], steps: [arrival, ordering, meal] },
        { name: t.stages[2], steps: [payment] },
      ],
      lanes: BLUEPRINT_LANE_KINDS.map((kind) => ({ kind, name: t.lanes[kind] })),
      cards,
      connectors: [
        [at(1, 2), at(2, 2)],
        [at(2, 2), at(3, 2)],
        [at(3, 2), at(3, 3)],
        [at(4, 3), at(3, 3)],
        [at(3, 3), at(2, 3)],
      ],
    },
    now,
  );
}
