import { useEffect } from 'react';
import { readUrl } from '../state/urlStore';

/**
 * A record link (?strike=, ?event=, ?sanction=, ?precedent=) opens with its view in sight: the views below the
 * fold mount only when scrolled to, so the page first goes to the record's region; the view then brings the
 * record's details into sight itself once they are drawn. A presenter's deck places its slides itself.
 */
export function useLinkedRecordRegion(): void {
  useEffect(() => {
    const s = readUrl().state;
    if (s.deck !== null || s.embed) return;
    const region =
      s.strike !== null
        ? 'map'
        : s.event !== null || s.sanction !== null
          ? 'timeline'
          : s.precedent !== null
            ? 'precedents'
            : null;
    if (region !== null) document.getElementById(region)?.scrollIntoView({ block: 'start' });
  }, []);
}
