import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** A new build (code or data) is installed and waiting: the page may offer to reload. */
  onUpdateWaiting: () => void;
}

/** Activates the waiting worker, then reloads the page (same URL) once it controls it. */
export type ApplyUpdate = () => Promise<void>;

/** How often an open tab asks the server for a new build (a lecture can last hours). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

const SKIP_WAITING = { type: 'SKIP_WAITING' };
/** How long the page waits for the new worker to take over before it reloads without it. */
export const ACTIVATION_WAIT_MS = 3000;
const nothingToApply: ApplyUpdate = () => Promise.resolve();

/**
 * Registers the offline worker (vite.config.ts, `offlinePlugin`). Called after first paint, from a lazy chunk:
 * workbox-window never weighs on the entry script. Besides the browser's own check on each navigation, it checks
 * hourly and whenever the connection comes back, so a tab left open learns of new data too.
 */
export function startServiceWorker(
  events: ServiceWorkerEvents,
  reload: () => void = () => window.location.reload(),
): ApplyUpdate {
  if (!('serviceWorker' in navigator)) return nothingToApply;
  let registration: ServiceWorkerRegistration | undefined;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: events.onUpdateWaiting,
    // The page reloads itself below, once, and only when the reader asked for it.
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, reg) => {
      registration = reg;
      if (reg === undefined) return;
      const check = () => {
        // Offline, or the server is down: the next check will do.
        reg.update().catch(() => undefined);
      };
      window.setInterval(check, UPDATE_CHECK_MS);
      window.addEventListener('online', check);
    },
    // No worker (private mode, an http: address): the app works as before, online only.
    onRegisterError: () => undefined,
  });
  return async () => {
    let reloaded = false;
    const reloadOnce = () => {
      if (reloaded) return;
      reloaded = true;
      reload();
    };
    navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
    // Chromium activates the waiting worker only once the old one is idle, and sometimes it never is while this page
    // lives (1 run in 3 here). Reloading then would hang: the navigation waits for an activation that waits for this
    // page. So past this delay the page drops its worker and reloads from the server, which has the new build; the
    // page registers the new worker again (precached files it already has are not fetched twice). Nothing the reader
    // had is lost: it is in the URL.
    window.setTimeout(() => {
      const stuck = registration?.waiting ?? null;
      if (stuck === null || reloaded) {
        reloadOnce();
        return;
      }
      void registration?.unregister().finally(reloadOnce);
    }, ACTIVATION_WAIT_MS);
    await update(true);
    // workbox-window messages only a worker it already saw waiting; under load the prompt can come first. Asking
    // the waiting worker again is harmless (it is one skipWaiting()).
    registration?.waiting?.postMessage(SKIP_WAITING);
  };
}
