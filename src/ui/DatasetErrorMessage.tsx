import type { DatasetError } from '../data/datasetError';
import { formatProblem } from '../data/schema/problems';
import type { DatasetName } from '../data/schema/registry';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';

interface Props {
  name: DatasetName;
  error: DatasetError;
  onRetry: () => void;
}

export function DatasetErrorMessage({ name, error, onRetry }: Props) {
  const lang = useLang();
  // The loader's or a view's script that failed to download rejects with a plain Error, not a DatasetError:
  // to the reader that is a network failure like any other.
  const kind = 'kind' in error ? error.kind : 'network';
  const problems = 'problems' in error ? error.problems : [];
  const first = problems[0];
  const detail =
    kind === 'http'
      ? m.data_error_http({ status: error.status ?? '?' }, { locale: lang })
      : kind === 'invalid'
        ? m.data_error_invalid(
            { count: problems.length, first: first === undefined ? '' : formatProblem(first) },
            { locale: lang },
          )
        : kind === 'parse'
          ? m.data_error_parse({}, { locale: lang })
          : m.data_error_network({}, { locale: lang });
  return (
    <div className="dataset-error" role="alert">
      <p>
        <strong>
          {m.data_error_title({ dataset: m.dataset_name({ dataset: name }, { locale: lang }) }, { locale: lang })}
        </strong>{' '}
        {detail}
      </p>
      <p className="muted">{m.data_other_views({}, { locale: lang })}</p>
      <button type="button" onClick={onRetry}>
        {m.data_retry({}, { locale: lang })}
      </button>
    </div>
  );
}
