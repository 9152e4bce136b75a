import { sameJson } from './sameJson';
import {
  PERSONA_COLORS,
  renumberCells,
  isColor,
  type Board,
  type Card,
  type Connector,
  type EmotionPoint,
  type Persona,
  type Stage,
  type Step,
} from '../model';

/**
 * Makes a merged board valid again, deterministically: every replica holding the same doc
 * computes the same board. A merge can produce what no single edit allows, for example a card
 * added to a lane someone else deleted meanwhile; what a user typed is kept where possible:
 * - a step whose stage is gone joins the first stage;
 * - a card whose lane or step is gone moves to the first lane or step (its text survives);
 * - cards sharing a place in a cell are numbered again by (order, id);
 * - connectors to a card or point that is gone are dropped (they carry no typed content
 *   beyond a label on something that no longer exists);
 * - a comment on a card that is gone is dropped with its card, as deleting the card does;
 * - an emotion point whose persona or step is gone is dropped, as deleting either does; of
 *   two points for the same persona, step and curve the one with the smaller id stays;
 * - a measurement of a metric, step or stage that is gone is dropped, as deleting either does;
 * - a colour that is not one (a `url(…)` from a hostile collaborator, say) is not drawn: a stage
 *   or card loses it, a persona gets the first persona colour.
 * Arrays and entities that need no repair are returned as they came (and as `previous` had
 * them when equal), so renders stay as cheap as without repair.
 */
export function repairMerge(board: Board, previous: Board | null): Board {
  const stages = fix(board.stages, (s): Stage | null => (s.color === undefined || isColor(s.color) ? s : withoutColor(s)));
  const personas = fix(board.personas, (p): Persona | null => (isColor(p.color) ? p : { ...p, color: PERSONA_COLORS[0] }));
  const stageIds = new Set(board.stages.map((s) => s.id));
  const firstStage = board.stages[0]?.id;
  const steps = fix(board.steps, (s): Step | null => (stageIds.has(s.stageId) ? s : firstStage ? { ...s, stageId: firstStage } : null));
  const stepIds = new Set(steps.map((s) => s.id));
  const laneIds = new Set(board.lanes.map((l) => l.id));
  const [firstLane, firstStep] = [board.lanes[0]?.id, steps[0]?.id];
  const placed = fix(board.cards, (card): Card | null => {
    const c = card.color === undefined || isColor(card.color) ? card : withoutColor(card);
    if (laneIds.has(c.laneId) && stepIds.has(c.stepId)) return c;
    if (!firstLane || !firstStep) return null;
    return { ...c, laneId: laneIds.has(c.laneId) ? c.laneId : firstLane, stepId: stepIds.has(c.stepId) ? c.stepId : firstStep };
  });
  const cards = renumberCells(placed);
  const cardIds = new Set(cards.map((c) => c.id));
  const personaIds = new Set(board.personas.map((p) => p.id));
  const emotionKeys = new Map<string, string>();
  for (const e of board.emotions) {
    if (!personaIds.has(e.personaId) || !stepIds.has(e.stepId)) continue;
    const key = `${e.personaId}\u0000${e.stepId}\u0000${e.curve ?? 'as-is'}`;
    const kept = emotionKeys.get(key);
    if (kept === undefined || e.id < kept) emotionKeys.set(key, e.id);
  }
  const keptEmotions = new Set(emotionKeys.values());
  const emotions = fix(board.emotions, (e): EmotionPoint | null => (keptEmotions.has(e.id) ? e : null));
  const emotionIds = new Set(emotions.map((e) => e.id));
  const connectors = fix(board.connectors, (c): Connector | null => (cardIds.has(c.from) && (cardIds.has(c.to) || emotionIds.has(c.to)) ? c : null));
  const threads = new Set((board.comments ?? []).filter((c) => cardIds.has(c.cardId) && !c.replyTo).map((c) => c.id));
  const measurements = board.measurements && keptMeasurements(board, steps);
  const comments = board.comments && fix(board.comments, (c) => (cardIds.has(c.cardId) && (!c.replyTo || threads.has(c.replyTo)) ? c : null));
  if (
    stages === board.stages &&
    personas === board.personas &&
    steps === board.steps &&
    cards === board.cards &&
    emotions === board.emotions &&
    connectors === board.connectors &&
    comments === board.comments &&
    measurements === board.measurements
  )
    return board;
  return {
    ...board,
    stages: reuse(stages, board.stages, previous?.stages),
    personas: reuse(personas, board.personas, previous?.personas),
    ...(comments && { comments }),
    ...(measurements && { measurements }),
    steps: reuse(steps, board.steps, previous?.steps),
    cards: reuse(cards, board.cards, previous?.cards),
    emotions,
    connectors,
  };
}

type Measurements = NonNullable<Board['measurements']>;
/** The last check of a measurements array, so a card edit on a board of 50 000 measurements does not check them again. */
const checked = new WeakMap<Measurements, { steps: Step[]; stages: Stage[]; metrics: Board['metrics']; out: Measurements }>();

function keptMeasurements(board: Board, steps: Step[]): Measurements {
  const list = board.measurements!;
  const last = checked.get(list);
  if (last && last.steps === steps && last.stages === board.stages && last.metrics === board.metrics) return last.out;
  const stepIds = new Set(steps.map((s) => s.id));
  const stageIds = new Set(board.stages.map((s) => s.id));
  const metricIds = new Set((board.metrics ?? []).map((m) => m.id));
  const out = fix(list, (m) =>
    metricIds.has(m.metricId) && (!m.stepId || stepIds.has(m.stepId)) && (!m.stageId || stageIds.has(m.stageId)) ? m : null,
  );
  checked.set(list, { steps, stages: board.stages, metrics: board.metrics, out });
  return out;
}

function withoutColor<T extends { color?: string }>(item: T): T {
  const { color: _dropped, ...rest } = item;
  return rest as T;
}

/** Maps `items` through `repair` (null drops an item); the input array itself when nothing changed. */
function fix<T>(items: T[], repair: (item: T) => T | null): T[] {
  let changed = false;
  const out: T[] = [];
  for (const item of items) {
    const fixed = repair(item);
    if (fixed !== item) changed = true;
    if (fixed) out.push(fixed);
  }
  return changed ? out : items;
}

/** Items a repair created again are the objects the previous read returned when equal, so they do not re-render. */
function reuse<T extends { id: string }>(items: T[], input: T[], previous: T[] | undefined): T[] {
  if (items === input || !previous) return items;
  const original = new Set(input);
  const before = new Map(previous.map((p) => [p.id, p]));
  return items.map((item) => {
    if (original.has(item)) return item;
    const old = before.get(item.id);
    return old && sameJson(old, item) ? old : item;
  });
}
