import { BOARD_FORMAT, BOARD_VERSION, type Board } from '../board';
import type { Card, Channel, EvidenceStatus, InsightSource, OpportunityStatus, ServqualDimension, SolutionStatus } from '../card';
import type { LaneKind } from '../lane';
import { newId } from '../ids';
import { STAGE_COLORS } from '../stage';

/** The example boards of the template gallery. */
export const EXAMPLE_KEYS = ['restaurant', 'hotel', 'hospital', 'bank', 'ecommerce', 'tourism'] as const;
export type ExampleKey = (typeof EXAMPLE_KEYS)[number];

/**
 * An example's structure and figures, without words: every word comes from `ExampleTexts` in
 * the user's language, looked up by key, so the English and Chinese boards cannot differ in
 * structure.
 */
export interface ExampleSpec {
  stages: { key: string; steps: { key: string; minutes?: number; tolerance?: number }[] }[];
  /** Lanes top to bottom; `key` names a lane in `texts.lanes` instead of the kind's usual name. */
  lanes: { kind: LaneKind; key?: string }[];
  cards: CardSpec[];
  /** Pairs of card keys. */
  connectors: [string, string][];
  persona: {
    color: string;
    /** As-is score per step key (−2…+2), and the to-be curve where the team aims. */
    emotions: Record<string, number>;
    toBe?: Record<string, number>;
  };
}

export interface CardSpec {
  key: string;
  /** Index into `lanes`. */
  lane: number;
  step: string;
  /** Touchpoint: channel, importance, performance. */
  tp?: [Channel, number?, number?];
  /** Failure severity (1–3); cause and recovery come from `texts.failures[key]`. */
  fail?: 1 | 2 | 3;
  wait?: number;
  owner?: string;
  minutes?: number;
  cost?: number;
  sq?: ServqualDimension;
  ev?: EvidenceStatus;
  /** A research insight: its source and day; quote and participant come from `texts.insights[key]`. */
  insight?: [InsightSource, string];
  /** An opportunity: customer value, business value, effort (1–5) and status. */
  opportunity?: [number, number, number, OpportunityStatus];
  /** A solution: status and due date (its owner is `owner`). */
  solution?: [SolutionStatus, string];
}

/** An example's words in one language. */
export interface ExampleTexts {
  title: string;
  /** One line for the gallery. */
  line: string;
  stages: Record<string, string>;
  steps: Record<string, string>;
  lanes: Record<string, string>;
  cards: Record<string, string>;
  /** Cause and, when there is one, the recovery plan. */
  failures: Record<string, [string, string?]>;
  owners: Record<string, string>;
  persona: { name: string; description: string };
  /** Emotion notes by step key. */
  notes: Record<string, string>;
  /** Research insights' quote and participant, by card key. */
  insights?: Record<string, [string, string]>;
}

/** A text by key; a missing one is a mistake in the catalogue, said loudly rather than shown blank. */
function word(table: Record<string, string>, key: string, what: string): string {
  const text = table[key];
  if (text === undefined) throw new Error(`example text missing: ${what} "${key}"`);
  return text;
}

/** Builds an example board in one language (fresh ids; `laneNames` for lanes without their own name). */
export function buildExample(spec: ExampleSpec, texts: ExampleTexts, laneNames: Record<LaneKind, string>, now = new Date()): Board {
  const stamp = now.toISOString();
  const stages = spec.stages.map((s, i) => ({
    id: newId('sg_'),
    name: word(texts.stages, s.key, 'stage'),
    color: STAGE_COLORS[i % STAGE_COLORS.length],
  }));
  const stepIds = new Map<string, string>();
  const steps = spec.stages.flatMap((s, i) =>
    s.steps.map(({ key, minutes, tolerance }) => {
      const id = newId('st_');
      stepIds.set(key, id);
      return {
        id,
        stageId: stages[i]!.id,
        name: word(texts.steps, key, 'step'),
        ...(minutes !== undefined && { durationMinutes: minutes }),
        ...(tolerance !== undefined && { toleranceMinutes: tolerance }),
      };
    }),
  );
  const step = (key: string) => {
    const id = stepIds.get(key);
    if (!id) throw new Error(`example refers to a missing step "${key}"`);
    return id;
  };
  const lanes = spec.lanes.map((l) => ({ id: newId('ln_'), kind: l.kind, name: l.key ? word(texts.lanes, l.key, 'lane') : laneNames[l.kind] }));
  const perCell = new Map<string, number>();
  const cardIds = new Map<string, string>();
  const cards = spec.cards.map((c): Card => {
    const cell = `${c.lane}:${c.step}`;
    const order = perCell.get(cell) ?? 0;
    perCell.set(cell, order + 1);
    const id = newId('cd_');
    cardIds.set(c.key, id);
    const card: Card = { id, laneId: lanes[c.lane]!.id, stepId: step(c.step), order, text: word(texts.cards, c.key, 'card') };
    if (c.tp) card.touchpoint = { channel: c.tp[0], ...(c.tp[1] && { importance: c.tp[1] }), ...(c.tp[2] && { performance: c.tp[2] }) };
    if (c.fail) {
      const failure = texts.failures[c.key];
      if (!failure) throw new Error(`example text missing: failure "${c.key}"`);
      card.failure = { severity: c.fail, cause: failure[0], ...(failure[1] && { recovery: failure[1] }) };
    }
    if (c.wait !== undefined) card.wait = { minutes: c.wait };
    if (c.owner) card.owner = word(texts.owners, c.owner, 'owner');
    if (c.minutes !== undefined) card.durationMinutes = c.minutes;
    if (c.cost !== undefined) card.cost = c.cost;
    if (c.sq) card.servqual = c.sq;
    if (c.ev) card.evidence = c.ev;
    if (c.insight) {
      const said = texts.insights?.[c.key];
      if (!said) throw new Error(`example text missing: insight "${c.key}"`);
      Object.assign(card, { source: c.insight[0], date: c.insight[1], quote: said[0], participant: said[1] });
    }
    if (c.opportunity) {
      const [customerValue, businessValue, effort, opportunityStatus] = c.opportunity;
      Object.assign(card, { customerValue, businessValue, effort, opportunityStatus });
    }
    if (c.solution) Object.assign(card, { solutionStatus: c.solution[0], dueDate: c.solution[1] });
    return card;
  });
  const card = (key: string) => {
    const id = cardIds.get(key);
    if (!id) throw new Error(`example connects a missing card "${key}"`);
    return id;
  };
  const persona = { id: newId('ps_'), name: texts.persona.name, color: spec.persona.color, description: texts.persona.description };
  const curve = (scores: Record<string, number>, to: 'as-is' | 'to-be') =>
    Object.entries(scores).map(([key, score]) => ({
      id: newId('em_'),
      personaId: persona.id,
      stepId: step(key),
      score,
      ...(to === 'as-is' && texts.notes[key] && { note: texts.notes[key] }),
      ...(to === 'to-be' && { curve: 'to-be' as const }),
    }));
  return {
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    id: newId('bd_'),
    title: texts.title,
    description: texts.line,
    createdAt: stamp,
    updatedAt: stamp,
    revision: 0,
    stages,
    steps,
    lanes,
    cards,
    connectors: spec.connectors.map(([from, to]) => ({ id: newId('cn_'), from: card(from), to: card(to) })),
    personas: [persona],
    emotions: [...curve(spec.persona.emotions, 'as-is'), ...curve(spec.persona.toBe ?? {}, 'to-be')],
    settings: { density: 'detailed' },
  };
}
