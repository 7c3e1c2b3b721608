import { useState } from 'react';
import type { Strike, StrikeArea } from '../../data/schema/strikes';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { setViewState } from '../../state/urlStore';
import { sortStrikes, type StrikeSortKey, type StrikeTally } from './strikeSelectors';
import { Disclosure } from '../../ui/Disclosure';
import { NOT_REPORTED_AREA } from './ZoneList';

const PAGE = 200;

/** The map's text alternative: the same strikes, same filter, sortable, each row leading to its zone. */
export function StrikesTable({
  strikes,
  total,
  areas,
}: {
  strikes: readonly Strike[];
  total: StrikeTally;
  areas: readonly StrikeArea[];
}) {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  const [sort, setSort] = useState<{ key: StrikeSortKey; desc: boolean }>({ key: 'date', desc: true });
  const [limit, setLimit] = useState(PAGE);
  const areaName = (id: string | null) => {
    const a = areas.find((x) => x.id === id);
    return a === undefined ? t('map.notReported') : text(a.name);
  };
  const header = (key: StrikeSortKey) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key !== 'sea' })}
      >
        {t(`map.col.${key}`)}
      </button>
    </th>
  );
  return (
    <Disclosure className="strikes-table" summary={t('map.tableSummary', { count: total.strikes })}>
      {() => (
        <>
          <div className="table-scroll">
            <table>
              <caption>
                {t('map.tableCaption', { strikes: total.strikes, boats: total.boats, killed: total.killed })}
              </caption>
              <thead>
                <tr>
                  {header('date')}
                  {header('sea')}
                  <th scope="col">{t('map.col.area')}</th>
                  {header('boats')}
                  {header('killed')}
                  <th scope="col">{t('map.col.survivors')}</th>
                  <th scope="col">{t('map.col.presumedDead')}</th>
                  <th scope="col">{t('map.col.claimant')}</th>
                  <th scope="col">{t('map.col.evidence')}</th>
                </tr>
              </thead>
              <tbody>
                {/* A page at a time: 10,000 strikes must not slow the table down. */}
                {sortStrikes(strikes, sort.key, sort.desc)
                  .slice(0, limit)
                  .map((s) => (
                    <tr key={s.id}>
                      <td>{formatDate(s.date, lang, s.datePrecision)}</td>
                      <td>{t(`map.sea.${s.sea}`)}</td>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setViewState({ area: s.areaId ?? NOT_REPORTED_AREA })}
                        >
                          {areaName(s.areaId)}
                        </button>
                      </td>
                      <td>{s.boats ?? '—'}</td>
                      <td>{s.killed ?? '—'}</td>
                      <td>{s.survivors ?? '—'}</td>
                      <td>{s.presumedDead ?? '—'}</td>
                      <td>{s.claimant.who}</td>
                      <td>{t(`map.evidence.${s.evidenceStatus}`)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          {strikes.length > limit ? (
            <button type="button" onClick={() => setLimit(strikes.length)}>
              {t('map.showAll', { count: strikes.length })}
            </button>
          ) : null}
        </>
      )}
    </Disclosure>
  );
}
