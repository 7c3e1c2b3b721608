import { DatasetError } from './datasetError';
import type { DatasetName, DatasetOf } from './schema/registry';

/**
 * Fetches one dataset and validates it with the same schema the build used. Runs in the dataset worker, or on
 * the main thread where there is none; zod loads lazily there, off the entry chunk.
 */
export async function fetchDataset<N extends DatasetName>(name: N, url: string): Promise<DatasetOf<N>> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new DatasetError(name, 'network', { cause });
  }
  if (!response.ok) throw new DatasetError(name, 'http', { status: response.status });
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new DatasetError(name, 'parse', { cause });
  }
  const [{ datasetSchemas }, { problemsFromZod }] = await Promise.all([
    import('./schema/registry'),
    import('./schema/problems'),
  ]);
  const result = datasetSchemas[name].safeParse(json);
  if (!result.success) {
    throw new DatasetError(name, 'invalid', { problems: problemsFromZod(`data/${name}.json`, json, result.error) });
  }
  return result.data as DatasetOf<N>;
}
