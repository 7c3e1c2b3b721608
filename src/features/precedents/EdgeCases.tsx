import type { EdgeCase } from '../../data/schema/precedents';
import type { Source } from '../../data/schema/sources';
import { useLocalized, useT } from '../../i18n/useT';
import { SourceLinks } from '../../ui/SourceLinks';

/** Cases a reader might expect in the list, and why each does not count as a sitting leader designated. */
export function EdgeCases({ cases, sources }: { cases: readonly EdgeCase[]; sources: Map<string, Source> }) {
  const t = useT();
  const text = useLocalized();
  return (
    <details className="edge-cases">
      <summary>{t('precedents.edgeTitle', { count: cases.length })}</summary>
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            <strong>
              {text(c.country)} — {c.leader}.
            </strong>{' '}
            {text(c.summary)}{' '}
            <em>
              {t('precedents.whyNot')}: {text(c.reason)}
            </em>{' '}
            <SourceLinks ids={c.sourceIds} sources={sources} limit={2} />
          </li>
        ))}
      </ul>
    </details>
  );
}
