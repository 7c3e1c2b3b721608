import { DatasetError } from './datasetError';
import type { DatasetReply, DatasetRequest } from './datasetMessages';
import { fetchDataset } from './fetchDataset';
import type { DatasetName, DatasetOf } from './schema/registry';

interface Waiting {
  name: DatasetName;
  url: string;
  resolve: (data: unknown) => void;
  reject: (error: unknown) => void;
}

let worker: Worker | null = null;
// No Worker (jsdom, very old browsers) or one that failed to start: datasets load on the main thread.
let workerUnusable = typeof Worker === 'undefined';
const waiting = new Map<number, Waiting>();
let nextId = 0;

function datasetWorker(): Worker | null {
  if (workerUnusable) return null;
  if (worker !== null) return worker;
  try {
    worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module', name: 'datasets' });
  } catch {
    workerUnusable = true;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<DatasetReply>) => settle(event.data));
  worker.addEventListener('error', loadWaitingHere);
  return worker;
}

function settle(reply: DatasetReply): void {
  const request = waiting.get(reply.id);
  if (request === undefined) return;
  waiting.delete(reply.id);
  if (reply.ok) request.resolve(reply.data);
  else
    request.reject(
      new DatasetError(request.name, reply.error.kind, {
        status: reply.error.status ?? undefined,
        problems: [...reply.error.problems],
      }),
    );
}

/** The worker script could not load or crashed: nothing is lost, what it was asked for loads here instead. */
function loadWaitingHere(): void {
  workerUnusable = true;
  worker?.terminate();
  worker = null;
  const requests = [...waiting.values()];
  waiting.clear();
  for (const r of requests) fetchDataset(r.name, r.url).then(r.resolve, r.reject);
}

// Started when this module loads (main.tsx asks for it at start), so the worker boots while the page renders.
datasetWorker();

/** One dataset, validated: in the dataset worker where the browser has one, else on the main thread. */
export function loadDataset<N extends DatasetName>(name: N, url: string): Promise<DatasetOf<N>> {
  const target = datasetWorker();
  if (target === null) return fetchDataset(name, url);
  return new Promise<DatasetOf<N>>((resolve, reject) => {
    const id = nextId;
    nextId += 1;
    // The worker validated the data against this dataset's schema before sending it.
    waiting.set(id, { name, url, resolve: (data) => resolve(data as DatasetOf<N>), reject });
    const request: DatasetRequest = { id, name, url };
    target.postMessage(request);
  });
}
