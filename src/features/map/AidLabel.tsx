import { CircleMarker, Tooltip } from 'react-leaflet';
import { useLang, useT } from '../../i18n/useT';
import { formatDate, formatUsdMillions } from '../../lib/format';
import type { AidForMap } from './aidSelectors';

/** Colombia labelled with US aid for the selected fiscal year (measure named) and the payment-halt status. */
export function AidLabel({ aid }: { aid: AidForMap }) {
  const t = useT();
  const lang = useLang();
  const amount =
    aid.figure === null
      ? t('map.aid.noFigure', { year: String(aid.missingYear ?? '') })
      : t('map.aid.figure', { year: String(aid.figure.fiscalYear), amount: formatUsdMillions(aid.figure.amountUsdMillions, lang) });
  const status =
    aid.restoration !== null
      ? t('map.aid.restored', { date: formatDate(aid.restoration.date, lang) })
      : aid.halt !== null
        ? t('map.aid.halted', { date: formatDate(aid.halt.date, lang) })
        : null;
  return (
    <CircleMarker center={[2.5, -73]} radius={0} pathOptions={{ opacity: 0, fillOpacity: 0 }}>
      <Tooltip direction="bottom" permanent className="aid-label">
        <strong>{amount}</strong>
        {status === null ? null : <span className="aid-label__status">{status}</span>}
      </Tooltip>
    </CircleMarker>
  );
}
