/**
 * "Show on map" brings the map into sight and puts focus on its heading (issue 16: it filtered the list and left the
 * reader below, with the map thousands of pixels up). Smooth only for readers who have not asked for less motion.
 */
export function showMap(): void {
  const region = document.getElementById('map');
  const heading = document.getElementById('map-title');
  if (region === null) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  region.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  if (heading === null) return;
  // A heading takes focus only from script; the region is where keyboard reading continues.
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
