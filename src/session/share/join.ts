import * as Y from 'yjs';
import { hasBoard, readDoc } from '../../document';
import type { BoardRepository } from '../../persistence';
import { linksOf, type BoardShare, type LinkKind } from '../../persistence/db';
import { openProvider } from './provider';
import { accessIn } from './sync';

export type JoinResult =
  | { ok: true; id: string }
  | RoomFailure
  /**
   * The shared board is one this browser already holds (a board shared before, then shared again
   * through a new link): the user chooses between connecting that board to the link (`reconnect`,
   * merging what is on this device) and keeping it apart (`addCopy`). Never decided silently.
   */
  | {
      ok: 'choose';
      existing: { id: string; title: string };
      /** Null when the board here syncs through another server: a link never moves it (only a separate board is offered). */
      reconnect: (() => Promise<string>) | null;
      /** Where the board here already syncs, when it does. */
      sharedThrough: string | null;
      addCopy(): Promise<string>;
    };

/** How much each kind of link allows. */
const RANK: Record<LinkKind, number> = { view: 0, comment: 1, edit: 2 };

interface Link {
  server: string;
  room: string;
  key: string;
}

/**
 * Opens a link to a shared board. A board this browser already keeps in sync with that room on
 * that server is opened as it is (a link never silently changes where a board syncs or replaces
 * a secret with a weaker one: a board held with a view or comment link takes the new link's
 * secret only when the server says it allows more). Otherwise the board is fetched from the room and added to the library with its
 * own Yjs history, to stay in sync from then on; if it turns out to be a board already here, the
 * user is asked. `reason` is the server's when it refused the link, null when it was unreachable.
 */
export async function joinSharedBoard(repo: BoardRepository, link: Link, onWaiting?: () => void): Promise<JoinResult> {
  const share: BoardShare = { server: link.server, room: link.room, token: link.key };
  const existing = await repo.findShared(link.room, link.server);
  if (existing?.share) {
    const held = existing.share;
    const known = held.token === link.key || held.owner === link.key || Object.values(linksOf(held)).includes(link.key);
    // A new link to a board held with less access (a viewer or commenter given an edit link, say)
    // is taken once the server says it allows more; a weaker, revoked or unreachable one changes nothing.
    if (!known && !held.owner && held.access !== 'edit') {
      const fetched = await fetchRoom(link);
      if (fetched.ok && RANK[fetched.access] > RANK[held.access ?? 'view'])
        await repo.setShare(existing.id, { ...held, token: link.key, access: fetched.access });
    }
    return { ok: true, id: existing.id };
  }
  const fetched = await fetchRoom(link, { onWaiting });
  if (!fetched.ok) return fetched;
  const { doc } = fetched;
  share.access = fetched.access;
  const claimed = readDoc(doc).id;
  const local = await repo.find(claimed);
  if (local && typeof local.title === 'string')
    return {
      ok: 'choose',
      existing: { id: local.id, title: local.title },
      // A board already shared through another server is never redirected by a link (a crafted
      // link could send it elsewhere): the link's board can only be added beside it. A board kept
      // only here, or shared before on the same server (shared again by its owner), may be
      // connected, by choice.
      sharedThrough: local.share?.server ?? null,
      reconnect:
        local.share && local.share.server !== link.server
          ? null
          : async () => {
              // The room's history and this device's share their origin: connecting merges both ways.
              await repo.setShare(local.id, share);
              return local.id;
            },
      addCopy: async () => (await repo.createShared(doc, share)).id,
    };
  return { ok: true, id: (await repo.createShared(doc, share)).id };
}

/** Why a room's board could not be had: the server's reason, none when unreachable, or `notYet`. */
export type RoomFailure = {
  ok: false;
  reason: string | null;
  /** The server answered, but the board has not reached it (its owner's browser sends it when online). */
  notYet?: true;
};

interface FetchRoomOptions {
  /** Called once the server answered with the room still empty: the board is on its way. */
  onWaiting?: () => void;
  /** How long a server that cannot be reached is waited for; then as long again for a board not there yet. */
  waitMs?: number;
}

/**
 * The room's document, once synced from the server with a board in it. A link opened at once
 * after it was made can find the room still empty (the owner's browser is sending the board): the
 * board is waited for then, and `onWaiting` says so.
 */
export async function fetchRoom(
  link: Link,
  { onWaiting, waitMs = 15_000 }: FetchRoomOptions = {},
): Promise<{ ok: true; doc: Y.Doc; access: LinkKind } | RoomFailure> {
  const doc = new Y.Doc();
  // What the link allows, as the server says it on connecting (before the board arrives).
  let access: LinkKind | null = null;
  let synced = false;
  type Outcome = RoomFailure | 'synced';
  let finish: (result: Outcome) => void = () => {};
  const outcome = new Promise<Outcome>((resolve) => (finish = resolve));
  // A server that cannot be reached at all: say so rather than wait for ever.
  let timeout = setTimeout(() => finish({ ok: false, reason: null }), waitMs);
  const arrived = () => {
    const here = synced && hasBoard(doc);
    if (here) finish('synced');
    return here;
  };
  doc.on('update', arrived);
  const provider = await openProvider(
    { server: link.server, room: link.room, token: link.key, doc },
    {
      onSynced: () => {
        if (synced) return; // synced again after a reconnect: the board's arrival is what is waited for
        synced = true;
        if (arrived()) return;
        onWaiting?.();
        clearTimeout(timeout);
        timeout = setTimeout(() => finish({ ok: false, reason: null, notYet: true }), waitMs);
      },
      onAuthenticationFailed: ({ reason }) => finish({ ok: false, reason }),
      onAuthenticated: ({ scope }) => void (scope === 'readonly' && (access = 'view')),
      onStateless: ({ payload }) => void (access = accessIn(payload) ?? access),
    },
  );
  const result = await outcome;
  clearTimeout(timeout);
  doc.off('update', arrived);
  provider.destroy();
  if (result !== 'synced') return result;
  return { ok: true, doc, access: access ?? 'view' };
}
