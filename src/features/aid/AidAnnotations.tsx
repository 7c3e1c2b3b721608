import type { AidMarker } from '../../data/schema/aid';
import type { Source } from '../../data/schema/sources';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { ExternalLink } from '../../ui/ExternalLink';
import { fiscalYearOf } from './aidSelectors';

/** The turning points drawn as dashed lines on the chart, in words, each with its sources. */
export function AidAnnotations({ markers, sources }: { markers: readonly AidMarker[]; sources: readonly Source[] }) {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  return (
    <details className="aid-annotations">
      <summary>{t('aid.annotations')}</summary>
      <ol>
        {markers.map((m) => (
          <li key={m.id}>
            <time dateTime={m.date}>{formatDate(m.date, lang, m.datePrecision)}</time> (FY{fiscalYearOf(m.date)}) — <strong>{text(m.title)}</strong>. {text(m.summary)}{' '}
            <span className="source-links-inline">
              {m.sourceIds.map((id) => {
                const s = sources.find((x) => x.id === id);
                return s === undefined ? null : (
                  <ExternalLink key={id} href={s.url}>
                    {s.publisher}
                  </ExternalLink>
                );
              })}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
