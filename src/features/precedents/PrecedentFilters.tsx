import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import { SearchBox } from './SearchBox';
import type { ViewState } from '../../state/viewState';
import { AUTHORITY_TYPES, MULTILATERAL, PRECEDENT_SORTS, RELATIONS } from './urlFields';

const DECADES = [2000, 2010, 2020];

type Filters = Pick<ViewState, 'q' | 'authority' | 'relation' | 'multilateral' | 'decade' | 'sort'>;

/** Filters and sort for the list; each is a URL field, so a filtered list can be shared. */
export function PrecedentFilters(state: Filters) {
  const lang = useLang();
  const select = (key: 'authority' | 'relation' | 'multilateral', values: readonly string[]) => (
    <label className="inline-field">
      <span>{m.precedents_filter({ filter: key }, { locale: lang })}</span>
      <select
        value={state[key] ?? ''}
        onChange={(e) => setViewState({ [key]: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">{m.precedents_any({}, { locale: lang })}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {m.precedents_value({ value: v }, { locale: lang })}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="precedent-filters">
      <SearchBox q={state.q} />
      {select('authority', AUTHORITY_TYPES)}
      {select('relation', RELATIONS)}
      {select('multilateral', MULTILATERAL)}
      <label className="inline-field">
        <span>{m.precedents_filter({ filter: 'decade' }, { locale: lang })}</span>
        <select
          value={state.decade ?? ''}
          onChange={(e) => setViewState({ decade: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">{m.precedents_any({}, { locale: lang })}</option>
          {DECADES.map((d) => (
            <option key={d} value={d}>{`${d}s`}</option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{m.precedents_sort_label({}, { locale: lang })}</span>
        <select value={state.sort} onChange={(e) => setViewState({ sort: e.target.value as ViewState['sort'] })}>
          {PRECEDENT_SORTS.map((s) => (
            <option key={s} value={s}>
              {m.precedents_sort({ sort: s }, { locale: lang })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
