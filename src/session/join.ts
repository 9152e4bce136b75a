import * as Y from 'yjs';
import { hasBoard } from '../document';
import type { BoardRepository } from '../persistence';

export type JoinResult = { ok: true; id: string } | { ok: false; reason: string | null };

/**
 * Opens a link to a shared board: a board this browser already keeps in sync with the room is
 * opened (with the link's secret); otherwise the board is fetched from the room and added to
 * this browser's library, with its own Yjs history, to stay in sync from then on.
 * `reason` is the server's when it refused the link, null when the board could not be reached.
 */
export async function joinSharedBoard(repo: BoardRepository, link: { server: string; room: string; key: string }): Promise<JoinResult> {
  const share = { server: link.server, room: link.room, token: link.key };
  const existing = await repo.findShared(link.room);
  if (existing) {
    if (existing.share?.token !== link.key || existing.share.server !== link.server)
      await repo.setShare(existing.id, { ...existing.share, ...share, access: undefined });
    return { ok: true, id: existing.id };
  }
  const { HocuspocusProvider } = await import('@hocuspocus/provider');
  const doc = new Y.Doc();
  const outcome = await new Promise<JoinResult | 'synced'>((resolve) => {
    const finish = (result: JoinResult | 'synced') => {
      clearTimeout(timeout);
      provider.destroy();
      resolve(result);
    };
    const provider = new HocuspocusProvider({
      url: link.server,
      name: link.room,
      document: doc,
      token: link.key,
      onSynced: () => finish('synced'),
      onAuthenticationFailed: ({ reason }) => finish({ ok: false, reason }),
    });
    // A server that cannot be reached at all: say so rather than wait for ever.
    const timeout = setTimeout(() => finish({ ok: false, reason: null }), 15_000);
  });
  if (outcome !== 'synced') return outcome;
  if (!hasBoard(doc)) return { ok: false, reason: null };
  const board = await repo.createShared(doc, share);
  return { ok: true, id: board.id };
}
