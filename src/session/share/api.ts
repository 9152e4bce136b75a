import type { BoardShare, LinkKind } from '../../persistence/db';
import { linksOf } from '../../persistence/db';
import { httpOf } from './sync';
import { baseRoom } from './scenarios';

/** Why sharing could not be stopped; the UI words it (`detail` is the server's own reason, if any). */
export class ShareError extends Error {
  constructor(
    readonly code: 'notOwner' | 'unreachable' | 'refused',
    readonly detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** The server's own reason in a refused request's body, else the status text. */
const reasonOf = async (response: Response) => ((await response.json().catch(() => ({}))) as { error?: string }).error ?? response.statusText;

/** A new room on `server` for a board: the owner's secret (this browser connects with it) and a link of each kind. */
export async function createRoom(server: string): Promise<BoardShare> {
  const response = await fetch(`${httpOf(server)}/api/rooms`, { method: 'POST' });
  if (!response.ok) throw new Error(await reasonOf(response));
  const room = (await response.json()) as { room: string; owner: string; edit: string; comment: string; view: string };
  return { server, room: room.room, token: room.owner, owner: room.owner, links: { edit: room.edit, comment: room.comment, view: room.view } };
}

/** An owner's request about a room; the errors it may end in are `ShareError`s. */
async function asOwner(share: BoardShare, path: string, method: 'POST' | 'DELETE'): Promise<Response> {
  if (!share.owner) throw new ShareError('notOwner');
  // A scenario's board is one of its room's: the room is what has an owner and links.
  const response = await fetch(`${httpOf(share.server)}/api/rooms/${encodeURIComponent(baseRoom(share.room))}/${path}`, {
    method,
    headers: { Authorization: `Bearer ${share.owner}` },
  }).catch(() => null); // no answer at all: said as "unreachable" just below
  if (!response) throw new ShareError('unreachable');
  if (response.status === 403) throw new ShareError('notOwner');
  if (!response.ok) throw new ShareError('refused', await reasonOf(response));
  return response;
}

/** Replaces a room's secrets (every link given out stops working); only its owner may. */
export async function rotateRoom(share: BoardShare): Promise<void> {
  await asOwner(share, 'rotate', 'POST');
}

/**
 * One kind of link replaced by a new one (`renew`) or revoked: whoever holds the old link is
 * disconnected at once. Returns the share with its links as they are now.
 */
export async function setLink(share: BoardShare, kind: LinkKind, renew: boolean): Promise<BoardShare> {
  const response = await asOwner(share, `links/${kind}`, renew ? 'POST' : 'DELETE');
  const { secret } = (await response.json()) as { secret: string | null };
  const { [kind]: _, ...others } = linksOf(share);
  const { view: _legacy, ...rest } = share;
  return { ...rest, links: secret ? { ...others, [kind]: secret } : others };
}
