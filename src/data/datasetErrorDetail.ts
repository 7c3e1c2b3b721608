import type { Translate } from '../i18n/translate';
import type { DatasetError } from './datasetError';
import { formatProblem } from './schema/problems';

/** Why a dataset failed, for the reader. */
export function datasetErrorDetail(t: Translate, error: DatasetError): string {
  // The loader's or a view's script that failed to download rejects with a plain Error, not a DatasetError:
  // to the reader that is a network failure like any other.
  const kind = 'kind' in error ? error.kind : 'network';
  const problems = 'problems' in error ? error.problems : [];
  const first = problems[0];
  return kind === 'http'
    ? t('data.error.http', { status: error.status ?? '?' })
    : kind === 'invalid'
      ? t('data.error.invalid', { count: problems.length, first: first === undefined ? '' : formatProblem(first) })
      : t(`data.error.${kind}`);
}
