import { useT } from '../i18n/useT';

interface Props {
  /** The dataset's name, in the reader's language. */
  dataset: string;
  /** Why it failed, in the reader's language. */
  detail: string;
  onRetry: () => void;
}

export function DatasetErrorMessage({ dataset, detail, onRetry }: Props) {
  const t = useT();
  return (
    <div className="dataset-error" role="alert">
      <p>
        <strong>{t('data.error.title', { dataset })}</strong> {detail}
      </p>
      <p className="muted">{t('data.otherViews')}</p>
      <button type="button" onClick={onRetry}>
        {t('data.retry')}
      </button>
    </div>
  );
}
