import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** A new build (code or data) is installed and waiting: the page may offer to reload. */
  onUpdateWaiting: () => void;
}

/** Activates the waiting worker, then reloads the page (same URL) once it controls it. */
export type ApplyUpdate = () => Promise<void>;

/** How often an open tab asks the server for a new build (a lecture can last hours). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

const nothingToApply: ApplyUpdate = () => Promise.resolve();

/**
 * Registers the offline worker (vite.config.ts, `offlinePlugin`). Called after first paint, from a lazy chunk:
 * workbox-window never weighs on the entry script. Besides the browser's own check on each navigation, it checks
 * hourly and whenever the connection comes back, so a tab left open learns of new data too.
 */
export function startServiceWorker(events: ServiceWorkerEvents): ApplyUpdate {
  if (!('serviceWorker' in navigator)) return nothingToApply;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: events.onUpdateWaiting,
    onRegisteredSW: (_url, registration) => {
      if (registration === undefined) return;
      const check = () => {
        // Offline, or the server is down: the next check will do.
        registration.update().catch(() => undefined);
      };
      window.setInterval(check, UPDATE_CHECK_MS);
      window.addEventListener('online', check);
    },
    // No worker (private mode, an http: address): the app works as before, online only.
    onRegisterError: () => undefined,
  });
  return () => update(true);
}
