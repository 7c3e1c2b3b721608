import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { DatasetGate } from '../../data/DatasetGate';
import type { AllDatasets } from '../../data/schema/registry';
import { formatDate } from '../../i18n/format';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { useViewStateFields } from '../../state/useViewStateFields';
import { bringAnimatedViewIntoSight } from './animatedViews';
import { stopPlayback } from './playback';
import { effectiveWindow, eventExtent, eventsInWindow } from './timelineSelectors';
import { usePlayback } from './usePlayback';
import { useThrottledText } from './useThrottledText';
import { WindowControls } from './WindowControls';
import './windowBar.css';

const WINDOW_FIELDS = ['from', 'to'] as const;

/**
 * THE time-window control (issue 16): the window filters every view, so its bar stays in reach at the top of the
 * page while any view is read. On a phone it folds to Play and the dates; the date fields open on request.
 */
export default function WindowBar() {
  const lang = useLang();
  const bar = useRef<HTMLElement>(null);
  return (
    <section ref={bar} className="window-bar" aria-label={m.timeline_window_bar({}, { locale: lang })}>
      <DatasetGate datasets={['events']}>{(d) => <WindowBarBody events={d.events} bar={bar} />}</DatasetGate>
    </section>
  );
}

interface Props {
  events: AllDatasets['events'];
  bar: RefObject<HTMLElement | null>;
}

function WindowBarBody({ events, bar }: Props) {
  const lang = useLang();
  const fieldsId = useId();
  const { from, to } = useViewStateFields(WINDOW_FIELDS);
  const extent = eventExtent(events.records);
  const shown = effectiveWindow(from, to, extent);
  const { playing, toggle } = usePlayback(extent);
  const [open, setOpen] = useState(false);
  // Nothing left playing without its Pause button (presenter mode and embeds hide the bar).
  useEffect(() => stopPlayback, []);

  const fromText = formatDate(shown.from, lang);
  const toText = formatDate(shown.to, lang);
  const count = eventsInWindow(events.records, shown.from, shown.to).length;
  const announced = useThrottledText(
    m.timeline_window_now({ count, from: fromText, to: toText }, { locale: lang }),
    2000,
  );

  const play = () => {
    if (!playing) {
      // A phone's open date fields fold away: the views playing need the room.
      setOpen(false);
      bringAnimatedViewIntoSight(bar.current);
    }
    toggle();
  };

  return (
    <>
      <button type="button" className="window-bar__play" onClick={play}>
        <span aria-hidden="true" className="window-bar__icon">
          {playing ? '❚❚' : '▶'}
        </span>
        <span className="window-bar__play-text">
          {playing ? m.timeline_pause({}, { locale: lang }) : m.timeline_play({}, { locale: lang })}
        </span>
      </button>
      <button
        type="button"
        className="window-bar__toggle"
        aria-expanded={open}
        aria-controls={fieldsId}
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">{m.timeline_window_dates({}, { locale: lang })} </span>
        <span className="window-bar__range">
          {m.timeline_window_range({ from: fromText, to: toText }, { locale: lang })}
        </span>
        <span aria-hidden="true" className="window-bar__chevron">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={fieldsId} className="window-bar__fields" data-open={open ? '' : undefined}>
        <WindowControls extent={extent} shown={shown} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
