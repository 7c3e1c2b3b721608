import { m } from '../../i18n/messages';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../lib/lang';
import type { CorrectionRow } from './citations';

export function CorrectionsList({ corrections, lang }: { corrections: readonly CorrectionRow[]; lang: Lang }) {
  if (corrections.length === 0) return <p>{m.corrections_empty({}, { locale: lang })}</p>;
  return (
    <ol className="corrections-list">
      {corrections.map((c) => (
        <li key={`${c.dataset}-${c.id}`}>
          <div>
            <time dateTime={c.date}>{formatDate(c.date, lang)}</time> ·{' '}
            {m.dataset_name({ dataset: c.dataset }, { locale: lang })}
            {c.recordId === null ? '' : ` › ${c.recordId}`}
            {c.field === null ? '' : ` › ${c.field}`}
          </div>
          <p>{c.reason[lang]}</p>
          {c.before === null && c.after === null ? null : (
            <dl className="before-after">
              <dt>{m.corrections_before({}, { locale: lang })}</dt>
              <dd>{c.before ?? '—'}</dd>
              <dt>{m.corrections_after({}, { locale: lang })}</dt>
              <dd>{c.after ?? '—'}</dd>
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
