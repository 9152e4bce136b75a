import { BOARD_FORMAT, BOARD_VERSION, type Board } from './board';
import type { FailurePoint, Touchpoint, WaitPoint } from './card';
import { BLUEPRINT_LANE_KINDS, type LaneKind } from './lane';
import { newId } from './ids';
import { STAGE_COLORS } from './stage';

/** A board described by content, not ids; `buildBoard` assigns ids and orders. */
export interface BoardSpec {
  title: string;
  stages: { name: string; steps: string[] }[];
  lanes: { kind: LaneKind; name: string }[];
  /** `lane` and `step` are indexes into `lanes` and the flattened steps. */
  cards?: { lane: number; step: number; text: string; touchpoint?: Touchpoint; failure?: FailurePoint; wait?: WaitPoint }[];
  /** Pairs of indexes into `cards`. */
  connectors?: [number, number][];
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
    format: BOARD_FORMAT, version: BOARD_VERSION, id: newId('bd_'), title: spec.title,
    createdAt: stamp, updatedAt: stamp, revision: 0,
    stages, steps, lanes, cards, connectors, personas: [], emotions: [],
  };
}

/** Words a template needs, supplied by the UI's language catalogue. */
export interface BlueprintTexts {
  title: string;
  lanes: Record<LaneKind, string>;
  stage: string;
  steps: string[];
}

export type BoardKind = 'blueprint';

/** A new, sensible default board: the five blueprint lanes and a few steps in one stage. */
export function createBoard(_kind: BoardKind, texts: BlueprintTexts, now?: Date): Board {
  return buildBoard({
    title: texts.title,
    stages: [{ name: texts.stage, steps: texts.steps }],
    lanes: BLUEPRINT_LANE_KINDS.map((kind) => ({ kind, name: texts.lanes[kind] })),
  }, now);
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
  return buildBoard({
    title: t.title,
    stages: [{ name: t.stages[0], steps: [reservation] }, { name: t.stages[1], steps: [arrival, ordering, meal] }, { name: t.stages[2], steps: [payment] }],
    lanes: BLUEPRINT_LANE_KINDS.map((kind) => ({ kind, name: t.lanes[kind] })),
    cards,
    connectors: [[at(1, 2), at(2, 2)], [at(2, 2), at(3, 2)], [at(3, 2), at(3, 3)], [at(4, 3), at(3, 3)], [at(3, 3), at(2, 3)]],
  }, now);
}
