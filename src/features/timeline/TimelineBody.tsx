import { useSourceIndex } from '../../ui/useSourceIndex';
import { ChartExportButtons } from '../../ui/ChartExportButtons';
import { type KeyboardEvent, lazy, Suspense } from 'react';
import type { AllDatasets } from '../../data/schema/registry';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { formatDate } from '../../i18n/format';
import { setViewState } from '../../state/urlStore';
import { useViewStateFields } from '../../state/useViewStateFields';
import { EventList } from './EventList';
import { SanctionsRecords } from './SanctionsRecords';
import { TimelineChart } from './TimelineChart';
import { TimelineDownload } from './TimelineDownload';
import { effectiveWindow, eventExtent, eventsInWindow, fromDay, toDay } from './timelineSelectors';
import { usePlayback } from './usePlayback';

type Props = Pick<AllDatasets, 'events' | 'sources' | 'precedents'>;

// The fields this view shows: a change of any other leaves it as it is.
const TIMELINE_BODY_FIELDS = ['from', 'to', 'event', 'sanction', 'precedent'] as const;

// The export's words (window, counts, every cited publisher) load and are worked out when a reader saves an image.
const loadTimelineExportText = () => import('./timelineExportText');
// An event's details show only once the reader picks one: a chunk of its own, as the map's strike panel.
const EventDetails = lazy(() => import('./EventDetails').then((mod) => ({ default: mod.EventDetails })));

export function TimelineBody({ events, sources, precedents }: Props) {
  const lang = useLang();
  const state = useViewStateFields(TIMELINE_BODY_FIELDS);
  const extent = eventExtent(events.records);
  const timeWindow = effectiveWindow(state.from, state.to, extent);
  // The window bar (WindowBar.tsx) has the Play button; Space on the chart drives the same playback.
  const { toggle } = usePlayback(extent);
  const sourceIndex = useSourceIndex(sources.records);
  const shown = eventsInWindow(events.records, timeWindow.from, timeWindow.to);
  const selected = events.records.find((e) => e.id === state.event);
  const precedent = precedents.cases.find((c) => c.id === state.precedent);
  const precedentInRange =
    precedent !== undefined && precedent.designationDate >= extent.first && precedent.designationDate <= extent.last;

  // Keyboard on the chart: Space plays or pauses, arrows move the window a week, Home/End jump to the ends.
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const span = toDay(timeWindow.to) - toDay(timeWindow.from);
    const shift = (days: number) => {
      const start = Math.min(Math.max(toDay(timeWindow.from) + days, toDay(extent.first)), toDay(extent.last) - span);
      const from = fromDay(start);
      const to = fromDay(start + span);
      setViewState({ from: from === extent.first ? null : from, to: to === extent.last ? null : to });
    };
    if (e.key === ' ') toggle();
    else if (e.key === 'ArrowRight') shift(7);
    else if (e.key === 'ArrowLeft') shift(-7);
    else if (e.key === 'Home') shift(-100000);
    else if (e.key === 'End') shift(100000);
    else return;
    e.preventDefault();
  };

  return (
    <div className="timeline-view">
      {timeWindow.clamped ? (
        <p role="status" className="notice-inline">
          {m.timeline_clamped(
            { first: formatDate(extent.first, lang), last: formatDate(extent.last, lang) },
            { locale: lang },
          )}
        </p>
      ) : null}
      <div
        className="timeline-chart-wrap"
        tabIndex={0}
        onKeyDown={onKey}
        aria-label={m.timeline_keyboard_help({}, { locale: lang })}
        role="group"
        data-chart="timeline"
      >
        <TimelineChart
          events={events.records}
          extent={extent}
          from={timeWindow.from}
          to={timeWindow.to}
          selected={state.event}
          precedentDate={precedentInRange ? precedent.designationDate : null}
        />
      </div>
      <ChartExportButtons
        chart="timeline"
        fileName="us-colombia-crisis-timeline"
        title={m.timeline_export_title({}, { locale: lang })}
        text={() =>
          loadTimelineExportText().then(({ timelineExportText }) =>
            timelineExportText(events, timeWindow, shown.length, sourceIndex, lang),
          )
        }
      />
      {precedent !== undefined && !precedentInRange ? (
        <p className="muted">
          {m.timeline_precedent_outside(
            {
              leader: precedent.leader,
              date: formatDate(precedent.designationDate, lang),
            },
            { locale: lang },
          )}
        </p>
      ) : null}
      {/* Not a live region: the window bar announces the window as it moves. */}
      <p className="muted">
        {m.timeline_window_summary(
          {
            count: shown.length,
            from: formatDate(timeWindow.from, lang),
            to: formatDate(timeWindow.to, lang),
          },
          { locale: lang },
        )}
      </p>
      {selected === undefined ? null : (
        <Suspense fallback={<p className="loading">…</p>}>
          <EventDetails event={selected} sources={sourceIndex} />
        </Suspense>
      )}
      {state.event !== null && selected === undefined ? (
        <p role="status" className="notice-inline">
          {m.timeline_unknown_event({ id: state.event }, { locale: lang })}
        </p>
      ) : null}
      <EventList events={shown} selected={state.event} />
      <SanctionsRecords selected={state.sanction} sources={sourceIndex} />
      <TimelineDownload
        events={shown}
        window={state.from === null && state.to === null ? null : timeWindow}
        asOf={events.asOf}
      />
    </div>
  );
}
