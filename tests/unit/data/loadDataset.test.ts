// The dataset worker's fallback: when the worker cannot start or dies, datasets load on the main thread and
// nothing asked for is lost. The worker is replaced by a fake the test drives; fetchDataset by a spy.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../../src/data/datasetError';
import type { DatasetReply, DatasetRequest } from '../../../src/data/datasetMessages';

const fetchDataset = vi.fn((name: string, url: string) => Promise.resolve({ loadedHere: name, url }));
vi.mock('../../../src/data/fetchDataset', () => ({ fetchDataset }));

class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  static failToStart = false;
  posted: DatasetRequest[] = [];
  terminated = false;
  constructor() {
    super();
    if (FakeWorker.failToStart) throw new Error('worker script blocked');
    FakeWorker.made.push(this);
  }
  postMessage(request: DatasetRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: DatasetReply) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  crash() {
    this.dispatchEvent(new Event('error'));
  }
}

/** A fresh copy of the module: it decides at load whether a worker can be used. */
async function freshLoader() {
  vi.resetModules();
  const { loadDataset } = await import('../../../src/data/loadDataset');
  const { DatasetError } = await import('../../../src/data/datasetError');
  return Object.assign(loadDataset, { DatasetError });
}

beforeEach(() => {
  FakeWorker.made = [];
  FakeWorker.failToStart = false;
  fetchDataset.mockClear();
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('loadDataset', () => {
  it('asks the worker and resolves with its validated data, loading nothing on the main thread', async () => {
    const loadDataset = await freshLoader();
    const worker = FakeWorker.made[0]!;
    const loading = loadDataset('events', '/data/events.json');
    expect(worker.posted).toEqual([{ id: 0, name: 'events', url: '/data/events.json' }]);
    worker.reply({ id: 0, ok: true, data: { fromWorker: true } });
    await expect(loading).resolves.toEqual({ fromWorker: true });
    expect(fetchDataset).not.toHaveBeenCalled();
  });

  it("turns the worker's error reply into a DatasetError", async () => {
    const loadDataset = await freshLoader();
    const loading = loadDataset('aid', '/data/aid.json');
    FakeWorker.made[0]!.reply({ id: 0, ok: false, error: { kind: 'http', status: 404, problems: [] } });
    const error = await loading.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(loadDataset.DatasetError);
    expect(error).toMatchObject({ dataset: 'aid', kind: 'http', status: 404 });
  });

  it('loads on the main thread when the worker cannot start', async () => {
    FakeWorker.failToStart = true;
    const loadDataset = await freshLoader();
    await expect(loadDataset('strikes', '/data/strikes.json')).resolves.toEqual({
      loadedHere: 'strikes',
      url: '/data/strikes.json',
    });
    expect(fetchDataset).toHaveBeenCalledWith('strikes', '/data/strikes.json');
  });

  it('loads what the worker was asked for on the main thread when it crashes, and uses it no more', async () => {
    const loadDataset = await freshLoader();
    const worker = FakeWorker.made[0]!;
    const first = loadDataset('events', '/data/events.json');
    const second = loadDataset('sources', '/data/sources.json');
    worker.crash();
    await expect(first).resolves.toEqual({ loadedHere: 'events', url: '/data/events.json' });
    await expect(second).resolves.toEqual({ loadedHere: 'sources', url: '/data/sources.json' });
    expect(worker.terminated).toBe(true);
    // Later requests go straight to the main thread; no new worker is started.
    await expect(loadDataset('aid', '/data/aid.json')).resolves.toMatchObject({ loadedHere: 'aid' });
    expect(worker.posted).toHaveLength(2);
    expect(FakeWorker.made).toHaveLength(1);
    // A late reply from the dead worker changes nothing.
    worker.reply({ id: 0, ok: true, data: 'stale' });
    await expect(first).resolves.toMatchObject({ loadedHere: 'events' });
  });

  it('passes a main-thread failure after a crash on to the view', async () => {
    const loadDataset = await freshLoader();
    fetchDataset.mockImplementationOnce(() => Promise.reject(new DatasetError('events', 'network')));
    const loading = loadDataset('events', '/data/events.json');
    FakeWorker.made[0]!.crash();
    await expect(loading).rejects.toMatchObject({ kind: 'network' });
  });
});
