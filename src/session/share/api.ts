import type { BoardShare } from '../../persistence/db';
import { httpOf } from './sync';

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

/** A new room on `server` for a board: the links to it, and the owner's secret. */
export async function createRoom(server: string): Promise<BoardShare> {
  const response = await fetch(`${httpOf(server)}/api/rooms`, { method: 'POST' });
  if (!response.ok) throw new Error(await reasonOf(response));
  const room = (await response.json()) as { room: string; owner: string; edit: string; view: string };
  return { server, room: room.room, token: room.edit, view: room.view, owner: room.owner, access: 'edit' };
}

/** Replaces a room's secrets (every link given out stops working); only its owner may. */
export async function rotateRoom(share: BoardShare): Promise<void> {
  if (!share.owner) throw new ShareError('notOwner');
  const response = await fetch(`${httpOf(share.server)}/api/rooms/${encodeURIComponent(share.room)}/rotate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${share.owner}` },
  }).catch(() => null); // no answer at all: said as "unreachable" just below
  if (!response) throw new ShareError('unreachable');
  if (response.status === 403) throw new ShareError('notOwner');
  if (!response.ok) throw new ShareError('refused', await reasonOf(response));
}
