import type { CrisisEvent } from '../../data/schema/events';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatDate } from '../../i18n/format';
import { setViewState } from '../../state/urlStore';
import { Disclosure } from '../../ui/Disclosure';

/** The window's events as a list of buttons: the timeline chart's text alternative and keyboard path. */
export function EventList({ events, selected }: { events: readonly CrisisEvent[]; selected: string | null }) {
  const lang = useLang();
  const text = useLocalized();
  return (
    <Disclosure className="event-list" summary={m.timeline_list_summary({ count: events.length }, { locale: lang })}>
      {() => (
        <ol>
          {events.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="link-button"
                aria-pressed={e.id === selected}
                onClick={() => setViewState({ event: e.id })}
              >
                {formatDate(e.date, lang, e.datePrecision)} · {m.timeline_kind({ kind: e.kind }, { locale: lang })} ·{' '}
                {text(e.title)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </Disclosure>
  );
}
