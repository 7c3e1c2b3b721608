import { citedPublishers } from '../../data/citedPublishers';
import type { AllDatasets } from '../../data/schema/registry';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../lib/lang';
import type { ChartExportText } from '../../ui/ChartExportButtons';
import { KIND_COLOUR } from './kindStyle';
import { KINDS } from './timelineSelectors';

/** The timeline's export: the window by date, the kinds of event as the legend, the sources of every event drawn. */
export function timelineExportText(
  events: AllDatasets['events'],
  window: { from: string; to: string },
  shownCount: number,
  sources: ReadonlyMap<string, Source>,
  lang: Lang,
): ChartExportText {
  return {
    subtitle: [
      m.timeline_window_summary(
        { count: shownCount, from: formatDate(window.from, lang), to: formatDate(window.to, lang) },
        { locale: lang },
      ),
    ],
    legend: KINDS.map((kind) => ({ label: m.timeline_kind({ kind }, { locale: lang }), colour: KIND_COLOUR[kind] })),
    publishers: citedPublishers(events.records, sources),
    asOf: events.asOf,
  };
}
