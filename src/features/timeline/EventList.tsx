import type { CrisisEvent } from '../../data/schema/events';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { setViewState } from '../../state/urlStore';
import { Disclosure } from '../../ui/Disclosure';

/** The window's events as a list of buttons: the timeline chart's text alternative and keyboard path. */
export function EventList({ events, selected }: { events: readonly CrisisEvent[]; selected: string | null }) {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  return (
    <Disclosure className="event-list" summary={t('timeline.listSummary', { count: events.length })}>
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
                {formatDate(e.date, lang, e.datePrecision)} · {t(`timeline.kind.${e.kind}`)} · {text(e.title)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </Disclosure>
  );
}
