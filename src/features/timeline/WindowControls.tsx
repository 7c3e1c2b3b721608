import { useId, useRef, useState } from 'react';
import { formatDate } from '../../i18n/format';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import type { Lang } from '../../lib/lang';
import { setViewState } from '../../state/urlStore';
import { DateField } from './DateField';
import { stopPlayback } from './playback';
import { fromDay, toDay, type Extent } from './timelineSelectors';
import { checkWindowEnd, windowPatch, type WindowProblem } from './windowValidation';

interface Props {
  extent: Extent;
  shown: { from: string; to: string };
}

/**
 * The window's two ends: typed or picked dates (applied whole, one history entry each) and two sliders (arrows
 * move a day, Page Up/Down more, Home/End to the ends).
 */
export function WindowControls({ extent, shown }: Props) {
  const lang = useLang();
  const problemId = useId();
  const [problem, setProblem] = useState<{ end: 'from' | 'to'; why: WindowProblem } | null>(null);
  const lastSlide = useRef(0);

  const commit = (end: 'from' | 'to', value: string) => {
    const check = checkWindowEnd(end, value, shown, extent);
    if (!check.ok) {
      setProblem({ end, why: check.problem });
      return false;
    }
    setProblem(null);
    setViewState(windowPatch(check.from, check.to, extent), 'push');
    return true;
  };
  // A drag is one step in history: the first change after a pause pushes, the rest of the drag replaces.
  const slide = (from: string, to: string) => {
    const now = Date.now();
    const mode = now - lastSlide.current > 800 ? 'push' : 'replace';
    lastSlide.current = now;
    setProblem(null);
    setViewState(windowPatch(from, to, extent), mode);
  };
  const message = problem === null ? '' : problemText(problem.why, shown, extent, lang);

  return (
    <>
      <DateField
        label={m.timeline_from({}, { locale: lang })}
        value={shown.from}
        min={extent.first}
        max={extent.last}
        problemId={problem?.end === 'from' ? problemId : null}
        onFocus={stopPlayback}
        onCommit={(value) => commit('from', value)}
      />
      <DateField
        label={m.timeline_to({}, { locale: lang })}
        value={shown.to}
        min={extent.first}
        max={extent.last}
        problemId={problem?.end === 'to' ? problemId : null}
        onFocus={stopPlayback}
        onCommit={(value) => commit('to', value)}
      />
      <div className="window-sliders">
        <label>
          <span className="visually-hidden">{m.timeline_from_slider({}, { locale: lang })}</span>
          <input
            type="range"
            min={toDay(extent.first)}
            max={toDay(extent.last)}
            value={toDay(shown.from)}
            aria-valuetext={formatDate(shown.from, lang)}
            onChange={(e) => slide(fromDay(Math.min(Number(e.target.value), toDay(shown.to))), shown.to)}
          />
        </label>
        <label>
          <span className="visually-hidden">{m.timeline_to_slider({}, { locale: lang })}</span>
          <input
            type="range"
            min={toDay(extent.first)}
            max={toDay(extent.last)}
            value={toDay(shown.to)}
            aria-valuetext={formatDate(shown.to, lang)}
            onChange={(e) => slide(shown.from, fromDay(Math.max(Number(e.target.value), toDay(shown.from))))}
          />
        </label>
      </div>
      {/* Always in the page, so the alert is announced when its text arrives; empty, it takes no room. */}
      <p id={problemId} role="alert" className="window-bar__problem">
        {message}
      </p>
    </>
  );
}

function problemText(why: WindowProblem, shown: { from: string; to: string }, extent: Extent, lang: Lang): string {
  const date = (iso: string) => formatDate(iso, lang);
  if (why === 'incomplete') return m.timeline_window_incomplete({}, { locale: lang });
  if (why === 'outside')
    return m.timeline_window_outside({ first: date(extent.first), last: date(extent.last) }, { locale: lang });
  if (why === 'from-after-to') return m.timeline_window_from_after_to({ to: date(shown.to) }, { locale: lang });
  return m.timeline_window_to_before_from({ from: date(shown.from) }, { locale: lang });
}
