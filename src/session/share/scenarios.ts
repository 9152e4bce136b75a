import type { BoardRepository } from '../../persistence';
import type { BoardShare } from '../../persistence/db';
import { familyOf } from '../../model';
import { fetchRoom } from './join';
import { openProvider } from './provider';
import { httpOf } from './sync';

/**
 * The scenarios of a shared board are shared with it: each is a board of the same room on the
 * server ("<room>.<key>"), opened with the room's links, so one link brings the whole family.
 */
export const baseRoom = (room: string) => room.split('.')[0]!;
export const scenarioRoom = (room: string, key: string) => `${baseRoom(room)}.${key}`;
/** Whether a share is of the same family of rooms (same server, same room). */
export const sameRoom = (a: BoardShare, b: BoardShare) => a.server === b.server && baseRoom(a.room) === baseRoom(b.room);

/** The rooms of a shared board's scenarios stored on the server (the room's own included), or null when it cannot tell. */
export async function scenarioRooms(share: BoardShare): Promise<string[] | null> {
  const base = baseRoom(share.room);
  try {
    const response = await fetch(`${httpOf(share.server)}/api/rooms/${encodeURIComponent(base)}/scenarios`, {
      headers: { Authorization: `Bearer ${share.owner ?? share.token}` },
    });
    if (!response.ok) return null;
    const { scenarios } = (await response.json()) as { scenarios?: unknown };
    if (!Array.isArray(scenarios)) return null;
    return [base, ...scenarios.filter((k): k is string => typeof k === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(k)).map((k) => `${base}.${k}`)];
  } catch {
    return null; // unreachable: the next open asks again
  }
}

/**
 * A board's scenarios on this device follow it onto the server when it is shared: each not yet
 * shared gets a room of the family and is sent up, so whoever opens a link finds them all.
 */
export async function shareFamily(repo: BoardRepository, id: string, share: BoardShare): Promise<void> {
  const entries = await repo.list();
  const family = entries.find((e) => e.id === id)?.scenario?.family;
  if (!family) return;
  const members = familyOf(
    entries.filter((e) => !e.damaged),
    family,
  );
  for (const member of members) {
    if (member.id === id || (await repo.find(member.id))?.share) continue;
    const own = { ...share, room: scenarioRoom(share.room, member.id) };
    await repo.setShare(member.id, own);
    await sendUp(repo, member.id, own);
  }
}

/** Sends a board's content to its room once (the session sends the rest whenever it is open). */
async function sendUp(repo: BoardRepository, id: string, share: BoardShare): Promise<void> {
  const opened = await repo.open(id);
  if (!opened.ok) return;
  try {
    const provider = await openProvider({ server: share.server, room: share.room, token: share.owner ?? share.token, doc: opened.doc }, {});
    // Synced, and every local change acknowledged by the server (or given up on after a while:
    // the board's next session sends what is left).
    await new Promise<void>((resolve) => {
      const done = () => !provider.hasUnsyncedChanges && provider.isSynced && resolve();
      provider.on('synced', done);
      provider.on('unsyncedChanges', done);
      setTimeout(resolve, 15_000);
    });
    provider.destroy();
  } finally {
    opened.release();
  }
}

/**
 * Brings in the scenarios of a shared board that this device does not hold yet (made by someone
 * else, or before this link was opened), each kept in sync with its room from then on.
 */
export async function joinFamily(repo: BoardRepository, share: BoardShare): Promise<number> {
  const rooms = await scenarioRooms(share);
  let added = 0;
  for (const room of rooms ?? []) {
    if (room === share.room || (await repo.findShared(room, share.server))) continue;
    const fetched = await fetchRoom({ server: share.server, room, key: share.owner ?? share.token });
    if (!fetched.ok) continue;
    await repo.createShared(fetched.doc, { ...share, room, access: fetched.access });
    added++;
  }
  return added;
}
