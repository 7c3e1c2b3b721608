import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import type { Lang } from '../../lib/lang';
import type { CorrectionRow } from './citations';

export function CorrectionsList({ corrections, lang }: { corrections: readonly CorrectionRow[]; lang: Lang }) {
  const t = useT();
  if (corrections.length === 0) return <p>{t('corrections.empty')}</p>;
  return (
    <ol className="corrections-list">
      {corrections.map((c) => (
        <li key={`${c.dataset}-${c.id}`}>
          <div>
            <time dateTime={c.date}>{formatDate(c.date, lang)}</time> · {t(`dataset.${c.dataset}`)}
            {c.recordId === null ? '' : ` › ${c.recordId}`}
            {c.field === null ? '' : ` › ${c.field}`}
          </div>
          <p>{c.reason[lang]}</p>
          {c.before === null && c.after === null ? null : (
            <dl className="before-after">
              <dt>{t('corrections.before')}</dt>
              <dd>{c.before ?? '—'}</dd>
              <dt>{t('corrections.after')}</dt>
              <dd>{c.after ?? '—'}</dd>
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
