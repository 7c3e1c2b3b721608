import type { LatLngTuple } from 'leaflet';

import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { formatDate, formatUsdMillions } from '../../i18n/format';
import type { AidForMap } from './aidSelectors';
import { MapLabel } from './MapLabel';
import { LABEL_PRIORITY } from './labelLayout';

// A constant: a new array on each render would move the label.
const LABEL_AT: LatLngTuple = [2.5, -73];

/** Colombia labelled with US aid for the selected fiscal year (measure named) and the payment-halt status. */
export function AidLabel({ aid }: { aid: AidForMap }) {
  const lang = useLang();
  const amount =
    aid.figure === null
      ? m.map_aid_no_figure({ year: String(aid.missingYear ?? '') }, { locale: lang })
      : m.map_aid_figure(
          {
            year: String(aid.figure.fiscalYear),
            amount: formatUsdMillions(aid.figure.amountUsdMillions, lang),
          },
          { locale: lang },
        );
  const status =
    aid.restoration !== null
      ? m.map_aid_restored({ date: formatDate(aid.restoration.date, lang) }, { locale: lang })
      : aid.halt !== null
        ? m.map_aid_halted({ date: formatDate(aid.halt.date, lang) }, { locale: lang })
        : null;
  return (
    <MapLabel
      at={LABEL_AT}
      text={amount}
      detail={status}
      className="aid-label"
      placement="below"
      priority={LABEL_PRIORITY.aid}
    />
  );
}
