import type { Board } from '../board';
import { buildBoard, type CardSpec as BuiltCard } from '../build';
import type { Channel, EvidenceStatus, InsightSource, OpportunityStatus, ServqualDimension, SolutionStatus } from '../card';
import type { LaneKind } from '../lane';

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
  const stepKeys = spec.stages.flatMap((s) => s.steps.map((st) => st.key));
  const step = (key: string) => {
    const index = stepKeys.indexOf(key);
    if (index < 0) throw new Error(`example refers to a missing step "${key}"`);
    return index;
  };
  const cardKeys = spec.cards.map((c) => c.key);
  const card = (key: string) => {
    const index = cardKeys.indexOf(key);
    if (index < 0) throw new Error(`example connects a missing card "${key}"`);
    return index;
  };
  const curve = (scores: Record<string, number>, to: 'as-is' | 'to-be') =>
    Object.entries(scores).map(([key, score]) => ({
      step: step(key),
      score,
      ...(to === 'as-is' && texts.notes[key] && { note: texts.notes[key] }),
      ...(to === 'to-be' && { curve: 'to-be' as const }),
    }));
  return buildBoard(
    {
      title: texts.title,
      description: texts.line,
      stages: spec.stages.map((s) => ({
        name: word(texts.stages, s.key, 'stage'),
        steps: s.steps.map(({ key, minutes, tolerance }) => ({
          name: word(texts.steps, key, 'step'),
          ...(minutes !== undefined && { durationMinutes: minutes }),
          ...(tolerance !== undefined && { toleranceMinutes: tolerance }),
        })),
      })),
      lanes: spec.lanes.map((l) => ({ kind: l.kind, name: l.key ? word(texts.lanes, l.key, 'lane') : laneNames[l.kind] })),
      cards: spec.cards.map((c) => cardOf(c, texts, step(c.step))),
      connectors: spec.connectors.map(([from, to]) => [card(from), card(to)]),
      personas: [
        {
          name: texts.persona.name,
          color: spec.persona.color,
          description: texts.persona.description,
          emotions: [...curve(spec.persona.emotions, 'as-is'), ...curve(spec.persona.toBe ?? {}, 'to-be')],
        },
      ],
      settings: { density: 'detailed' },
    },
    { now },
  );
}

/** A card of an example with its words and figures. */
function cardOf(c: CardSpec, texts: ExampleTexts, step: number): BuiltCard {
  const card: BuiltCard = { lane: c.lane, step, text: word(texts.cards, c.key, 'card') };
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
}
