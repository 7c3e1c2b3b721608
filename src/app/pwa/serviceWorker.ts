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
    // Chromium activates the waiting worker only once the old one has no request in flight, which can take a while
    // on a busy page: past this delay the page reloads anyway. The new worker has been told to skip waiting, so it
    // takes over as soon as the old page is gone; the reload never loses what the reader had (it is in the URL).
    window.setTimeout(reloadOnce, ACTIVATION_WAIT_MS);
    await update(true);
    // workbox-window messages only a worker it already saw waiting; under load the prompt can come first. Asking
    // the waiting worker again is harmless (it is one skipWaiting()).
    registration?.waiting?.postMessage(SKIP_WAITING);
  };
}
