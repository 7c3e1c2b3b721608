import type * as z from 'zod/mini';
import { aidDataset } from './aid.ts';
import { eventsDataset } from './events.ts';
import { precedentsDataset } from './precedents.ts';
import { sanctionsDataset } from './sanctions.ts';
import { sourcesDataset } from './sources.ts';
import { strikesDataset } from './strikes.ts';

/** Every dataset the app ships: its name is its file name in data/ and its URL under /data/. */
export const datasetSchemas = {
  sources: sourcesDataset,
  events: eventsDataset,
  sanctions: sanctionsDataset,
  aid: aidDataset,
  strikes: strikesDataset,
  precedents: precedentsDataset,
} as const;

export type DatasetName = keyof typeof datasetSchemas;
export type DatasetOf<N extends DatasetName> = z.infer<(typeof datasetSchemas)[N]>;
export type AllDatasets = { [N in DatasetName]: DatasetOf<N> };

export { datasetNames } from './datasetNames.ts';
