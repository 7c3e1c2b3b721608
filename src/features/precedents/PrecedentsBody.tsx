import type { AllDatasets } from '../../data/schema/registry';
import { m } from '../../i18n/messages';
import { countryName } from '../../lib/countryNames';
import { useLang, useLocalized } from '../../i18n/useLang';
import { useViewStateFields } from '../../state/useViewStateFields';
import { setViewState } from '../../state/urlStore';
import { CompareTable } from './CompareTable';
import { EdgeCases } from './EdgeCases';
import { OutcomesChart } from './OutcomesChart';
import { PrecedentFilters } from './PrecedentFilters';
import { PrecedentList } from './PrecedentList';
import { PrecedentsDownload } from './PrecedentsDownload';
import { comparedCases, filterCases, sortCases, toggleCompared } from './precedentSelectors';
import { useSourceIndex } from '../../ui/useSourceIndex';
import { ChartExportButtons } from '../../ui/ChartExportButtons';
import { citedPublishers } from '../../data/citedPublishers';
import { formatDate } from '../../i18n/format';

// The fields this view shows: a change of any other leaves it as it is.
const PRECEDENTS_BODY_FIELDS = [
  'compare',
  'country',
  'precedent',
  'q',
  'authority',
  'relation',
  'multilateral',
  'decade',
  'sort',
] as const;

export function PrecedentsBody({ precedents, sources }: Pick<AllDatasets, 'precedents' | 'sources'>) {
  const lang = useLang();
  const text = useLocalized();
  const state = useViewStateFields(PRECEDENTS_BODY_FIELDS);
  const sourceIndex = useSourceIndex(sources.records);
  const reference = precedents.cases.find((c) => c.role === 'reference');
  const { chosen, unknown } = comparedCases(precedents.cases, state.compare);
  // Reads the compared set from the URL when clicked, so it stays the same function as the set changes.
  const toggleCompare = (id: string) =>
    setViewState((s) => ({ compare: toggleCompared(comparedCases(precedents.cases, s.compare).chosen, id) }));
  const { q, authority, relation, multilateral, decade, country, sort } = state;
  const ordered = sortCases(precedents.cases, sort, precedents.asOf, lang);
  const shown = new Set(
    filterCases(precedents.cases, { q, authority, relation, multilateral, decade, country, sort }).map((c) => c.id),
  );
  const caseCountry = precedents.cases.find((c) => c.countryIso3 === state.country)?.country;
  // A country with no precedent (picked on the map) is still named, never shown as its code (issue 16).
  const countryLabel =
    state.country === null ? null : caseCountry === undefined ? countryName(state.country, lang) : text(caseCountry);
  return (
    <div className="precedents-view">
      <p>{m.precedents_intro({ count: precedents.cases.length }, { locale: lang })}</p>
      <h3>{m.precedents_compare_title({}, { locale: lang })}</h3>
      {unknown.length === 0 ? null : (
        <p role="status" className="notice-inline">
          {m.precedents_unknown_ids({ ids: unknown.join(', ') }, { locale: lang })}
        </p>
      )}
      {reference === undefined ? (
        <p role="status">{m.precedents_no_reference({}, { locale: lang })}</p>
      ) : (
        <CompareTable reference={reference} compared={chosen} sources={sourceIndex} asOf={precedents.asOf} />
      )}
      <p className="muted">{m.precedents_compare_help({}, { locale: lang })}</p>
      <h3>{m.precedents_list_title({ shown: shown.size, total: precedents.cases.length }, { locale: lang })}</h3>
      <PrecedentFilters
        q={q}
        authority={authority}
        relation={relation}
        multilateral={multilateral}
        decade={decade}
        sort={sort}
      />
      {state.country === null ? null : (
        <p role="status" className="notice-inline">
          {m.precedents_country_filter({ country: countryLabel ?? '' }, { locale: lang })}{' '}
          <button type="button" onClick={() => setViewState({ country: null, precedent: null })}>
            {m.precedents_clear_country({}, { locale: lang })}
          </button>
        </p>
      )}
      {state.precedent !== null && !precedents.cases.some((c) => c.id === state.precedent) ? (
        <p role="status" className="notice-inline">
          {m.precedents_unknown_precedent({ id: state.precedent }, { locale: lang })}
        </p>
      ) : null}
      {shown.size === 0 ? <p role="status">{m.precedents_no_match({}, { locale: lang })}</p> : null}
      <PrecedentList
        cases={ordered}
        shown={shown}
        allCases={precedents.cases}
        selected={state.precedent}
        sources={sourceIndex}
        onToggleCompare={toggleCompare}
      />
      <PrecedentsDownload
        cases={ordered.filter((c) => shown.has(c.id))}
        filters={{ q, authority, relation, multilateral, decade, country, sort }}
        countryName={countryLabel}
        sources={sourceIndex}
        asOf={precedents.asOf}
      />
      <OutcomesChart cases={precedents.cases} asOf={precedents.asOf} />
      <ChartExportButtons
        chart="outcomes"
        fileName="sanctioned-leaders-time-in-office"
        title={m.precedents_outcomes_title({}, { locale: lang })}
        text={() => ({
          subtitle: [m.precedents_outcomes_note({ asOf: formatDate(precedents.asOf, lang) }, { locale: lang })],
          legend: [
            { label: m.precedents_outcomes_legend_ended({}, { locale: lang }), colour: '#0072b2' },
            {
              label: m.precedents_outcomes_legend_ongoing(
                { asOf: formatDate(precedents.asOf, lang) },
                { locale: lang },
              ),
              colour: '#56b4e9',
              dashed: true,
            },
          ],
          publishers: citedPublishers(precedents.cases, sourceIndex),
          asOf: precedents.asOf,
        })}
      />
      <EdgeCases cases={precedents.edgeCases} sources={sourceIndex} />
    </div>
  );
}
