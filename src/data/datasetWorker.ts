import { DatasetError } from './datasetError';
import type { DatasetReply, DatasetRequest } from './datasetMessages';
import { fetchDataset } from './fetchDataset';

/**
 * Fetches, parses and validates datasets off the main thread: on a slow phone, parsing and checking the six
 * files took about a quarter of a second of main-thread time while the page was first drawn.
 */
// The schemas load while the first files download, rather than after the first one arrives.
void import('./schema/registry');
void import('./schema/problems');

self.addEventListener('message', (event: MessageEvent<DatasetRequest>) => {
  void reply(event.data).then((answer) => self.postMessage(answer));
});

async function reply({ id, name, url }: DatasetRequest): Promise<DatasetReply> {
  try {
    return { id, ok: true, data: await fetchDataset(name, url) };
  } catch (error) {
    const known = error instanceof DatasetError ? error : new DatasetError(name, 'parse', { cause: error });
    return { id, ok: false, error: { kind: known.kind, status: known.status, problems: known.problems } };
  }
}

// The browser loads its locale data (ICU) once per process, the first time any Intl formatter is built: about
// 100–200 ms of a slow phone's main thread. Built here first, while the files download, the main thread's
// first date and number formatters then take about a millisecond.
setTimeout(() => {
  for (const lang of ['en', 'es']) {
    new Intl.NumberFormat(lang).format(1);
    new Intl.PluralRules(lang).select(1);
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(0);
  }
}, 0);
