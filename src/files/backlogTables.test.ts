import { describe, expect, it } from 'vitest';
import { backlogOf } from '../model';
import { loopBoard } from '../model/test/loopBoard';
import { backlogIssuesCsv, backlogTables } from './backlogTables';
import type { Translate } from './analysisTables';

/** Keys and options as text, so a test sees what was asked for without a catalogue. */
const t: Translate = (key) => key;

describe('the backlog as tables and files', () => {
  const board = loopBoard();
  const backlog = backlogOf(board, '2026-12-01');

  it('gives the view and its CSV the same rows: priority to one decimal, links by name, overdue called out', () => {
    const { opportunities, solutions } = backlogTables(board, backlog, t);
    expect(opportunities.rows.map((r) => r.cells)).toEqual([
      ['B', 'S › Pay', '5', '5', '1', '10.0', 'opportunityStatus.chosen', '', 'Pay by link'],
      ['A', 'S › Book', '4', '5', '3', '3.0', 'opportunityStatus.open', 'Books; Form too long', 'Short form'],
      ['D', 'S › Pay', '2', '1', '4', '0.8', 'opportunityStatus.open', '', ''],
      ['C', 'S › Book', '', '', '', '', 'opportunityStatus.open', '', ''],
    ]);
    expect(solutions.rows.map((r) => [r.cells[0], r.cells[3], r.marked])).toEqual([
      ['Short form', '2026-11-30 (backlog.overdue)', true],
      ['Pay by link', '2026-01-01', false],
    ]);
  });

  it('filters by status and owner', () => {
    expect(backlogTables(board, backlog, t, { opportunityStatus: 'chosen' }).opportunities.rows.map((r) => r.cells[0])).toEqual(['B']);
    expect(backlogTables(board, backlog, t, { owner: 'Nobody' }).solutions.rows).toEqual([]);
  });

  it('writes solutions as issues Jira and Linear import: summary, description with where and why, assignee, due date, labels', () => {
    const withOwner = { ...board, cards: board.cards.map((c) => (c.text === 'Short form' ? { ...c, owner: 'Web team' } : c)) };
    const csv = backlogIssuesCsv(withOwner, backlogOf(withOwner, '2026-12-01'), t);
    expect(csv).toBe(
      '\uFEFFSummary,Description,Assignee,Due date,Labels,Labels\r\n' +
        'Short form,"backlog.step: S › Book\nbacklog.serves: A\nbacklog.addresses: Books; Form too long",Web team,2026-11-30,service-blueprint,in-progress\r\n' +
        'Pay by link,"backlog.step: S › Pay\nbacklog.serves: B",,2026-01-01,service-blueprint,live\r\n',
    );
  });
});
