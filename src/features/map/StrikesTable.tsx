import { useState } from 'react';
import type { Strike, StrikeArea } from '../../data/schema/strikes';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatDate } from '../../i18n/format';
import { recordLink } from '../../state/recordLink';
import { setViewState } from '../../state/urlStore';
import { sortStrikes, type StrikeSortKey, type StrikeTally } from './strikeSelectors';
import { Disclosure } from '../../ui/Disclosure';
import { NOT_REPORTED_AREA } from './ZoneList';
import { GradeBadge } from './GradeBadge';

const PAGE = 200;

/** The map's text alternative: the same strikes, same filter, sortable, each row leading to its strike and zone. */
export function StrikesTable({
  strikes,
  total,
  areas,
}: {
  strikes: readonly Strike[];
  total: StrikeTally;
  areas: readonly StrikeArea[];
}) {
  const lang = useLang();
  const text = useLocalized();
  const [sort, setSort] = useState<{ key: StrikeSortKey; desc: boolean }>({ key: 'date', desc: true });
  const [limit, setLimit] = useState(PAGE);
  const areaName = (id: string | null) => {
    const a = areas.find((x) => x.id === id);
    return a === undefined ? m.map_not_reported({}, { locale: lang }) : text(a.name);
  };
  const header = (key: StrikeSortKey) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key !== 'sea' })}
      >
        {m.map_column({ column: key }, { locale: lang })}
      </button>
    </th>
  );
  return (
    <Disclosure className="strikes-table" summary={m.map_table_summary({ count: total.strikes }, { locale: lang })}>
      {() => (
        <>
          <div className="table-scroll">
            <table>
              <caption>
                {m.map_table_caption(
                  { strikes: total.strikes, boats: total.boats, killed: total.killed },
                  { locale: lang },
                )}
              </caption>
              <thead>
                <tr>
                  {header('date')}
                  {header('sea')}
                  <th scope="col">{m.map_column({ column: 'area' }, { locale: lang })}</th>
                  {header('boats')}
                  {header('killed')}
                  <th scope="col">{m.map_column({ column: 'survivors' }, { locale: lang })}</th>
                  <th scope="col">{m.map_column({ column: 'presumedDead' }, { locale: lang })}</th>
                  <th scope="col">{m.map_column({ column: 'claimant' }, { locale: lang })}</th>
                  <th scope="col">{m.map_column({ column: 'evidence' }, { locale: lang })}</th>
                  <th scope="col">{m.map_column({ column: 'grade' }, { locale: lang })}</th>
                </tr>
              </thead>
              <tbody>
                {/* A page at a time: 10,000 strikes must not slow the table down. */}
                {sortStrikes(strikes, sort.key, sort.desc)
                  .slice(0, limit)
                  .map((s) => (
                    <tr key={s.id}>
                      <td>
                        {/* A real link (open in a new tab, copy): a click opens the strike in this view. */}
                        <a
                          href={recordLink({ strike: s.id })}
                          onClick={(e) => {
                            if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                            e.preventDefault();
                            setViewState({ strike: s.id });
                          }}
                        >
                          {formatDate(s.date, lang, s.datePrecision)}
                        </a>
                      </td>
                      <td>{m.map_sea({ sea: s.sea }, { locale: lang })}</td>
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
                      <td>{m.map_evidence({ status: s.evidenceStatus }, { locale: lang })}</td>
                      <td>
                        <GradeBadge grade={s.grade} />
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          {strikes.length > limit ? (
            <button type="button" onClick={() => setLimit(strikes.length)}>
              {m.map_show_all({ count: strikes.length }, { locale: lang })}
            </button>
          ) : null}
        </>
      )}
    </Disclosure>
  );
}
