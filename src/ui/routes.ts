/** The app's two places as hash routes, which keep it a static bundle that works offline from any path. */
export type Route =
  | { page: 'library' }
  | { page: 'portfolio' }
  /** `card`: the card to select once the board is open (from the Portfolio). */
  | { page: 'board'; id: string; card?: string }
  /** Two scenarios side by side: `id` against `with` (the newest other scenario, without it). */
  | { page: 'compare'; id: string; with?: string }
  | { page: 'join'; room: string; server: string; key: string };

/**
 * The route of a location's hash. A join link is `#/join/<room>?server=…&key=…`; once opened, its
 * address is `#/join/<room>` alone and `held` gives back the server and secret kept for the room.
 */
export function parseRoute(hash: string, held: (room: string) => { server: string; key: string } | null = () => null): Route {
  const match = /^#\/board\/([^/?#]+)(?:\?(.*))?/.exec(hash);
  if (match) {
    const card = match[2] === undefined ? null : new URLSearchParams(match[2]).get('card');
    return card ? { page: 'board', id: decodeURIComponent(match[1]!), card } : { page: 'board', id: decodeURIComponent(match[1]!) };
  }
  if (/^#\/portfolio\/?$/.test(hash)) return { page: 'portfolio' };
  const compare = /^#\/compare\/([^/?#]+)(?:\?(.*))?$/.exec(hash);
  if (compare) {
    const other = compare[2] === undefined ? null : new URLSearchParams(compare[2]).get('with');
    const id = decodeURIComponent(compare[1]!);
    return other ? { page: 'compare', id, with: other } : { page: 'compare', id };
  }
  const join = /^#\/join\/([^/?#]+)(?:\?(.*))?$/.exec(hash);
  if (join) {
    const room = decodeURIComponent(join[1]!);
    const params = join[2] === undefined ? null : new URLSearchParams(join[2]);
    const { server, key } = params ? { server: params.get('server'), key: params.get('key') } : (held(room) ?? { server: null, key: null });
    if (server && key) return { page: 'join', room, server, key };
  }
  return { page: 'library' };
}

/** A link that opens a shared board in any browser (the secret stays in the hash, never sent to the web server). */
export const joinLink = (server: string, room: string, key: string) =>
  `${window.location.origin}${window.location.pathname}#/join/${encodeURIComponent(room)}?${new URLSearchParams({ server, key })}`;

export const boardHref = (id: string, card?: string) => `#/board/${encodeURIComponent(id)}${card ? `?${new URLSearchParams({ card })}` : ''}`;
export const compareHref = (id: string, other?: string) =>
  `#/compare/${encodeURIComponent(id)}${other ? `?${new URLSearchParams({ with: other })}` : ''}`;
export const portfolioHref = '#/portfolio';
export const libraryHref = '#/';
export function navigate(href: string) {
  window.location.hash = href.slice(1);
}
