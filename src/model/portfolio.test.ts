import { describe, expect, it } from 'vitest';
import { portfolioOf, summarize } from './portfolio';
import { loopBoard } from './test/loopBoard';
import { buildBoard } from './build';

const now = new Date('2026-12-01T12:00:00');

describe('the portfolio across boards', () => {
  it('lists every opportunity and solution with its board, and rolls each board up', () => {
    const loop = loopBoard();
    const quiet = buildBoard({ title: 'Quiet', stages: [{ name: 'S', steps: ['One'] }], lanes: [{ kind: 'customer', name: 'C' }] });
    const { items, boards } = portfolioOf(
      [
        { id: 'a', title: 'Loop', updatedAt: '2026-11-20T00:00:00Z', summary: summarize(loop) },
        { id: 'b', title: 'Quiet', updatedAt: '2025-01-01T00:00:00Z', summary: summarize(quiet) },
      ],
      now,
    );
    expect(items.map((i) => [i.boardTitle, i.kind, i.text, i.priority, i.status, i.overdue])).toEqual([
      ['Loop', 'opportunity', 'B', 10, 'chosen', false],
      ['Loop', 'opportunity', 'A', 3, 'open', false],
      ['Loop', 'opportunity', 'D', 0.75, 'open', false],
      ['Loop', 'opportunity', 'C', undefined, 'open', false],
      ['Loop', 'solution', 'Short form', undefined, 'in-progress', true],
      ['Loop', 'solution', 'Pay by link', undefined, 'live', false],
    ]);
    expect(items[0]).toMatchObject({ boardId: 'a', where: 'S › Pay' });
    expect(boards[0]).toMatchObject({ boardId: 'a', openOpportunities: 3, failuresWithoutRecovery: 0, stale: false });
    expect(boards[0]!.solutions).toEqual({ idea: 0, planned: 0, 'in-progress': 1, piloting: 0, live: 1, dropped: 0 });
    // Old, but with nothing open: not going stale.
    expect(boards[1]).toMatchObject({ openOpportunities: 0, stale: false });
  });

  it('flags open work untouched for 8 weeks as going stale, and not a day sooner', () => {
    const loop = loopBoard();
    const at = (updatedAt: string) => portfolioOf([{ id: 'a', title: 'Loop', updatedAt, summary: summarize(loop) }], now).boards[0]!.stale;
    expect(at('2026-10-06T11:00:00')).toBe(true); // 8 weeks and an hour
    expect(at('2026-10-06T13:00:00')).toBe(false); // an hour short of 8 weeks
    // What counts is when the backlog changed, when storage knows it: a board edited elsewhere since is still stale.
    const quiet = { ...summarize(loop), changedAt: '2026-09-01T00:00:00' };
    expect(portfolioOf([{ id: 'a', title: 'Loop', updatedAt: '2026-11-30T00:00:00', summary: quiet }], now).boards[0]).toMatchObject({
      stale: true,
      backlogChangedAt: '2026-09-01T00:00:00',
    });
  });

  it('counts failure points with no recovery written', () => {
    const b = loopBoard();
    b.cards[0] = { ...b.cards[0]!, failure: { severity: 2 } };
    b.cards[1] = { ...b.cards[1]!, failure: { severity: 1, recovery: '  ' } };
    b.cards[2] = { ...b.cards[2]!, failure: { severity: 3, recovery: 'Call back' } };
    expect(
      portfolioOf([{ id: 'a', title: 'L', updatedAt: '2026-11-30T00:00:00Z', summary: summarize(b) }], now).boards[0]!.failuresWithoutRecovery,
    ).toBe(2);
  });
});
