import { useEffect, useRef } from 'react';
import type { Source } from '../../data/schema/sources';
import type { Strike } from '../../data/schema/strikes';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import { useReveal } from '../../ui/useReveal';
import { StrikeDetails } from './StrikeDetails';

/**
 * One strike opened on its own (a record link, or a row of the strikes table): its full details, in view.
 * A strike the link names but the data lacks says so; the rest of the view still applies.
 */
export function StrikePanel({
  id,
  strikes,
  shown,
  sources,
}: {
  id: string;
  /** Every strike in the data: a link opens its strike whatever the filters. */
  strikes: readonly Strike[];
  /** The strikes the current filters show. */
  shown: readonly Strike[];
  sources: Map<string, Source>;
}) {
  const lang = useLang();
  const panel = useReveal<HTMLElement>(id, 'change');
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users land on the details they opened, wherever on the page they were.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [id]);
  const strike = strikes.find((s) => s.id === id);
  const close = (
    <button type="button" onClick={() => setViewState({ strike: null })}>
      {m.map_close_strike({}, { locale: lang })}
    </button>
  );
  return (
    <section className="area-panel strike-panel record-target" ref={panel} aria-labelledby="strike-panel-title">
      <div className="area-panel__head">
        <h3 id="strike-panel-title" ref={heading} tabIndex={-1}>
          {m.map_strike_title({}, { locale: lang })}
        </h3>
        {close}
      </div>
      {strike === undefined ? (
        <p role="status" className="notice-inline">
          {m.map_unknown_strike({ id }, { locale: lang })}
        </p>
      ) : (
        <>
          {shown.includes(strike) ? null : <p className="muted">{m.map_strike_outside({}, { locale: lang })}</p>}
          <StrikeDetails strike={strike} sources={sources} />
        </>
      )}
    </section>
  );
}
