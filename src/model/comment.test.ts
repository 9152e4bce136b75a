import { describe, expect, it } from 'vitest';
import { sample } from './test/fixtures';
import { addComment, deleteCards, deleteComment, editComment, setThreadResolved } from './ops';
import { commentPeople, commentThreads, mentionParts, mentionsIn, openThreadCounts, unseenComments } from './comment';
import { validateBoard } from './validate';

describe('review comments', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString();

  it('threads on a card: replies in order, resolve and reopen, counted while open', () => {
    const board = sample();
    const card = board.cards[3]!.id;
    let b = addComment(board, { id: 't1', cardId: card, author: 'Ana', text: 'Is this observed?', at: at(1) });
    b = addComment(b, { id: 't2', cardId: card, author: 'Bo', text: 'Second topic', at: at(2) });
    b = addComment(b, { id: 'r2', cardId: card, author: 'Ana', text: 'Later reply', at: at(5), replyTo: 't1' });
    b = addComment(b, { id: 'r1', cardId: card, author: 'Bo', text: 'Yes, in the shadowing', at: at(3), replyTo: 't1' });
    expect(validateBoard(b).ok).toBe(true);
    const threads = commentThreads(b.comments, card);
    expect(threads.map((t) => t.root.id)).toEqual(['t1', 't2']);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(openThreadCounts(b.comments).get(card)).toBe(2);
    b = setThreadResolved(b, 't1', true);
    expect(openThreadCounts(b.comments).get(card)).toBe(1);
    expect(setThreadResolved(b, 't1', true)).toBe(b);
    b = setThreadResolved(b, 't1', false);
    expect(b.comments!.find((c) => c.id === 't1')).not.toHaveProperty('resolved');
  });

  it('edit and delete: text changed with the time noted; a thread start with replies is kept, a reply or a lone comment goes', () => {
    const board = sample();
    const card = board.cards[3]!.id;
    let b = addComment(board, { id: 't1', cardId: card, author: 'Ana', text: 'Observed?', at: at(1) });
    b = addComment(b, { id: 'r1', cardId: card, author: 'Bo', text: 'Yes', at: at(2), replyTo: 't1' });
    b = editComment(b, 't1', 'Observed in the shadowing?', at(4));
    expect(b.comments!.find((c) => c.id === 't1')).toMatchObject({ text: 'Observed in the shadowing?', editedAt: at(4) });
    expect(editComment(b, 't1', '  ', at(5))).toBe(b);
    expect(deleteComment(b, 't1')).toBe(b); // Bo's reply would go with it
    b = deleteComment(b, 'r1');
    expect(b.comments!.map((c) => c.id)).toEqual(['t1']);
    b = deleteComment(b, 't1');
    expect(b).not.toHaveProperty('comments');
    expect(validateBoard(b).ok).toBe(true);
  });

  it('refuses empty text, unknown cards and replies to a reply; go with their card', () => {
    const board = sample();
    const card = board.cards[0]!.id;
    expect(addComment(board, { cardId: card, author: 'A', text: '  ', at: at(1) })).toBe(board);
    expect(addComment(board, { cardId: 'nope', author: 'A', text: 'x', at: at(1) })).toBe(board);
    const b = addComment(addComment(board, { id: 't', cardId: card, author: 'A', text: 'x', at: at(1) }), {
      id: 'r',
      cardId: card,
      author: 'B',
      text: 'y',
      at: at(2),
      replyTo: 't',
    });
    expect(addComment(b, { cardId: card, author: 'C', text: 'z', at: at(3), replyTo: 'r' })).toBe(b);
    const gone = deleteCards(b, [card]);
    expect(gone).not.toHaveProperty('comments');
    expect(validateBoard(gone).ok).toBe(true);
    expect(
      validateBoard({ ...b, comments: [...b.comments!, { id: 'x', cardId: card, author: '', text: 'x', at: at(4), replyTo: 'missing' }] }).ok,
    ).toBe(false);
  });
});

describe('mentions and unread comments', () => {
  const people = ['Ana', 'Ana Li', 'Bo', '王芳'];
  it('finds @names among the people, the longest that fits, not inside a longer word or an address', () => {
    expect(mentionsIn('@Ana Li please check, and @bo too', people)).toEqual(['Ana Li', 'Bo']);
    expect(mentionsIn('@Anabel and mail@Ana', people)).toEqual([]);
    expect(mentionsIn('请 @王芳 看一下。@Ana.', people)).toEqual(['王芳', 'Ana']);
    expect(mentionsIn('@Bo @Bo', people)).toEqual(['Bo']);
    expect(mentionParts('Hi @ana, see', people)).toEqual([{ text: 'Hi ' }, { text: '@ana', mention: 'Ana' }, { text: ', see' }]);
    expect(mentionParts('', people)).toEqual([]);
  });

  it('people: authors and those given, each once whatever the case or spaces, sorted', () => {
    const comments = [
      { id: 'a', cardId: 'c', author: 'Bo', text: 'x', at: '1' },
      { id: 'b', cardId: 'c', author: 'ana ', text: 'x', at: '2' },
    ];
    expect(commentPeople(comments, ['Ana', 'Chen'])).toEqual(['Ana', 'Bo', 'Chen']);
  });

  it('unseen: others’ comments this device has not shown; never one’s own; nothing before tracking began', () => {
    const comments = [
      { id: 'a', cardId: 'c', author: 'Bo', text: 'x', at: '1' },
      { id: 'b', cardId: 'c', author: 'Ana', text: 'x', at: '2' },
      { id: 'c', cardId: 'c', author: 'Chen', text: 'x', at: '3' },
    ];
    expect(unseenComments(comments, new Set(['a']), ' ana').map((c) => c.id)).toEqual(['c']);
    expect(unseenComments(comments, null, 'Ana')).toEqual([]);
  });
});
