import { useRef } from 'react';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import { fromDay, toDay, type Extent } from './timelineSelectors';

interface Props {
  extent: Extent;
  window: { from: string; to: string };
  playing: boolean;
  onPlay: () => void;
}

/** The window by keyboard (two sliders: arrows move a day, Page Up/Down more, Home/End to the ends) or typed dates. */
export function WindowControls({ extent, window, playing, onPlay }: Props) {
  const lang = useLang();
  const min = toDay(extent.first);
  const max = toDay(extent.last);
  const lastWrite = useRef(0);
  // A drag is one step in history: the first change after a pause pushes, the rest of the drag replaces.
  const set = (from: string, to: string) => {
    const now = Date.now();
    const mode = now - lastWrite.current > 800 ? 'push' : 'replace';
    lastWrite.current = now;
    setViewState({ from: from === extent.first ? null : from, to: to === extent.last ? null : to }, mode);
  };
  return (
    <div className="window-controls">
      <button type="button" aria-pressed={playing} onClick={onPlay}>
        {playing ? m.timeline_pause({}, { locale: lang }) : m.timeline_play({}, { locale: lang })}
      </button>
      <label className="inline-field">
        <span>{m.timeline_from({}, { locale: lang })}</span>
        <input
          type="date"
          min={extent.first}
          max={extent.last}
          value={window.from}
          onChange={(e) =>
            e.target.value !== '' && set(e.target.value < window.to ? e.target.value : window.to, window.to)
          }
        />
      </label>
      <label className="inline-field">
        <span>{m.timeline_to({}, { locale: lang })}</span>
        <input
          type="date"
          min={extent.first}
          max={extent.last}
          value={window.to}
          onChange={(e) =>
            e.target.value !== '' && set(window.from, e.target.value > window.from ? e.target.value : window.from)
          }
        />
      </label>
      <div className="window-sliders">
        <label>
          <span className="visually-hidden">{m.timeline_from_slider({}, { locale: lang })}</span>
          <input
            type="range"
            min={min}
            max={max}
            value={toDay(window.from)}
            aria-valuetext={window.from}
            onChange={(e) => set(fromDay(Math.min(Number(e.target.value), toDay(window.to))), window.to)}
          />
        </label>
        <label>
          <span className="visually-hidden">{m.timeline_to_slider({}, { locale: lang })}</span>
          <input
            type="range"
            min={min}
            max={max}
            value={toDay(window.to)}
            aria-valuetext={window.to}
            onChange={(e) => set(window.from, fromDay(Math.max(Number(e.target.value), toDay(window.from))))}
          />
        </label>
      </div>
    </div>
  );
}
