import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { flushOpenSessions } from '../session/openSessions';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Set when a new version of the app is installed and waiting: reloads into it. */
let update: (() => Promise<void>) | null = null;
const listeners = new Set<() => void>();

/**
 * Registers the service worker (production builds): the app then opens offline. A new version
 * is never forced on the user: it waits until they choose to reload (`useUpdate`).
 */
export function startServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    onNeedRefresh() {
      update = async () => {
        await flushOpenSessions(); // everything typed is stored before the page goes
        // Reload once the new version controls the page. (The plugin reloads only for an update it
        // found itself at start, not for one found later by the hourly check below.)
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        await updateSW(true);
      };
      listeners.forEach((l) => l());
    },
    // A tab left open for days still hears of new versions.
    onRegisteredSW(_url, registration) {
      // Offline, a check fails: the next one, an interval later, tries again.
      if (registration) setInterval(() => void registration.update().catch(() => {}), CHECK_EVERY_MS);
    },
  });
}

/** The reload into a waiting new version, or null while there is none. */
export function useUpdate(): (() => Promise<void>) | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => update,
  );
}
