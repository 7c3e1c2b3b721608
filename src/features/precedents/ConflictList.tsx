import type { PrecedentCase } from '../../data/schema/precedents';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { Disclosure } from '../../ui/Disclosure';
import { SourceLinks } from '../../ui/SourceLinks';

/**
 * Where sources disagree about a compared case, every value is shown with its own sources. Items are keyed by
 * position, like the table's columns, so a new compared set rewrites them in place.
 */
export function ConflictList({ cases, sources }: { cases: readonly PrecedentCase[]; sources: Map<string, Source> }) {
  const lang = useLang();
  const text = useLocalized();
  const rows = cases.flatMap((c) => (c.conflicts ?? []).map((k) => ({ c, k })));
  if (rows.length === 0) return null;
  return (
    <Disclosure className="conflicts" summary={m.precedents_conflicts({ count: rows.length }, { locale: lang })}>
      {() => (
        <ul>
          {rows.map(({ c, k }, i) => (
            <li key={i}>
              <strong>
                {c.leader}, {k.field}:
              </strong>{' '}
              {k.note === undefined ? null : `${text(k.note)} `}
              {k.values.map((v, j) => (
                <span key={j} className="conflict-value">
                  “{String(v.value)}” (<SourceLinks ids={v.sourceIds} sources={sources} limit={2} />)
                  {j < k.values.length - 1 ? '; ' : ''}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Disclosure>
  );
}
