import { useLayoutEffect, useMemo, useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '../ui/routes';

const subscribe = (callback: () => void) => {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
};

/** Where a join link's server and secret wait (this tab only) once they have left the address. */
const HELD = 'blueprint-studio:join:';

const held = (room: string) => {
  try {
    return JSON.parse(sessionStorage.getItem(HELD + room) ?? 'null') as { server: string; key: string } | null;
  } catch {
    return null; // no session storage (or not ours): the link is simply not held
  }
};

/**
 * The current route, following the location's hash. A join link's secret leaves the address as
 * soon as the link opens (so the tab's history never holds it), kept for the tab in session
 * storage until the board has opened; a reload while joining still finds it.
 */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  // One route per address, so the effect below runs when the address changes, not at every render.
  const route = useMemo(() => parseRoute(hash, held), [hash]);
  useLayoutEffect(() => {
    try {
      if (route.page === 'join' && hash.includes('?')) {
        sessionStorage.setItem(HELD + route.room, JSON.stringify({ server: route.server, key: route.key }));
        window.history.replaceState(window.history.state, '', `#/join/${encodeURIComponent(route.room)}`);
      } else if (route.page !== 'join') for (const name of Object.keys(sessionStorage)) if (name.startsWith(HELD)) sessionStorage.removeItem(name);
    } catch {
      // Without session storage the secret stays in the address, where the link put it.
    }
  }, [hash, route]);
  return route;
}
