import { useSyncExternalStore } from 'react';

export type Route = { page: 'library' } | { page: 'board'; id: string };

function parse(hash: string): Route {
  const match = /^#\/board\/([^/?#]+)/.exec(hash);
  return match ? { page: 'board', id: decodeURIComponent(match[1]!) } : { page: 'library' };
}

const subscribe = (callback: () => void) => {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
};

/** Hash routes keep the app a static bundle that works offline from any path. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}

export const boardHref = (id: string) => `#/board/${encodeURIComponent(id)}`;
export const libraryHref = '#/';
export function navigate(href: string) {
  window.location.hash = href.slice(1);
}
