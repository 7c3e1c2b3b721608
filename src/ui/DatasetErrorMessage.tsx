import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';

interface Props {
  /** The dataset's name, in the reader's language. */
  dataset: string;
  /** Why it failed, in the reader's language. */
  detail: string;
  onRetry: () => void;
}

export function DatasetErrorMessage({ dataset, detail, onRetry }: Props) {
  const lang = useLang();
  return (
    <div className="dataset-error" role="alert">
      <p>
        <strong>{m.data_error_title({ dataset }, { locale: lang })}</strong> {detail}
      </p>
      <p className="muted">{m.data_other_views({}, { locale: lang })}</p>
      <button type="button" onClick={onRetry}>
        {m.data_retry({}, { locale: lang })}
      </button>
    </div>
  );
}
