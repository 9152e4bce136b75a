import type { Board } from '../board';
import type { Comment } from '../comment';
import { newId } from '../ids';

/** Adds a comment to a card: a new thread, or (with `replyTo`) a reply in one. */
export function addComment(board: Board, c: Omit<Comment, 'id' | 'resolved'> & { id?: string }): Board {
  if (!board.cards.some((card) => card.id === c.cardId) || !c.text.trim()) return board;
  if (c.replyTo && !board.comments?.some((x) => x.id === c.replyTo && !x.replyTo)) return board;
  const comment: Comment = {
    id: c.id ?? newId('cm_'),
    cardId: c.cardId,
    author: c.author,
    text: c.text,
    at: c.at,
    ...(c.replyTo && { replyTo: c.replyTo }),
  };
  return { ...board, comments: [...(board.comments ?? []), comment] };
}

/** Resolves or reopens a thread (set on its first comment). */
export function setThreadResolved(board: Board, threadId: string, resolved: boolean): Board {
  const root = board.comments?.find((c) => c.id === threadId && !c.replyTo);
  if (!root || !!root.resolved === resolved) return board;
  return {
    ...board,
    comments: board.comments!.map((c) => {
      if (c.id !== threadId) return c;
      if (resolved) return { ...c, resolved: true };
      const { resolved: _, ...open } = c;
      return open;
    }),
  };
}

/** Changes a comment's text (its author's), noting when. */
export function editComment(board: Board, id: string, text: string, at: string): Board {
  const comment = board.comments?.find((c) => c.id === id);
  if (!comment || !text.trim() || comment.text === text) return board;
  return { ...board, comments: board.comments!.map((c) => (c.id === id ? { ...c, text, editedAt: at } : c)) };
}

/**
 * Deletes a comment (undoable). A thread's first comment goes only while nobody has replied:
 * deleting it must not take other people's replies along.
 */
export function deleteComment(board: Board, id: string): Board {
  const comment = board.comments?.find((c) => c.id === id);
  if (!comment || (!comment.replyTo && board.comments!.some((c) => c.replyTo === id))) return board;
  const { comments, ...rest } = board;
  const kept = comments!.filter((c) => c.id !== id);
  return kept.length ? { ...rest, comments: kept } : rest;
}
