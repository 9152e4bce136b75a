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

/**
 * The people a comment's text mentions: `@` followed by one of `people`'s names (names may hold
 * spaces; the longest that fits wins; case is ignored) and then the end, a space or punctuation
 * — so "@Ana" is not found in "@Anabel". Each name once, as written in `people`.
 */
export function mentionsIn(text: string, people: readonly string[]): string[] {
  return [...new Set(mentionParts(text, people).flatMap((part) => (part.mention ? [part.mention] : [])))];
}

/** A comment's text cut into plain runs and mentions (for drawing them apart). */
export function mentionParts(text: string, people: readonly string[]): { text: string; mention?: string }[] {
  const names = [...new Set(people.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const parts: { text: string; mention?: string }[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const at = text[i] === '@' && (i === 0 || !/[\p{L}\p{N}_.]/u.test(text[i - 1]!));
    const name = at
      ? names.find(
          (n) => text.slice(i + 1, i + 1 + n.length).toLowerCase() === n.toLowerCase() && !/[\p{L}\p{N}_]/u.test(text[i + 1 + n.length] ?? ' '),
        )
      : undefined;
    if (name) {
      if (plain) parts.push({ text: plain });
      plain = '';
      parts.push({ text: text.slice(i, i + 1 + name.length), mention: name });
      i += 1 + name.length;
    } else plain += text[i++];
  }
  if (plain) parts.push({ text: plain });
  return parts;
}

/** The people a board's comments know of: their authors, and whoever else is given (people here now, this user). */
export function commentPeople(comments: readonly Comment[] | undefined, others: readonly string[] = []): string[] {
  const seen = new Map<string, string>();
  for (const name of [...others, ...(comments ?? []).map((c) => c.author)]) {
    const key = name.trim().toLowerCase();
    if (key && !seen.has(key)) seen.set(key, name.trim());
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * The comments this user has not seen yet: written by someone else and not among `seen` (the
 * ids this device has shown). With no record yet (`seen` null), nothing is unseen: a board's
 * comments before this device kept track are not news.
 */
export function unseenComments(comments: readonly Comment[] | undefined, seen: ReadonlySet<string> | null, me: string): Comment[] {
  if (!seen || !comments) return [];
  const mine = me.trim().toLowerCase();
  return comments.filter((c) => !seen.has(c.id) && c.author.trim().toLowerCase() !== mine);
}

/** The cards with comments this user has not seen, kept per comments array and seen set (both immutable). */
export function cardsWithUnseen(comments: readonly Comment[] | undefined, seen: ReadonlySet<string> | null, me: string): ReadonlySet<string> {
  if (!comments || !seen) return NO_CARDS;
  let bySeen = unseenCache.get(comments);
  if (!bySeen) unseenCache.set(comments, (bySeen = new WeakMap()));
  const cached = bySeen.get(seen);
  if (cached?.me === me) return cached.cards;
  const cards = new Set(unseenComments(comments, seen, me).map((c) => c.cardId));
  bySeen.set(seen, { me, cards });
  return cards;
}

const unseenCache = new WeakMap<readonly Comment[], WeakMap<ReadonlySet<string>, { me: string; cards: ReadonlySet<string> }>>();
const NO_CARDS: ReadonlySet<string> = new Set();
