import { BOARD_FORMAT, BOARD_VERSION, type Board } from './board';
import type { Card } from './card';
import type { LaneKind } from './lane';
import { newId } from './ids';
import { STAGE_COLORS } from './stage';

/** A step by name, with its duration and the customer's tolerance when known. */
export interface StepSpec {
  name: string;
  durationMinutes?: number;
  toleranceMinutes?: number;
}

/** A card in a cell (`lane` and `step` index into the spec's lanes and its flattened steps) with any of its fields. */
export type CardSpec = { lane: number; step: number; text: string } & Partial<Omit<Card, 'id' | 'laneId' | 'stepId' | 'order' | 'text'>>;

/** A persona and its emotion curves (`step` indexes the flattened steps). */
export interface PersonaSpec {
  name: string;
  color: string;
  description?: string;
  emotions?: { step: number; score: number; note?: string; curve?: 'to-be' }[];
}

/**
 * A board described by content, not ids: templates, gallery examples, imports and generated
 * test boards are all written this way, and `buildBoard` is the one place that makes a board
 * of it (ids, orders in each cell, dates, format).
 */
export interface BoardSpec {
  title: string;
  description?: string;
  stages: { name: string; color?: string; steps: (string | StepSpec)[] }[];
  lanes: { kind: LaneKind; name: string }[];
  cards?: CardSpec[];
  /** Pairs of indexes into `cards`. */
  connectors?: [number, number][];
  personas?: PersonaSpec[];
  settings?: Board['settings'];
}

export interface BuildOptions {
  now?: Date;
  /** Ids for the board's parts; by default fresh random ones. Deterministic ones keep generated boards the same on every run. */
  ids?: (prefix: string, index: number) => string;
}

export function buildBoard(spec: BoardSpec, { now = new Date(), ids = (prefix) => newId(prefix) }: BuildOptions = {}): Board {
  const stamp = now.toISOString();
  const stages = spec.stages.map((s, i) => ({ id: ids('sg_', i), name: s.name, color: s.color ?? STAGE_COLORS[i % STAGE_COLORS.length] }));
  const steps = spec.stages.flatMap((s, i) =>
    s.steps.map((step) => (typeof step === 'string' ? { name: step } : step)).map((step) => ({ stageId: stages[i]!.id, ...step })),
  );
  const stepIds = steps.map((_, i) => ids('st_', i));
  const lanes = spec.lanes.map((l, i) => ({ id: ids('ln_', i), kind: l.kind, name: l.name }));
  const perCell = new Map<string, number>();
  const cards = (spec.cards ?? []).map(({ lane, step, ...content }, i): Card => {
    const cell = `${lane}:${step}`;
    const order = perCell.get(cell) ?? 0;
    perCell.set(cell, order + 1);
    return { id: ids('cd_', i), laneId: at(lanes, lane, 'lane').id, stepId: at(stepIds, step, 'step'), order, ...content };
  });
  const connectors = (spec.connectors ?? []).map(([a, b], i) => ({ id: ids('cn_', i), from: at(cards, a, 'card').id, to: at(cards, b, 'card').id }));
  const personas = (spec.personas ?? []).map(({ emotions: _, ...p }, i) => ({ id: ids('ps_', i), ...p }));
  let emotionCount = 0;
  const emotions = (spec.personas ?? []).flatMap((p, i) =>
    (p.emotions ?? []).map(({ step, ...point }) => ({
      id: ids('em_', emotionCount++),
      personaId: personas[i]!.id,
      stepId: at(stepIds, step, 'step'),
      ...point,
    })),
  );
  return {
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    id: ids('bd_', 0),
    title: spec.title,
    ...(spec.description !== undefined && { description: spec.description }),
    createdAt: stamp,
    updatedAt: stamp,
    revision: 0,
    stages,
    steps: steps.map((s, i) => ({ id: stepIds[i]!, ...s })),
    lanes,
    cards,
    connectors,
    personas,
    emotions,
    ...(spec.settings && { settings: spec.settings }),
  };
}

/** An index into a spec's list; a wrong one is a mistake in the spec, said loudly. */
function at<T>(list: readonly T[], index: number, what: string): T {
  const item = list[index];
  if (item === undefined) throw new Error(`board spec refers to a missing ${what} (${index})`);
  return item;
}
