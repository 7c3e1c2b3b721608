import { useChangelog } from '../../data/queries';
import { m } from '../../i18n/messages';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../lib/lang';

/** The data changelog (data/changelog.json), newest first: when, what changed, and how many records it touched. */
export function ChangelogList({ lang }: { lang: Lang }) {
  const changelog = useChangelog();
  if (changelog.isError) return <p role="alert">{m.changelog_error({}, { locale: lang })}</p>;
  if (changelog.data === undefined) return <p role="status">{m.changelog_loading({}, { locale: lang })}</p>;
  // The file lists the oldest first (an append-only log); a reader wants the latest change first.
  const entries = [...changelog.data.entries].reverse();
  return (
    <>
      <p className="muted">{m.changelog_intro({}, { locale: lang })}</p>
      <ol className="changelog-list">
        {entries.map((e) => (
          <li key={e.id}>
            <div>
              <time dateTime={e.date}>{formatDate(e.date, lang)}</time> ·{' '}
              {e.records.length === 0
                ? m.changelog_every_record({}, { locale: lang })
                : m.changelog_records({ count: e.records.length }, { locale: lang })}
            </div>
            <p>{e.summary[lang]}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
