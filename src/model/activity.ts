import { z } from 'zod';
import { BOARD_VERSION, type Board } from './board';
import { newId } from './ids';

/**
 * What someone did to a card, kept in the board itself so that it travels with it: on this
 * device, through the sync server, in files. Recorded by the editor with each change (a burst of
 * typing in one card is one entry), so a team lead sees who changed what while away.
 */
export const activitySchema = z.object({
  id: z.string().min(1),
  /** When (ISO 8601): the last change the entry covers. */
  at: z.string().max(40),
  /** Who, by the name they sign with on this board ('' when they gave none). */
  who: z.string().max(60),
  kind: z.enum(['added', 'edited', 'removed']),
  cardId: z.string().min(1),
  /** The card's text then (a removed card is named by it). */
  text: z.string().max(200),
});
export type Activity = z.infer<typeof activitySchema>;

/** Entries a board keeps: the oldest go first. */
export const ACTIVITY_KEPT = 500;
/** Changes to one card by one person this close together are one entry. */
const SAME_BURST_MS = 10 * 60_000;

/**
 * `next` with what changed to its cards since `prev` recorded as `who` at `at`: each card added,
 * removed or changed (text, fields, place). A change to a card the same person added or changed
 * in the last minutes updates that entry instead of adding one.
 */
export function recordActivity(prev: Board, next: Board, who: string, at: string): Board {
  if (prev.cards === next.cards) return next;
  const before = new Map(prev.cards.map((c) => [c.id, c]));
  const after = new Map(next.cards.map((c) => [c.id, c]));
  const changes: Pick<Activity, 'kind' | 'cardId' | 'text'>[] = [];
  const label = (text: string) => text.trim().slice(0, 200);
  for (const card of next.cards) {
    const was = before.get(card.id);
    if (!was) changes.push({ kind: 'added', cardId: card.id, text: label(card.text) });
    else if (was !== card) changes.push({ kind: 'edited', cardId: card.id, text: label(card.text) });
  }
  for (const card of prev.cards) if (!after.has(card.id)) changes.push({ kind: 'removed', cardId: card.id, text: label(card.text) });
  if (!changes.length) return next;

  const log = [...(next.activity ?? [])];
  const time = Date.parse(at);
  for (const change of changes) {
    // The same person's latest entry on this card, if it is recent and not a removal.
    let i = log.length - 1;
    while (i >= 0 && log[i]!.cardId !== change.cardId) i--;
    const last = i >= 0 ? log[i]! : undefined;
    if (change.kind === 'edited' && last && last.who === who && last.kind !== 'removed' && time - Date.parse(last.at) < SAME_BURST_MS)
      log[i] = { ...last, at, text: change.text };
    else log.push({ id: newId('ac_'), at, who, ...change });
  }
  // A board written by an older build (its document says so) moves to this version with its first
  // entry, so that older builds refuse it rather than drop the log.
  return { ...next, version: BOARD_VERSION, activity: log.slice(-ACTIVITY_KEPT) };
}

export interface ActivityGroup {
  who: string;
  /** The first and last change of the group (ISO 8601). */
  from: string;
  to: string;
  added: Activity[];
  edited: Activity[];
  removed: Activity[];
}

/** One person's changes are grouped while they come no more than this far apart. */
const GROUP_GAP_MS = 60 * 60_000;

/**
 * The activity as the side panel lists it, newest first: one group per person and stretch of
 * work (changes at most an hour apart), each card once per group under what happened to it last.
 */
export function activityGroups(activity: readonly Activity[] | undefined): ActivityGroup[] {
  const byTime = [...(activity ?? [])].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const groups: ActivityGroup[] = [];
  const open = new Map<string, ActivityGroup>();
  const cards = new Map<ActivityGroup, Map<string, Activity>>();
  for (const entry of byTime) {
    let group = open.get(entry.who);
    if (!group || Date.parse(entry.at) - Date.parse(group.to) > GROUP_GAP_MS) {
      group = { who: entry.who, from: entry.at, to: entry.at, added: [], edited: [], removed: [] };
      open.set(entry.who, group);
      groups.push(group);
      cards.set(group, new Map());
    }
    group.to = entry.at;
    const seen = cards.get(group)!;
    const earlier = seen.get(entry.cardId);
    // A card added then edited in one group was added; added then removed leaves no trace.
    if (earlier?.kind === 'added' && entry.kind === 'removed') seen.delete(entry.cardId);
    else seen.set(entry.cardId, earlier?.kind === 'added' && entry.kind === 'edited' ? { ...entry, kind: 'added' } : entry);
  }
  for (const group of groups) for (const entry of cards.get(group)!.values()) group[entry.kind].push(entry);
  return groups.filter((g) => g.added.length + g.edited.length + g.removed.length).reverse();
}
