/**
 * The views playback animates, by the `data-chart` names they already carry for image export (a feature never
 * imports another: the page is the contract). The map comes first: it is the one brought into sight.
 */
const ANIMATED_CHARTS = ['map', 'timeline'] as const;

const reducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Half of it (or half the room below the bar, for a view taller than that) is on screen. */
function inSight(view: HTMLElement, barBottom: number): boolean {
  const box = view.getBoundingClientRect();
  const seen = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, barBottom);
  return seen >= Math.min(box.height, window.innerHeight - barBottom) / 2;
}

/**
 * Pressing Play while reading the aid or the precedents would animate views out of sight (issue 16): when none is
 * in sight, the map scrolls into view just below the sticky bar (whatever its height: a phone's may be open),
 * without animation when the reader asked for less motion.
 */
export function bringAnimatedViewIntoSight(bar: HTMLElement | null): void {
  const views = ANIMATED_CHARTS.flatMap((name) => {
    const view = document.querySelector<HTMLElement>(`[data-chart="${name}"]`);
    return view === null ? [] : [view];
  });
  const barBottom = bar === null ? 0 : Math.max(0, bar.getBoundingClientRect().bottom);
  if (views.some((view) => inSight(view, barBottom))) return;
  // The map's canvas itself (Leaflet's container), not notices above it that come and go as the window moves.
  const target = views[0]?.querySelector('.leaflet-container') ?? views[0];
  if (target === undefined) return;
  const gap = (bar?.offsetHeight ?? 0) + 8;
  window.scrollTo({
    top: target.getBoundingClientRect().top + window.scrollY - gap,
    behavior: reducedMotion() ? 'instant' : 'smooth',
  });
}
