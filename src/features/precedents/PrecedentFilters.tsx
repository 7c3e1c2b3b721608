import { useT } from '../../i18n/useT';
import { setViewState } from '../../state/urlStore';
import { SearchBox } from './SearchBox';
import type { ViewState } from '../../state/viewState';
import { AUTHORITY_TYPES, MULTILATERAL, PRECEDENT_SORTS, RELATIONS } from './urlFields';

const DECADES = [2000, 2010, 2020];

type MessageKey = Parameters<ReturnType<typeof useT>>[0];

type Filters = Pick<ViewState, 'q' | 'authority' | 'relation' | 'multilateral' | 'decade' | 'sort'>;

/** Filters and sort for the list; each is a URL field, so a filtered list can be shared. */
export function PrecedentFilters(state: Filters) {
  const t = useT();
  const select = (key: 'authority' | 'relation' | 'multilateral', values: readonly string[]) => (
    <label className="inline-field">
      <span>{t(`precedents.filter.${key}`)}</span>
      <select
        value={state[key] ?? ''}
        onChange={(e) => setViewState({ [key]: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">{t('precedents.any')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`precedents.value.${v}` as MessageKey)}
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
        <span>{t('precedents.filter.decade')}</span>
        <select
          value={state.decade ?? ''}
          onChange={(e) => setViewState({ decade: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">{t('precedents.any')}</option>
          {DECADES.map((d) => (
            <option key={d} value={d}>{`${d}s`}</option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('precedents.sort')}</span>
        <select value={state.sort} onChange={(e) => setViewState({ sort: e.target.value as ViewState['sort'] })}>
          {PRECEDENT_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`precedents.sort.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
