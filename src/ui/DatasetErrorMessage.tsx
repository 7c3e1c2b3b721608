import type { DatasetError } from '../data/datasetError';
import { formatProblem } from '../data/schema/problems';
import type { DatasetName } from '../data/schema/registry';
import { useT } from '../i18n/useT';

interface Props {
  name: DatasetName;
  error: DatasetError;
  onRetry: () => void;
}

export function DatasetErrorMessage({ name, error, onRetry }: Props) {
  const t = useT();
  // The loader's or a view's script that failed to download rejects with a plain Error, not a DatasetError:
  // to the reader that is a network failure like any other.
  const kind = 'kind' in error ? error.kind : 'network';
  const problems = 'problems' in error ? error.problems : [];
  const first = problems[0];
  const detail =
    kind === 'http'
      ? t('data.error.http', { status: error.status ?? '?' })
      : kind === 'invalid'
        ? t('data.error.invalid', { count: problems.length, first: first === undefined ? '' : formatProblem(first) })
        : t(`data.error.${kind}`);
  return (
    <div className="dataset-error" role="alert">
      <p>
        <strong>{t('data.error.title', { dataset: t(`dataset.${name}`) })}</strong> {detail}
      </p>
      <p className="muted">{t('data.otherViews')}</p>
      <button type="button" onClick={onRetry}>
        {t('data.retry')}
      </button>
    </div>
  );
}
