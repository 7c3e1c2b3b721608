import type { DatasetErrorKind } from './datasetError';
import type { DataProblem } from './schema/problems';
import type { DatasetName } from './schema/registry';

/** What the main thread asks the dataset worker for. */
export interface DatasetRequest {
  id: number;
  name: DatasetName;
  url: string;
}

/** A DatasetError as it crosses to the main thread (a class instance does not survive structured cloning). */
export interface DatasetErrorData {
  kind: DatasetErrorKind;
  status: number | null;
  problems: readonly DataProblem[];
}

/** The worker's answer: the validated dataset, or why it could not be used. */
export type DatasetReply = { id: number; ok: true; data: unknown } | { id: number; ok: false; error: DatasetErrorData };
