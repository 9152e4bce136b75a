/** The app's two places as hash routes, which keep it a static bundle that works offline from any path. */
export type Route = { page: 'library' } | { page: 'board'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/board\/([^/?#]+)/.exec(hash);
  return match ? { page: 'board', id: decodeURIComponent(match[1]!) } : { page: 'library' };
}

export const boardHref = (id: string) => `#/board/${encodeURIComponent(id)}`;
export const libraryHref = '#/';
export function navigate(href: string) {
  window.location.hash = href.slice(1);
}
