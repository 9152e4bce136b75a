import { describe, expect, it } from 'vitest';
import { analyseBoard, backlogOf, linksOf, validateBoard, type Board } from '../../model';
import { EXAMPLE_KEYS, EXAMPLES, buildExample } from '../../model/examples';
import { examples as en } from './en';
import { examples as zh } from './zh-CN';
import { laneNames } from '../../model/test/fixtures';

const languages = { en, 'zh-CN': zh };

/** The board with every string blanked: what must not differ between languages. */
const skeleton = (board: Board) => JSON.parse(JSON.stringify(board, (_k, v) => (typeof v === 'string' ? 's' : v)));

describe.each(EXAMPLE_KEYS)('the %s example', (key) => {
  const boards = Object.fromEntries(
    Object.entries(languages).map(([lang, texts]) => [lang, buildExample(EXAMPLES[key], texts[key], laneNames)]),
  ) as Record<keyof typeof languages, Board>;

  it('is a valid board in English and in Chinese, with the same structure and no empty text', () => {
    for (const board of Object.values(boards)) {
      const result = validateBoard(board);
      if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
      const strings: string[] = [];
      JSON.stringify(board, (_k, v) => (typeof v === 'string' && strings.push(v), v));
      expect(strings.filter((s) => !s.trim())).toEqual([]);
    }
    expect(skeleton(boards['zh-CN'])).toEqual(skeleton(boards.en));
    expect(boards['zh-CN'].cards.map((c) => c.text)).not.toEqual(boards.en.cards.map((c) => c.text));
  });

  it('gives every section of the Analysis view something true to say', () => {
    const a = analyseBoard(boards.en);
    const quadrants = new Set(a.priorities.rows.map((r) => r.quadrant));
    expect(quadrants.has('concentrate')).toBe(true);
    expect(quadrants.size).toBeGreaterThanOrEqual(2);
    expect(a.failures.length).toBeGreaterThanOrEqual(2);
    expect(a.failures.some((f) => f.flags.noRecovery)).toBe(true);
    expect(a.failures.some((f) => f.recovery)).toBe(true);
    expect(a.time.totals.wait).toBeGreaterThan(0);
    expect(a.time.totals.cost).toBeGreaterThan(0);
    expect(a.time.bottleneck).toBeTruthy();
    expect(a.time.criticalPath?.cardIds.length).toBeGreaterThan(1);
    expect(a.handoffs.rows.some((h) => h.ownerChange)).toBe(true);
    expect(a.handoffs.rows.some((h) => h.lines.includes('visibility'))).toBe(true);
    expect(a.servqual.rows.filter((r) => r.rated > 0).length).toBeGreaterThanOrEqual(3);
    expect(a.emotions[0]!.lowest!.score).toBeLessThan(0);
    expect(a.emotions[0]!.stages.some((s) => s.difference !== null)).toBe(true);
    const { observed, assumed, proposed } = a.evidence.totals;
    expect([observed, assumed, proposed].every((n) => n > 0)).toBe(true);
  });
});

it('the cross-organisation trip has owners from several organisations and handoffs between them, including a loop', () => {
  const board = buildExample(EXAMPLES.tourism, en.tourism, laneNames);
  expect(new Set(board.cards.map((c) => c.owner).filter(Boolean)).size).toBeGreaterThanOrEqual(5);
  const a = analyseBoard(board);
  expect(a.handoffs.rows.filter((h) => h.ownerChange).length).toBeGreaterThanOrEqual(4);
  expect(a.handoffs.reworkLoops.length).toBeGreaterThan(0);
});

describe('the restaurant example’s improvement loop', () => {
  it('carries insights → opportunities → solutions, linked, so a newcomer sees the chain filled in', () => {
    for (const texts of Object.values(languages)) {
      const board = buildExample(EXAMPLES.restaurant, texts.restaurant, laneNames);
      const { opportunities, solutions } = backlogOf(board, '2026-12-01');
      expect(opportunities.map((o) => [o.priority, o.quadrant, o.solutions.length])).toEqual([
        [8, 'quickWin', 1],
        [3, 'bigBet', 1],
        [2.5, 'fillIn', 0],
      ]);
      expect(solutions.map((s) => [s.status, s.opportunities.length, !!s.card.owner])).toEqual([
        ['in-progress', 1, true],
        ['piloting', 1, true],
      ]);
      const insights = board.cards.filter((c) => c.source);
      expect(insights.every((c) => c.quote && c.participant && c.date)).toBe(true);
      expect(insights.flatMap((i) => linksOf(board, i.id).filter((g) => g.role === 'supports'))).toHaveLength(2);
    }
  });
});

describe.each(EXAMPLE_KEYS)('the %s example’s improvement loop', (key) => {
  it('links an insight with its quote to what it found, scored opportunities to problems, and a solution with an owner to an opportunity', () => {
    for (const texts of Object.values(languages)) {
      const board = buildExample(EXAMPLES[key], texts[key], laneNames);
      const { opportunities, solutions } = backlogOf(board, '2026-12-01');
      const scored = opportunities.filter((o) => o.priority !== undefined);
      expect(scored.length).toBeGreaterThanOrEqual(2);
      expect(scored.every((o) => o.addresses.length > 0)).toBe(true);
      expect(scored.some((o) => o.solutions.length > 0)).toBe(true);
      expect(solutions.length).toBeGreaterThanOrEqual(1);
      expect(solutions.every((s) => s.card.owner && s.card.dueDate && s.opportunities.length)).toBe(true);
      const insights = board.cards.filter((c) => c.source);
      expect(insights.length).toBeGreaterThanOrEqual(1);
      for (const i of insights) {
        expect(i.quote && i.participant && i.date).toBeTruthy();
        expect(linksOf(board, i.id).some((g) => g.role === 'supports')).toBe(true);
      }
    }
  });
});
