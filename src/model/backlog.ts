import type { Board } from './board';
import type { Card, InsightSource, OpportunityStatus, SolutionStatus } from './card';
import type { LaneKind } from './lane';
import { byCellOrder } from './navigation';

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
