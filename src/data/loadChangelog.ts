import { DatasetError } from './datasetError';
import type { ChangelogDataset } from './schema/changelog';

/**
 * data/changelog.json, validated with the schema the build used. It is not one of the datasets (it describes
 * them), so it loads on the main thread when asked for: only the changelog list needs it.
 */
export async function loadChangelog(url: string): Promise<ChangelogDataset> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new DatasetError('changelog', 'network', { cause });
  }
  if (!response.ok) throw new DatasetError('changelog', 'http', { status: response.status });
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new DatasetError('changelog', 'parse', { cause });
  }
  const [{ changelogDataset }, { problemsFromZod }] = await Promise.all([
    import('./schema/changelog'),
    import('./schema/problems'),
  ]);
  const result = changelogDataset.safeParse(json);
  if (!result.success) {
    throw new DatasetError('changelog', 'invalid', {
      problems: problemsFromZod('data/changelog.json', json, result.error),
    });
  }
  return result.data;
}
