import type * as Y from 'yjs';
import type { HocuspocusProvider, HocuspocusProviderConfiguration } from '@hocuspocus/provider';

/**
 * A connection of `doc` to its room on a sync server: the one place the provider is made (the
 * library loads on first use, not with the app), for a shared board and for a link being joined.
 */
export async function openProvider(
  where: { server: string; room: string; token: string; doc: Y.Doc },
  handlers: Partial<HocuspocusProviderConfiguration>,
): Promise<HocuspocusProvider> {
  const { HocuspocusProvider } = await import('@hocuspocus/provider');
  return new HocuspocusProvider({
    url: where.server,
    // Retry at least every 5 s: a server back after a restart is found within seconds. (The
    // provider hands these to the socket it creates; its types list only `url`.)
    ...({ maxDelay: 5000 } as object),
    name: where.room,
    document: where.doc,
    token: where.token,
    ...handlers,
  } as HocuspocusProviderConfiguration);
}
