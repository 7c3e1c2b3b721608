import { type CSSProperties } from 'react';
import type { PrecedentCase } from '../../data/schema/precedents';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { ConflictList } from './ConflictList';
import { DIMENSIONS } from './dimensions';
import { SourceLinks } from '../../ui/SourceLinks';

interface Props {
  reference: PrecedentCase;
  compared: readonly PrecedentCase[];
  sources: Map<string, Source>;
  asOf: string;
}

/**
 * Petro beside up to three precedents, dimension by dimension; cells that differ from Petro are marked.
 * Columns are keyed by position, not by case: changing the compared set rewrites the text of the cells already
 * in the page instead of tearing columns down and building new ones (most of a filter change's DOM work).
 */
export function CompareTable({ reference, compared, sources, asOf }: Props) {
  const lang = useLang();
  const text = useLocalized();
  const columns = [reference, ...compared];
  const ctx = { lang, asOf };
  // The mark and its spoken label come from the stylesheet (precedents.css), so a cell is its text alone: a new
  // compared set then rewrites a few hundred text nodes rather than building and removing marks.
  const differsLabel = {
    '--differs-label': JSON.stringify(` (${m.precedents_differs({}, { locale: lang })})`),
  } as CSSProperties;
  return (
    <div className="table-scroll">
      <table className="compare-table" style={differsLabel}>
        <caption>{m.precedents_compare_caption({}, { locale: lang })}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((c, slot) => (
              <th key={slot} scope="col">
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
              <tr key={d.label('en')}>
                <th scope="row">{d.label(lang)}</th>
                {columns.map((c, slot) => {
                  const value = d.value(c, ctx);
                  return (
                    <td key={slot} className={c !== reference && value !== base ? 'differs' : undefined}>
                      {value}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {/* A case's sources back every row of its column: named once, under it, not repeated in each cell. */}
          <tr className="compare-table__sources">
            <th scope="row">{m.precedents_sources({}, { locale: lang })}</th>
            {columns.map((c, slot) => (
              <td key={slot}>
                <SourceLinks ids={c.sourceIds} sources={sources} limit={3} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <ConflictList cases={columns} sources={sources} />
    </div>
  );
}
