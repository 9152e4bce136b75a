import {
  CHANNELS,
  EVIDENCE_STATUSES,
  INSIGHT_SOURCES,
  OPPORTUNITY_STATUSES,
  SERVQUAL_DIMENSIONS,
  SOLUTION_STATUSES,
  type Card,
  type Channel,
  type MarkerKind,
} from './card';
import type { LaneKind } from './lane';
import type { CardPatch } from './ops/cards';

/** A field's value as the side panel edits it and a CSV cell holds it. */
export type FieldValue = string | number | readonly string[] | undefined;

interface FieldBase {
  /** Its name everywhere: the side panel's label is `inspector.<key>`, the CSV header `csv.<key>`. */
  key: string;
  /** The marker it belongs to: shown while the marker is on. */
  marker?: MarkerKind;
  /** The lanes whose cards have it (an insight's source, a solution's status); all cards without. */
  lanes?: readonly LaneKind[];
  /** Its column in CSV files (the stored name, read back by tools); none for fields CSV leaves out. */
  column?: string;
  /** It always has a value (no blank choice). */
  required?: boolean;
  /** i18n key of a hint shown in the empty field. */
  hint?: string;
  get(card: Card): FieldValue;
  /** The change that sets it (undefined clears it). */
  patch(card: Card, value: FieldValue): CardPatch;
}

/**
 * How a field is edited: text (`rows` > 1 for a text area; `suggest` offers the values already
 * on the board), a number (`min`), a level out of `levels` (`levelKey` names each), a choice among `options` (named `optionKey` + option, in the side
 * panel and in CSV files), a list of tags, a colour, a calendar day, a web address, some of the
 * board's metrics.
 */
export type CardField = FieldBase &
  (
    | { kind: 'text'; rows?: number; suggest?: boolean }
    | { kind: 'number'; min?: number }
    | { kind: 'level'; levels: number; levelKey?: string }
    | { kind: 'choice'; options: readonly string[]; optionKey: string }
    | { kind: 'tags' }
    | { kind: 'color' }
    | { kind: 'date' }
    | { kind: 'link' }
    | { kind: 'metrics' }
  );

const text = (v: FieldValue) => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: FieldValue) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const day = (v: FieldValue) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
const atLeast0 = (v: FieldValue) => (num(v) === undefined ? undefined : Math.max(0, num(v)!));

type ChoiceKey = 'source' | 'opportunityStatus' | 'solutionStatus';
/** A choice among a lane's options, stored under its key. */
const choice = (key: ChoiceKey, lanes: LaneKind[], options: readonly string[], optionKey: string): CardField => ({
  key,
  lanes,
  column: key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`),
  kind: 'choice',
  options,
  optionKey,
  get: (c) => c[key],
  patch: (_c, v) => ({ [key]: options.includes(v as string) ? v : undefined }),
});
/** An opportunity's score, 1–5. */
const score = (key: 'customerValue' | 'businessValue' | 'effort'): CardField => ({
  key,
  lanes: ['opportunity'],
  column: key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`),
  kind: 'level',
  levels: 5,
  get: (c) => c[key],
  patch: (_c, v) => ({ [key]: num(v) }),
});

/**
 * Every field of a card, in the order the side panel shows them and CSV files list them: the one
 * place a card field is described. The side panel draws each by its kind; CSV export writes the
 * fields that have a column.
 */
export const CARD_FIELDS: readonly CardField[] = [
  { key: 'text', column: 'text', kind: 'text', rows: 3, get: (c) => c.text, patch: (_c, v) => ({ text: typeof v === 'string' ? v : '' }) },
  { key: 'details', kind: 'text', rows: 3, get: (c) => c.details, patch: (_c, v) => ({ details: text(v) }) },
  {
    key: 'channel',
    marker: 'touchpoint',
    column: 'touchpoint channel',
    kind: 'choice',
    options: CHANNELS,
    optionKey: 'channel.',
    required: true,
    get: (c) => c.touchpoint?.channel,
    patch: (c, v) =>
      c.touchpoint && (CHANNELS as readonly FieldValue[]).includes(v) ? { touchpoint: { ...c.touchpoint, channel: v as Channel } } : {},
  },
  {
    key: 'importance',
    marker: 'touchpoint',
    column: 'importance',
    kind: 'level',
    levels: 5,
    get: (c) => c.touchpoint?.importance,
    patch: (c, v) => (c.touchpoint ? { touchpoint: { ...c.touchpoint, importance: num(v) } } : {}),
  },
  {
    key: 'performance',
    marker: 'touchpoint',
    column: 'performance',
    kind: 'level',
    levels: 5,
    get: (c) => c.touchpoint?.performance,
    patch: (c, v) => (c.touchpoint ? { touchpoint: { ...c.touchpoint, performance: num(v) } } : {}),
  },
  {
    key: 'severity',
    marker: 'failure',
    column: 'failure severity',
    kind: 'level',
    levels: 3,
    levelKey: 'inspector.severity',
    required: true,
    get: (c) => c.failure?.severity,
    patch: (c, v) => (c.failure && num(v) !== undefined ? { failure: { ...c.failure, severity: num(v)! } } : {}),
  },
  {
    key: 'cause',
    marker: 'failure',
    column: 'cause',
    kind: 'text',
    rows: 2,
    get: (c) => c.failure?.cause,
    patch: (c, v) => (c.failure ? { failure: { ...c.failure, cause: text(v) } } : {}),
  },
  {
    key: 'recovery',
    marker: 'failure',
    column: 'recovery',
    kind: 'text',
    rows: 2,
    get: (c) => c.failure?.recovery,
    patch: (c, v) => (c.failure ? { failure: { ...c.failure, recovery: text(v) } } : {}),
  },
  {
    key: 'waitMinutes',
    marker: 'wait',
    column: 'wait minutes',
    kind: 'number',
    min: 0,
    hint: 'inspector.minutesNotSet',
    get: (c) => c.wait?.minutes,
    patch: (_c, v) => ({ wait: atLeast0(v) === undefined ? {} : { minutes: atLeast0(v) } }),
  },
  { key: 'owner', column: 'owner', kind: 'text', suggest: true, get: (c) => c.owner, patch: (_c, v) => ({ owner: text(v) }) },
  {
    key: 'duration',
    column: 'duration',
    kind: 'number',
    min: 0,
    get: (c) => c.durationMinutes,
    patch: (_c, v) => ({ durationMinutes: atLeast0(v) }),
  },
  { key: 'cost', column: 'cost', kind: 'number', get: (c) => c.cost, patch: (_c, v) => ({ cost: num(v) }) },
  {
    key: 'servqual',
    column: 'SERVQUAL',
    kind: 'choice',
    options: SERVQUAL_DIMENSIONS,
    optionKey: 'servqual.',
    get: (c) => c.servqual,
    patch: (_c, v) => ({ servqual: (SERVQUAL_DIMENSIONS as readonly FieldValue[]).includes(v) ? (v as Card['servqual']) : undefined }),
  },
  {
    key: 'tags',
    column: 'tags',
    kind: 'tags',
    hint: 'inspector.tagsHint',
    get: (c) => c.tags,
    patch: (_c, v) => {
      const tags = Array.isArray(v) ? [...new Set(v.map((s: string) => s.trim()).filter(Boolean))] : [];
      return { tags: tags.length ? tags : undefined };
    },
  },
  {
    key: 'evidence',
    column: 'evidence',
    kind: 'choice',
    options: EVIDENCE_STATUSES,
    optionKey: 'card.evidence.',
    get: (c) => c.evidence,
    patch: (_c, v) => ({ evidence: (EVIDENCE_STATUSES as readonly FieldValue[]).includes(v) ? (v as Card['evidence']) : undefined }),
  },
  { key: 'color', kind: 'color', get: (c) => c.color, patch: (_c, v) => ({ color: text(v) }) },
  // The improvement loop (format version 4): insights, opportunities, solutions.
  { key: 'quote', lanes: ['insight'], column: 'quote', kind: 'text', rows: 3, get: (c) => c.quote, patch: (_c, v) => ({ quote: text(v) }) },
  choice('source', ['insight'], INSIGHT_SOURCES, 'insightSource.'),
  {
    key: 'participant',
    lanes: ['insight'],
    column: 'participant',
    kind: 'text',
    get: (c) => c.participant,
    patch: (_c, v) => ({ participant: text(v) }),
  },
  { key: 'date', lanes: ['insight'], column: 'date', kind: 'date', get: (c) => c.date, patch: (_c, v) => ({ date: day(v) }) },
  score('customerValue'),
  score('businessValue'),
  score('effort'),
  choice('opportunityStatus', ['opportunity'], OPPORTUNITY_STATUSES, 'opportunityStatus.'),
  choice('solutionStatus', ['solution'], SOLUTION_STATUSES, 'solutionStatus.'),
  { key: 'dueDate', lanes: ['solution'], column: 'due date', kind: 'date', get: (c) => c.dueDate, patch: (_c, v) => ({ dueDate: day(v) }) },
  // Did it work (format version 7): when a solution went live, and what it should move.
  { key: 'liveDate', lanes: ['solution'], column: 'go-live date', kind: 'date', get: (c) => c.liveDate, patch: (_c, v) => ({ liveDate: day(v) }) },
  {
    key: 'metricIds',
    lanes: ['solution'],
    kind: 'metrics',
    get: (c) => c.metricIds,
    patch: (_c, v) => ({ metricIds: Array.isArray(v) && v.length ? [...v] : undefined }),
  },
  { key: 'link', lanes: ['insight', 'solution'], column: 'link', kind: 'link', get: (c) => c.link, patch: (_c, v) => ({ link: text(v) }) },
];

/** Tags as typed in one box: split at commas (ASCII or full-width). */
export const splitTags = (typed: string): string[] => typed.split(/[,，]/);
