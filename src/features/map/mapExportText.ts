import { citedPublishers } from '../../data/citedPublishers';
import type { Source } from '../../data/schema/sources';
import type { Strike, StrikeGrade, StrikesDataset } from '../../data/schema/strikes';
import { gradeOrder } from '../../data/strikeGrades';
import { m } from '../../i18n/messages';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../lib/lang';
import type { ChartExportText, LegendItem } from '../../ui/ChartExportButtons';
import { LEADER_BINS, SEA_STYLE } from './mapStyle';
import type { MapLayer, SeaFilter } from './urlFields';

interface Filters {
  from: string | null;
  to: string | null;
  sea: SeaFilter | null;
  grades: readonly StrikeGrade[];
  layers: readonly MapLayer[];
}

/** The map's export: the filters by name, the legend of what is drawn, the sources of the strikes shown. */
export function mapExportText(
  strikes: StrikesDataset,
  shown: readonly Strike[],
  filters: Filters,
  sources: ReadonlyMap<string, Source>,
  lang: Lang,
): ChartExportText {
  const first = shown[0]?.date ?? filters.from;
  const last = shown.at(-1)?.date ?? filters.to;
  const grades = gradeOrder.filter((g) => filters.grades.includes(g));
  const subtitle = [
    first === null || last === null
      ? null
      : m.export_dates(
          { from: formatDate(filters.from ?? first, lang), to: formatDate(filters.to ?? last, lang) },
          { locale: lang },
        ),
    `${m.map_sea_label({}, { locale: lang })}: ${filters.sea === null ? m.map_sea_all({}, { locale: lang }) : m.map_sea({ sea: filters.sea }, { locale: lang })}`,
    `${m.map_grade_filter({}, { locale: lang })}: ${grades.map((g) => m.map_grade({ grade: g }, { locale: lang })).join(', ')}`,
    `${m.map_layers({}, { locale: lang })}: ${filters.layers.map((l) => m.map_layer({ layer: l }, { locale: lang })).join(', ')}`,
  ].filter((s) => s !== null);
  const legend: LegendItem[] = [];
  if (filters.layers.includes('strikes'))
    legend.push(
      { label: m.map_legend_caribbean({}, { locale: lang }), colour: SEA_STYLE.caribbean.color, dashed: true },
      { label: m.map_legend_pacific({}, { locale: lang }), colour: SEA_STYLE['eastern-pacific'].color, dashed: true },
    );
  if (filters.layers.includes('leaders'))
    legend.push(
      ...LEADER_BINS.map((b) => ({
        label: m.map_legend_leaders({ from: String(b.from), to: String(Math.min(b.to, 2025)) }, { locale: lang }),
        colour: b.fill,
      })),
    );
  legend.push({ label: m.map_legend_colombia({}, { locale: lang }), colour: '#e69f00', dashed: true });
  return {
    subtitle: [subtitle.join(' · '), m.map_legend_approximate({}, { locale: lang })],
    legend,
    publishers: citedPublishers(shown, sources),
    asOf: strikes.asOf,
  };
}
