import { describe, expect, it } from 'vitest';
import { activityGroups, recordActivity, ACTIVITY_KEPT, type Activity } from './activity';
import { addCard, deleteCards, updateCard } from './ops';
import { sample } from './test/fixtures';
import { BOARD_VERSION } from './board';

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 2, 9, minutes)).toISOString();

describe('the activity log', () => {
  it('records cards added, changed and removed, by whom and when; a burst on one card is one entry', () => {
    let board = sample();
    const [first, second] = board.cards;
    const step = (op: (b: typeof board) => typeof board, who: string, minute: number) => (board = recordActivity(board, op(board), who, at(minute)));
    step((b) => addCard(b, { id: 'cd_new', laneId: first!.laneId, stepId: first!.stepId, text: '' }), 'Ana', 0);
    step((b) => updateCard(b, 'cd_new', { text: 'Greets' }), 'Ana', 1);
    step((b) => updateCard(b, 'cd_new', { text: 'Greets the guest' }), 'Ana', 2);
    step((b) => updateCard(b, first!.id, { owner: 'Kitchen' }), 'Bo', 3);
    step((b) => updateCard(b, first!.id, { owner: 'Kitchen team' }), 'Bo', 20); // more than 10 minutes later: a new entry
    step((b) => deleteCards(b, [second!.id]), 'Bo', 21);
    expect(board.activity!.map(({ who, kind, cardId, text, at: when }) => [who, kind, cardId, text, when])).toEqual([
      ['Ana', 'added', 'cd_new', 'Greets the guest', at(2)],
      ['Bo', 'edited', first!.id, first!.text, at(3)],
      ['Bo', 'edited', first!.id, first!.text, at(20)],
      ['Bo', 'removed', second!.id, second!.text, at(21)],
    ]);
    // A board an older build wrote moves to this version with its first entry.
    const older = { ...sample(), version: 4 } as unknown as typeof board;
    expect(recordActivity(older, updateCard(older, older.cards[0]!.id, { text: 'x' }), 'Ana', at(0)).version).toBe(BOARD_VERSION);
    // A change that touches no card records nothing.
    const renamed = { ...board, title: 'Other' };
    expect(recordActivity(board, renamed, 'Ana', at(30))).toBe(renamed);
  });

  it('keeps the newest entries only', () => {
    let board = sample();
    const card = board.cards[0]!;
    for (let i = 0; i < ACTIVITY_KEPT + 20; i++) board = recordActivity(board, updateCard(board, card.id, { text: `t${i}` }), `P${i}`, at(i % 60));
    expect(board.activity).toHaveLength(ACTIVITY_KEPT);
    expect(board.activity!.at(-1)!.who).toBe(`P${ACTIVITY_KEPT + 19}`);
  });

  it('groups by person and stretch of work, newest first, each card once under what happened to it', () => {
    const e = (id: string, who: string, minute: number, kind: Activity['kind'], cardId: string): Activity => ({
      id,
      who,
      at: at(minute),
      kind,
      cardId,
      text: cardId,
    });
    const groups = activityGroups([
      e('1', 'Ana', 0, 'added', 'a'),
      e('2', 'Ana', 5, 'edited', 'a'), // still "added"
      e('3', 'Bo', 6, 'edited', 'b'),
      e('4', 'Ana', 10, 'added', 'c'),
      e('5', 'Ana', 12, 'removed', 'c'), // added and removed: no trace
      e('6', 'Ana', 14, 'edited', 'd'),
      e('7', 'Ana', 14 + 61, 'removed', 'd'), // 61 minutes later: a new stretch
    ]);
    expect(
      groups.map((g) => [g.who, g.from, g.to, g.added.map((x) => x.cardId), g.edited.map((x) => x.cardId), g.removed.map((x) => x.cardId)]),
    ).toEqual([
      ['Ana', at(75), at(75), [], [], ['d']],
      ['Bo', at(6), at(6), [], ['b'], []],
      ['Ana', at(0), at(14), ['a'], ['d'], []],
    ]);
    expect(activityGroups(undefined)).toEqual([]);
  });
});
