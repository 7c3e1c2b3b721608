import { m } from '../i18n/messages';
import type { Lang } from '../lib/lang';
import type { DatasetError } from './datasetError';
import { formatProblem } from './schema/problems';

/** Why a dataset failed, for the reader. */
export function datasetErrorDetail(error: DatasetError, lang: Lang): string {
  // The loader's or a view's script that failed to download rejects with a plain Error, not a DatasetError:
  // to the reader that is a network failure like any other.
  const kind = 'kind' in error ? error.kind : 'network';
  const problems = 'problems' in error ? error.problems : [];
  const first = problems[0];
  const locale = { locale: lang };
  return kind === 'http'
    ? m.data_error_http({ status: error.status ?? '?' }, locale)
    : kind === 'invalid'
      ? m.data_error_invalid({ count: problems.length, first: first === undefined ? '' : formatProblem(first) }, locale)
      : kind === 'parse'
        ? m.data_error_parse({}, locale)
        : m.data_error_network({}, locale);
}
