import type { AidMarker } from '../../data/schema/aid';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatDate } from '../../i18n/format';
import { SourceLinks } from '../../ui/SourceLinks';
import { fiscalYearOf } from './aidSelectors';

/** The turning points drawn as dashed lines on the chart, in words, each with its sources. */
export function AidAnnotations({ markers, sources }: { markers: readonly AidMarker[]; sources: Map<string, Source> }) {
  const lang = useLang();
  const text = useLocalized();
  return (
    <details className="aid-annotations">
      <summary>{m.aid_annotations({}, { locale: lang })}</summary>
      <ol>
        {markers.map((marker) => (
          <li key={marker.id}>
            <time dateTime={marker.date}>{formatDate(marker.date, lang, marker.datePrecision)}</time> (
            {m.aid_fiscal_year_short({ year: String(fiscalYearOf(marker.date)) }, { locale: lang })}) —{' '}
            <strong>{text(marker.title)}</strong>. {text(marker.summary)}{' '}
            <SourceLinks ids={marker.sourceIds} sources={sources} />
          </li>
        ))}
      </ol>
    </details>
  );
}
