import type { EdgeCase } from '../../data/schema/precedents';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { SourceLinks } from '../../ui/SourceLinks';

/** Cases a reader might expect in the list, and why each does not count as a sitting leader designated. */
export function EdgeCases({ cases, sources }: { cases: readonly EdgeCase[]; sources: Map<string, Source> }) {
  const lang = useLang();
  const text = useLocalized();
  return (
    <details className="edge-cases">
      <summary>{m.precedents_edge_title({ count: cases.length }, { locale: lang })}</summary>
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            <strong>
              {text(c.country)} — {c.leader}.
            </strong>{' '}
            {text(c.summary)}{' '}
            <em>
              {m.precedents_why_not({}, { locale: lang })}: {text(c.reason)}
            </em>{' '}
            <SourceLinks ids={c.sourceIds} sources={sources} limit={2} />
          </li>
        ))}
      </ul>
    </details>
  );
}
