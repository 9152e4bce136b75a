import type { Board } from './board';
import type { Card, InsightSource, OpportunityStatus, SolutionStatus } from './card';
import type { LaneKind } from './lane';
import { byCellOrder } from './navigation';
import type { BoardAnalysis } from './analysis';

/**
 * An opportunity's priority: (customer value + business value) ÷ effort, each scored 1–5, so
 * from 0.4 (worth little, costly) to 10 (worth much, cheap). Unset until all three are scored.
 */
export function opportunityPriority(card: Pick<Card, 'customerValue' | 'businessValue' | 'effort'>): number | undefined {
  const { customerValue: c, businessValue: b, effort: e } = card;
  return c === undefined || b === undefined || e === undefined ? undefined : (c + b) / e;
}

/** A priority as shown: one decimal. */
export const formatPriority = (p: number) => (Math.round(p * 10) / 10).toFixed(1);

export const VALUE_EFFORT_QUADRANTS = ['quickWin', 'bigBet', 'fillIn', 'moneyPit'] as const;
export type ValueEffortQuadrant = (typeof VALUE_EFFORT_QUADRANTS)[number];

/**
 * Where an opportunity sits on the value × effort matrix. Value is the mean of customer and
 * business value; value of 3 or more is high, and so is effort of 3 or more (the scale's middle
 * counts as high, so a "quick win" is clearly cheap). Quick win: high value, low effort; big bet:
 * high value, high effort; fill-in: low value, low effort; money pit: low value, high effort.
 */
export function valueEffortQuadrant(card: Pick<Card, 'customerValue' | 'businessValue' | 'effort'>): ValueEffortQuadrant | undefined {
  const { customerValue: c, businessValue: b, effort: e } = card;
  if (c === undefined || b === undefined || e === undefined) return undefined;
  const valuable = (c + b) / 2 >= 3;
  const costly = e >= 3;
  return valuable ? (costly ? 'bigBet' : 'quickWin') : costly ? 'moneyPit' : 'fillIn';
}

/** Lanes that hold the loop's own cards; the cards in every other lane are the service and its problems. */
const LOOP_LANES: ReadonlySet<LaneKind> = new Set(['insight', 'opportunity', 'solution']);

export interface OpportunityRow {
  card: Card;
  priority?: number;
  quadrant?: ValueEffortQuadrant;
  status: OpportunityStatus;
  /** The problems it addresses: linked cards outside the loop's lanes. */
  addresses: Card[];
  /** Its solutions: linked cards in solution lanes. */
  solutions: Card[];
}

export interface SolutionRow {
  card: Card;
  status: SolutionStatus;
  /** Past its due date and neither live nor dropped (`today` as YYYY-MM-DD). */
  overdue: boolean;
  /** The opportunities it serves. */
  opportunities: Card[];
}

export interface Backlog {
  /** Highest priority first; unscored ones last; ties in board order. */
  opportunities: OpportunityRow[];
  /** In board order. */
  solutions: SolutionRow[];
}

/**
 * The board's backlog: every card in an opportunity lane and in a solution lane, with the cards
 * each is linked to (connectors count both ways: a link is a link whichever end it was drawn from).
 */
export function backlogOf(board: Board, today: string): Backlog {
  const kindOf = new Map(board.lanes.map((l) => [l.id, l.kind]));
  const byId = new Map(board.cards.map((c) => [c.id, c]));
  const links = new Map<string, Card[]>();
  const link = (a: string, b: string) => {
    const other = byId.get(b);
    if (!other || a === b) return;
    const list = links.get(a) ?? [];
    if (!list.includes(other)) list.push(other);
    links.set(a, list);
  };
  for (const c of board.connectors) {
    link(c.from, c.to);
    link(c.to, c.from);
  }
  const order = byCellOrder(board);
  const linked = (card: Card, test: (kind: LaneKind | undefined) => boolean) =>
    (links.get(card.id) ?? []).filter((c) => test(kindOf.get(c.laneId))).sort(order);
  const inLane = (kind: LaneKind) => board.cards.filter((c) => kindOf.get(c.laneId) === kind).sort(order);

  const opportunities = inLane('opportunity')
    .map((card, rank) => ({
      rank,
      row: {
        card,
        priority: opportunityPriority(card),
        quadrant: valueEffortQuadrant(card),
        status: card.opportunityStatus ?? 'open',
        addresses: linked(card, (k) => !k || !LOOP_LANES.has(k)),
        solutions: linked(card, (k) => k === 'solution'),
      } satisfies OpportunityRow,
    }))
    .sort((a, b) => (b.row.priority ?? -1) - (a.row.priority ?? -1) || a.rank - b.rank)
    .map((x) => x.row);

  const solutions = inLane('solution').map((card): SolutionRow => {
    const status = card.solutionStatus ?? 'idea';
    return {
      card,
      status,
      overdue: !!card.dueDate && card.dueDate < today && status !== 'live' && status !== 'dropped',
      opportunities: linked(card, (k) => k === 'opportunity'),
    };
  });
  return { opportunities, solutions };
}

/** Today as YYYY-MM-DD in the user's time zone: what a due date is compared with. */
export const localDay = (now: Date) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** What a card of the loop shows as a badge: an opportunity's priority, a solution's status, an insight's source. */
export type LoopBadge =
  { kind: 'priority'; value: number } | { kind: 'solution'; status: SolutionStatus; dueDate?: string } | { kind: 'insight'; source: InsightSource };

/** The one loop badge a card shows, from its own fields (whichever lane it sits in now). */
export function loopBadge(card: Card): LoopBadge | undefined {
  const priority = opportunityPriority(card);
  if (priority !== undefined) return { kind: 'priority', value: priority };
  if (card.solutionStatus) return { kind: 'solution', status: card.solutionStatus, ...(card.dueDate && { dueDate: card.dueDate }) };
  if (card.source) return { kind: 'insight', source: card.source };
  return undefined;
}

/**
 * How a linked card relates to this one, by the lanes both sit in: an opportunity *addresses*
 * problems, is *solved by* solutions and *supported by* insights; a solution *serves*
 * opportunities; an insight *supports* what it was found about; a problem is *addressed by*
 * opportunities and *supported by* insights.
 */
export const LINK_ROLES = ['addresses', 'solvedBy', 'supportedBy', 'serves', 'supports', 'addressedBy', 'linked'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

function roleOf(mine: LaneKind | undefined, theirs: LaneKind | undefined): LinkRole {
  const loop = (k: LaneKind | undefined) => !!k && LOOP_LANES.has(k);
  if (mine === 'opportunity')
    return theirs === 'solution' ? 'solvedBy' : theirs === 'insight' ? 'supportedBy' : loop(theirs) ? 'linked' : 'addresses';
  if (mine === 'solution') return theirs === 'opportunity' ? 'serves' : 'linked';
  if (mine === 'insight') return theirs === 'insight' ? 'linked' : 'supports';
  return theirs === 'opportunity' ? 'addressedBy' : theirs === 'insight' ? 'supportedBy' : 'linked';
}

/** A card's links to other cards, grouped by role (in `LINK_ROLES` order, each in board order); connectors to emotion points are not cards and are left out. */
export function linksOf(board: Board, cardId: string): { role: LinkRole; cards: Card[] }[] {
  const kindOf = new Map(board.lanes.map((l) => [l.id, l.kind]));
  const byId = new Map(board.cards.map((c) => [c.id, c]));
  const me = byId.get(cardId);
  if (!me) return [];
  const others = new Set<Card>();
  for (const c of board.connectors) {
    const other = c.from === cardId ? byId.get(c.to) : c.to === cardId ? byId.get(c.from) : undefined;
    if (other && other !== me) others.add(other);
  }
  const groups = new Map<LinkRole, Card[]>();
  for (const other of [...others].sort(byCellOrder(board))) {
    const role = roleOf(kindOf.get(me.laneId), kindOf.get(other.laneId));
    groups.set(role, [...(groups.get(role) ?? []), other]);
  }
  return LINK_ROLES.filter((r) => groups.has(r)).map((role) => ({ role, cards: groups.get(role)! }));
}

/** A problem the Analysis view flags, which an opportunity could address. */
export type Problem =
  | { kind: 'failure' | 'touchpoint' | 'rework'; cardId: string; stepId: string }
  | { kind: 'bottleneck' | 'tolerance'; stepId: string }
  | { kind: 'emotionLow'; stepId: string; personaId: string };

/** A problem's key: its kind and what it is about (a card, or a step and persona). */
export const problemKey = (p: Problem) =>
  'cardId' in p ? `${p.kind}:${p.cardId}` : p.kind === 'emotionLow' ? `${p.kind}:${p.stepId}:${p.personaId}` : `${p.kind}:${p.stepId}`;

/**
 * What the analysis flags that no opportunity addresses yet: failure points without recovery,
 * touchpoints in "Concentrate here", the bottleneck step, steps over the customer's tolerance,
 * rework loops, each persona's lowest point. A card's problem is addressed by an opportunity linked to that
 * card; a step's, by an opportunity in that step or linked to a card in it.
 */
export function unaddressedProblems(
  board: Board,
  analysis: Pick<BoardAnalysis, 'failures' | 'priorities' | 'time' | 'emotions' | 'handoffs'>,
): Problem[] {
  const kindOf = new Map(board.lanes.map((l) => [l.id, l.kind]));
  const byId = new Map(board.cards.map((c) => [c.id, c]));
  const isOpportunity = (id: string) => kindOf.get(byId.get(id)?.laneId ?? '') === 'opportunity';
  const addressedCards = new Set<string>();
  const addressedSteps = new Set<string>();
  for (const c of board.cards) if (kindOf.get(c.laneId) === 'opportunity') addressedSteps.add(c.stepId);
  for (const c of board.connectors) {
    for (const [a, b] of [
      [c.from, c.to],
      [c.to, c.from],
    ] as const) {
      if (!isOpportunity(a) || !byId.has(b)) continue;
      addressedCards.add(b);
      addressedSteps.add(byId.get(b)!.stepId);
    }
  }
  const problems: Problem[] = [];
  for (const f of analysis.failures)
    if (f.flags.noRecovery && !addressedCards.has(f.cardId)) problems.push({ kind: 'failure', cardId: f.cardId, stepId: f.stepId });
  for (const p of analysis.priorities.rows)
    if (p.quadrant === 'concentrate' && !addressedCards.has(p.cardId)) problems.push({ kind: 'touchpoint', cardId: p.cardId, stepId: p.stepId });
  const bottleneck = analysis.time.bottleneck?.stepId;
  if (bottleneck && !addressedSteps.has(bottleneck)) problems.push({ kind: 'bottleneck', stepId: bottleneck });
  for (const s of analysis.time.steps)
    if (s.overTolerance && s.stepId !== bottleneck && !addressedSteps.has(s.stepId)) problems.push({ kind: 'tolerance', stepId: s.stepId });
  // A rework loop is addressed when an opportunity is linked to any card on it.
  for (const loop of analysis.handoffs.reworkLoops) {
    const first = byId.get(loop[0] ?? '');
    if (first && !loop.some((id) => addressedCards.has(id))) problems.push({ kind: 'rework', cardId: first.id, stepId: first.stepId });
  }
  for (const e of analysis.emotions)
    if (e.lowest && e.lowest.score < 0 && !addressedSteps.has(e.lowest.stepId))
      problems.push({ kind: 'emotionLow', stepId: e.lowest.stepId, personaId: e.personaId });
  return problems;
}
