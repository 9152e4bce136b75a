/** The app's two places as hash routes, which keep it a static bundle that works offline from any path. */
export type Route = { page: 'library' } | { page: 'board'; id: string } | { page: 'join'; room: string; server: string; key: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/board\/([^/?#]+)/.exec(hash);
  if (match) return { page: 'board', id: decodeURIComponent(match[1]!) };
  const join = /^#\/join\/([^/?#]+)\?(.*)$/.exec(hash);
  if (join) {
    const params = new URLSearchParams(join[2]);
    const [server, key] = [params.get('server'), params.get('key')];
    if (server && key) return { page: 'join', room: decodeURIComponent(join[1]!), server, key };
  }
  return { page: 'library' };
}

/** A link that opens a shared board in any browser (the secret stays in the hash, never sent to the web server). */
export const joinLink = (server: string, room: string, key: string) =>
  `${window.location.origin}${window.location.pathname}#/join/${encodeURIComponent(room)}?${new URLSearchParams({ server, key })}`;

export const boardHref = (id: string) => `#/board/${encodeURIComponent(id)}`;
export const libraryHref = '#/';
export function navigate(href: string) {
  window.location.hash = href.slice(1);
}
