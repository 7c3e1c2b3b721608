import { useQueries } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { datasetNames } from '../data/schema/datasetNames';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { formatLongDate } from '../i18n/format';
import { interactiveViewUrl } from '../lib/viewUrl';
import { latestAsOf } from './DataAgeNotice';
import type { EmbedChart } from '../lib/embedCharts';

// The datasets the embedded view loaded: the credit's date is theirs, and it downloads nothing more.
const LOADED_DATASETS = datasetNames.map((name) => ({ ...datasetQuery(name), enabled: false }));

/** An embed's title at the top. */
export function EmbedTitle({ chart }: { chart: EmbedChart | null }) {
  const lang = useLang();
  return (
    <h1 className="embed-title">
      {chart === null ? m.app_title({}, { locale: lang }) : m.present_embed_chart({ chart }, { locale: lang })}
    </h1>
  );
}

/** An embed's credit: who made it, the data's date, and the way back to the full interactive view. */
export function EmbedCredit() {
  const lang = useLang();
  const results = useQueries({ queries: LOADED_DATASETS });
  const asOf = latestAsOf(results.map((r) => r.data?.asOf));
  const href = interactiveViewUrl(window.location.href);
  return (
    <footer className="embed-credit">
      <p>
        {asOf === null ? 'Sanctions Atlas' : m.embed_credit({ date: formatLongDate(asOf, lang) }, { locale: lang })}
        {' · '}
        {/* Same origin over the page's own scheme (https in production): opens outside the host page's frame. */}
        <a href={href} target="_blank" rel="noopener noreferrer">
          {m.embed_open_full({}, { locale: lang })}
          <span className="visually-hidden"> {m.embed_new_tab({}, { locale: lang })}</span>
        </a>
      </p>
    </footer>
  );
}
