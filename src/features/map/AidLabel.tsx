import type { LatLngTuple } from 'leaflet';

import { useLang, useT } from '../../i18n/useT';
import { formatDate, formatUsdMillions } from '../../lib/format';
import type { AidForMap } from './aidSelectors';
import { MapLabel } from './MapLabel';

// A constant: a new array on each render would move the label.
const LABEL_AT: LatLngTuple = [2.5, -73];

/** Colombia labelled with US aid for the selected fiscal year (measure named) and the payment-halt status. */
export function AidLabel({ aid }: { aid: AidForMap }) {
  const t = useT();
  const lang = useLang();
  const amount =
    aid.figure === null
      ? t('map.aid.noFigure', { year: String(aid.missingYear ?? '') })
      : t('map.aid.figure', {
          year: String(aid.figure.fiscalYear),
          amount: formatUsdMillions(aid.figure.amountUsdMillions, lang),
        });
  const status =
    aid.restoration !== null
      ? t('map.aid.restored', { date: formatDate(aid.restoration.date, lang) })
      : aid.halt !== null
        ? t('map.aid.halted', { date: formatDate(aid.halt.date, lang) })
        : null;
  return <MapLabel at={LABEL_AT} text={amount} detail={status} className="aid-label" placement="below" />;
}
