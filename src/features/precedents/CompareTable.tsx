import { memo } from 'react';
import type { PrecedentCase } from '../../data/schema/precedents';
import type { Source } from '../../data/schema/sources';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { ConflictList } from './ConflictList';
import { DIMENSIONS } from './dimensions';
import { SourceLinks } from '../../ui/SourceLinks';

interface Props {
  reference: PrecedentCase;
  compared: readonly PrecedentCase[];
  sources: Map<string, Source>;
  asOf: string;
}

/** Petro beside up to three precedents, dimension by dimension; cells that differ from Petro are marked. */
export const CompareTable = memo(function CompareTable({ reference, compared, sources, asOf }: Props) {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  const columns = [reference, ...compared];
  const ctx = { t, lang, asOf };
  return (
    <div className="table-scroll">
      <table className="compare-table">
        <caption>{t('precedents.compareCaption')}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={c.id} scope="col">
                {c.leader}
                <span className="muted"> · {text(c.country)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((d) => {
            const base = d.value(reference, ctx);
            return (
              <tr key={d.key}>
                <th scope="row">{t(d.key)}</th>
                {columns.map((c) => {
                  const value = d.value(c, ctx);
                  const differs = c !== reference && value !== base;
                  return (
                    <td key={c.id} className={differs ? 'differs' : undefined}>
                      {differs ? <span className="differs-mark" aria-hidden="true">≠ </span> : null}
                      {value}
                      {differs ? <span className="visually-hidden"> ({t('precedents.differs')})</span> : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {/* A case's sources back every row of its column: named once, under it, not repeated in each cell. */}
          <tr className="compare-table__sources">
            <th scope="row">{t('precedents.sources')}</th>
            {columns.map((c) => (
              <td key={c.id}>
                <SourceLinks ids={c.sourceIds} sources={sources} limit={3} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <ConflictList cases={columns} sources={sources} />
    </div>
  );
});
