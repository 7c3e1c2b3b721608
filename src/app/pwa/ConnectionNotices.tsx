import { useQueries } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { datasetQuery } from '../../data/queries';
import { datasetNames } from '../../data/schema/datasetNames';
import { formatDate } from '../../i18n/format';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { startServiceWorker, type ApplyUpdate } from './serviceWorker';
import './pwa.css';

// Read from the cache only: the notice never makes a view's data load.
const CACHED_DATASETS = datasetNames.map((name) => ({ ...datasetQuery(name), enabled: false }));

// One registration per page, however often React mounts this (StrictMode mounts twice in development).
let applyUpdate: ApplyUpdate | null = null;
let updateWaiting = false;
const updateListeners = new Set<() => void>();

function subscribeUpdate(listener: () => void): () => void {
  updateListeners.add(listener);
  applyUpdate ??= startServiceWorker({
    onUpdateWaiting: () => {
      updateWaiting = true;
      for (const l of updateListeners) l();
    },
  });
  return () => updateListeners.delete(listener);
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/**
 * The offline indicator and the "new data" prompt, loaded after first paint (App.tsx). Both sit in one polite
 * live region that exists before it has anything to say, so screen readers announce the change; nothing here
 * ever moves focus.
 */
export default function ConnectionNotices() {
  const lang = useLang();
  const waiting = useSyncExternalStore(subscribeUpdate, () => updateWaiting);
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const [later, setLater] = useState(false);
  const results = useQueries({ queries: CACHED_DATASETS });
  const asOf = results.reduce<string | null>((latest, r) => {
    const date = r.data?.asOf;
    return date !== undefined && (latest === null || date > latest) ? date : latest;
  }, null);

  const reload = () => {
    // A deck's slide title or note is saved to the URL when its field loses focus: save it before reloading.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    void applyUpdate?.();
  };

  return (
    <div className="connection-notices" role="status">
      {online ? null : (
        <p className="connection-notice connection-notice--offline">
          {asOf === null
            ? m.app_offline({}, { locale: lang })
            : m.app_offline_as_of({ date: formatDate(asOf, lang) }, { locale: lang })}
        </p>
      )}
      {waiting && !later ? (
        <div className="connection-notice connection-notice--update">
          <p>{m.app_update_available({}, { locale: lang })}</p>
          <button type="button" onClick={reload}>
            {m.app_update_reload({}, { locale: lang })}
          </button>
          <button type="button" onClick={() => setLater(true)}>
            {m.app_update_later({}, { locale: lang })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
