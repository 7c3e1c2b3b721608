import { memo, useState } from 'react';
import type { CrisisEvent } from '../../data/schema/events';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { setViewState } from '../../state/urlStore';

/** The window's events as a list of buttons: the timeline chart's text alternative and keyboard path. */
export const EventList = memo(function EventList({ events, selected }: { events: readonly CrisisEvent[]; selected: string | null }) {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  // Items are built only while the list is open: every move of the window would otherwise rebuild them unseen.
  const [open, setOpen] = useState(false);
  return (
    <details className="event-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('timeline.listSummary', { count: events.length })}</summary>
      <ol>
        {(open ? events : []).map((e) => (
          <li key={e.id}>
            <button type="button" className="link-button" aria-pressed={e.id === selected} onClick={() => setViewState({ event: e.id })}>
              {formatDate(e.date, lang, e.datePrecision)} · {t(`timeline.kind.${e.kind}`)} · {text(e.title)}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
});
