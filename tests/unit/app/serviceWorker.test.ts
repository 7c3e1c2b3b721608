import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const registerSW = vi.hoisted(() => vi.fn<(options: RegisterSWOptions) => (reload?: boolean) => Promise<void>>());
vi.mock('virtual:pwa-register', () => ({ registerSW }));

const { ACTIVATION_WAIT_MS, startServiceWorker, UPDATE_CHECK_MS } = await import('../../../src/app/pwa/serviceWorker');

const updateSW = vi.fn((_reload?: boolean) => Promise.resolve());
let serviceWorkerBefore: PropertyDescriptor | undefined;

/** A stand-in for navigator.serviceWorker: its controllerchange listeners can be fired by hand. */
const container = new EventTarget();

function withServiceWorker(present: boolean) {
  if (present) Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  else Reflect.deleteProperty(navigator, 'serviceWorker');
}

/** The options the module gave the plugin's registerSW. */
function registered(): RegisterSWOptions {
  const options = registerSW.mock.calls[0]?.[0];
  if (options === undefined) throw new Error('registerSW was not called');
  return options;
}

beforeEach(() => {
  serviceWorkerBefore = Object.getOwnPropertyDescriptor(navigator, 'serviceWorker');
  registerSW.mockReset().mockReturnValue(updateSW);
  updateSW.mockClear();
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  if (serviceWorkerBefore === undefined) Reflect.deleteProperty(navigator, 'serviceWorker');
  else Object.defineProperty(navigator, 'serviceWorker', serviceWorkerBefore);
});

describe('startServiceWorker', () => {
  it('registers at once and tells the page when a new build is waiting', () => {
    withServiceWorker(true);
    const onUpdateWaiting = vi.fn();
    startServiceWorker({ onUpdateWaiting });
    expect(registerSW).toHaveBeenCalledTimes(1);
    expect(registered().immediate).toBe(true);
    expect(onUpdateWaiting).not.toHaveBeenCalled();
    registered().onNeedRefresh?.();
    expect(onUpdateWaiting).toHaveBeenCalledTimes(1);
  });

  it('reloads only when the reader applies the update, once the new worker controls the page', async () => {
    withServiceWorker(true);
    const reload = vi.fn();
    const apply = startServiceWorker({ onUpdateWaiting: vi.fn() }, reload);
    const postMessage = vi.fn();
    registered().onRegisteredSW?.('/sw.js', {
      update: vi.fn(() => Promise.resolve()),
      waiting: { postMessage },
    } as unknown as ServiceWorkerRegistration);
    // The plugin's own reload is turned off: a worker taking control unasked reloads nothing.
    registered().onNeedReload?.();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();

    await apply();
    expect(updateSW).toHaveBeenCalledWith(true);
    expect(postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
    // The fallback reload does not come on top of the first one.
    vi.advanceTimersByTime(ACTIVATION_WAIT_MS);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads anyway when no worker is left waiting (it activated without telling this page)', async () => {
    withServiceWorker(true);
    const reload = vi.fn();
    const apply = startServiceWorker({ onUpdateWaiting: vi.fn() }, reload);
    await apply();
    vi.advanceTimersByTime(ACTIVATION_WAIT_MS - 1);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(1);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('drops the worker before reloading when the new one is stuck waiting, so the reload cannot hang', async () => {
    withServiceWorker(true);
    const reload = vi.fn();
    const apply = startServiceWorker({ onUpdateWaiting: vi.fn() }, reload);
    const unregister = vi.fn(() => Promise.resolve(true));
    registered().onRegisteredSW?.('/sw.js', {
      update: vi.fn(() => Promise.resolve()),
      waiting: { postMessage: vi.fn() },
      unregister,
    } as unknown as ServiceWorkerRegistration);
    await apply();
    vi.advanceTimersByTime(ACTIVATION_WAIT_MS);
    expect(unregister).toHaveBeenCalledTimes(1);
    // The reload waits for the worker to be dropped.
    expect(reload).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });

  it('asks for a new build hourly and when the connection comes back', () => {
    withServiceWorker(true);
    startServiceWorker({ onUpdateWaiting: vi.fn() });
    const update = vi.fn(() => Promise.resolve());
    registered().onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration);
    expect(update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(update).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('online'));
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('a failed update check (offline) is not an error', async () => {
    withServiceWorker(true);
    startServiceWorker({ onUpdateWaiting: vi.fn() });
    const update = vi.fn(() => Promise.reject(new Error('Failed to fetch')));
    registered().onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', unhandled);
    expect(update).toHaveBeenCalledTimes(1);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no service workers', async () => {
    withServiceWorker(false);
    const apply = startServiceWorker({ onUpdateWaiting: vi.fn() });
    expect(registerSW).not.toHaveBeenCalled();
    await expect(apply()).resolves.toBeUndefined();
  });
});
