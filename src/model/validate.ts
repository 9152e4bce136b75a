import { REQUIRED_COLLECTIONS, type Collection } from './collections';
import type { z } from 'zod';
import { boardSchema, type Board } from './board';
import { issue, type BoardIssue, type IssueThing } from './issues';

export type { BoardIssue } from './issues';

export type BoardResult = { ok: true; board: Board } | { ok: false; errors: BoardIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function zodIssues(error: z.ZodError): BoardIssue[] {
  return error.issues.map((i) => {
    const path = formatPath(i.path);
    switch (i.code) {
      case 'invalid_type':
        return issue(path, 'invalidType', { expected: String(i.expected) });
      case 'too_big':
        return issue(path, 'tooBig', { maximum: String(i.maximum) });
      case 'too_small':
        return issue(path, 'tooSmall', { minimum: String(i.minimum) });
      case 'invalid_value':
        return issue(path, 'notAllowed');
      default:
        return issue(path, 'invalid');
    }
  });
}

/** Every id unique inside the board; every reference resolves. */
export function referenceIssues(board: Board): BoardIssue[] {
  const issues: BoardIssue[] = [];
  const seen = new Map<string, string>();
  for (const name of REQUIRED_COLLECTIONS) {
    (board[name] as readonly { id: string }[]).forEach((item, i) => {
      const path = `${name}[${i}].id`;
      const first = seen.get(item.id);
      if (first) issues.push(issue(path, 'duplicateId', { id: item.id, first }));
      else seen.set(item.id, path);
    });
  }
  const ids = (items: readonly { id: string }[]) => new Set(items.map((x) => x.id));
  const stages = ids(board.stages),
    steps = ids(board.steps),
    lanes = ids(board.lanes);
  const cards = ids(board.cards),
    personas = ids(board.personas);
  const check = (set: Set<string>, value: string, path: string, what: IssueThing) => {
    if (!set.has(value)) issues.push(issue(path, 'missingRef', { what, id: value }));
  };
  board.steps.forEach((s, i) => check(stages, s.stageId, `steps[${i}].stageId`, 'stage'));
  board.cards.forEach((c, i) => {
    check(lanes, c.laneId, `cards[${i}].laneId`, 'lane');
    check(steps, c.stepId, `cards[${i}].stepId`, 'step');
  });
  const emotionIds = ids(board.emotions);
  board.connectors.forEach((c, i) => {
    check(cards, c.from, `connectors[${i}].from`, 'card');
    // A connector ends at a card, or at an emotion point (a pain point or opportunity linked to the curve).
    if (!cards.has(c.to) && !emotionIds.has(c.to)) issues.push(issue(`connectors[${i}].to`, 'missingTarget', { id: c.to }));
  });
  const commentIds = new Set((board.comments ?? []).filter((c) => !c.replyTo).map((c) => c.id));
  (board.comments ?? []).forEach((c, i) => {
    check(cards, c.cardId, `comments[${i}].cardId`, 'card');
    if (c.replyTo && !commentIds.has(c.replyTo)) issues.push(issue(`comments[${i}].replyTo`, 'missingThread', { id: c.replyTo }));
  });
  const emotionKeys = new Set<string>();
  board.emotions.forEach((e, i) => {
    check(personas, e.personaId, `emotions[${i}].personaId`, 'persona');
    check(steps, e.stepId, `emotions[${i}].stepId`, 'step');
    const key = `${e.personaId}\u0000${e.stepId}\u0000${e.curve ?? 'as-is'}`;
    if (emotionKeys.has(key)) issues.push(issue(`emotions[${i}]`, 'duplicateEmotion'));
    emotionKeys.add(key);
  });
  const metrics = ids(board.metrics ?? []);
  (board.measurements ?? []).forEach((m, i) => {
    check(metrics, m.metricId, `measurements[${i}].metricId`, 'metric');
    if (m.stepId) check(steps, m.stepId, `measurements[${i}].stepId`, 'step');
    if (m.stageId) check(stages, m.stageId, `measurements[${i}].stageId`, 'stage');
  });
  return issues;
}

/**
 * Checks a current-version document: shape (zod) then references.
 * On success the returned board is the input object itself, so unknown fields survive
 * a load/save round trip (forward compatibility) instead of being stripped.
 */
export function validateBoard(json: unknown, checked: readonly Collection[] = []): BoardResult {
  // Collections whose every entity the caller has checked against its schema already (a document
  // reader does, one by one) are not parsed again: 50 000 measurements cost a third of a second.
  const shape = checked.length && typeof json === 'object' && json !== null ? { ...json, ...Object.fromEntries(checked.map((c) => [c, []])) } : json;
  const parsed = boardSchema.safeParse(shape);
  if (!parsed.success) return { ok: false, errors: zodIssues(parsed.error) };
  const board = json as Board;
  const errors = referenceIssues(board);
  return errors.length ? { ok: false, errors } : { ok: true, board };
}
