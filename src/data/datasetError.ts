import type { DataProblem } from './schema/problems';

export type DatasetErrorKind = 'network' | 'http' | 'parse' | 'invalid';

/** Why a dataset could not be used, in a form a view can explain to the user. */
export class DatasetError extends Error {
  readonly dataset: string;
  readonly kind: DatasetErrorKind;
  readonly problems: readonly DataProblem[];
  readonly status: number | null;

  constructor(
    dataset: string,
    kind: DatasetErrorKind,
    detail: { status?: number; problems?: DataProblem[]; cause?: unknown } = {},
  ) {
    super(`Dataset "${dataset}" could not be loaded (${kind})`, { cause: detail.cause });
    this.name = 'DatasetError';
    this.dataset = dataset;
    this.kind = kind;
    this.status = detail.status ?? null;
    this.problems = detail.problems ?? [];
  }
}
