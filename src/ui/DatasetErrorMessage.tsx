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
  const first = error.problems[0];
  const detail =
    error.kind === 'http'
      ? t('data.error.http', { status: error.status ?? '?' })
      : error.kind === 'invalid'
        ? t('data.error.invalid', { count: error.problems.length, first: first === undefined ? '' : formatProblem(first) })
        : t(`data.error.${error.kind}`);
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
