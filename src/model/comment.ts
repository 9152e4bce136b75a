import { z } from 'zod';

/**
 * A review comment on a card. A thread is a comment without `replyTo` and the comments that
 * reply to it; each comment is its own entity, so two people replying at once both keep
 * their reply when their edits merge. `resolved` is set on a thread's first comment.
 */
export const commentSchema = z.object({
  id: z.string().min(1),
  cardId: z.string().min(1),
  author: z.string().max(200),
  text: z.string().max(10_000),
  /** When it was written (ISO 8601). */
  at: z.string().max(40),
  replyTo: z.string().min(1).optional(),
  resolved: z.boolean().optional(),
  /** When its author last changed the text (ISO 8601). */
  editedAt: z.string().max(40).optional(),
});
export type Comment = z.infer<typeof commentSchema>;

export interface CommentThread {
  root: Comment;
  replies: Comment[];
}

/** A card's threads, oldest first, each with its replies in the order written. */
export function commentThreads(comments: readonly Comment[] | undefined, cardId: string): CommentThread[] {
  const mine = (comments ?? []).filter((c) => c.cardId === cardId);
  const byTime = (a: Comment, b: Comment) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);
  return mine
    .filter((c) => !c.replyTo)
    .sort(byTime)
    .map((root) => ({ root, replies: mine.filter((c) => c.replyTo === root.id).sort(byTime) }));
}

/**
 * Open (unresolved) threads per card, for the count on each card (screen and layout): counted
 * once per comments array, which is immutable like the rest of a board.
 */
export function openThreadCounts(comments: readonly Comment[] | undefined): ReadonlyMap<string, number> {
  if (!comments) return NO_COUNTS;
  let counts = threadCounts.get(comments);
  if (!counts) {
    counts = new Map();
    for (const c of comments) if (!c.replyTo && !c.resolved) counts.set(c.cardId, (counts.get(c.cardId) ?? 0) + 1);
    threadCounts.set(comments, counts);
  }
  return counts;
}

const threadCounts = new WeakMap<readonly Comment[], Map<string, number>>();
const NO_COUNTS: ReadonlyMap<string, number> = new Map();
