// Parameters that say how a page is shown (a panel, an embed's frame and theme), not what it shows.
const PRESENTATION_PARAMS = ['panel', 'embed', 'static', 'theme', 'chart'];

/**
 * The full interactive view behind a page: the same view with the presentation-only parameters removed, so an
 * export or an embed links to what a reader can explore. Keeps the parameters' order (links stay canonical).
 */
export function interactiveViewUrl(href: string): string {
  const url = new URL(href);
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !PRESENTATION_PARAMS.includes(decodeURIComponent(pair.split('=')[0] ?? '')));
  return `${url.origin}${url.pathname}${kept.length === 0 ? '' : `?${kept.join('&')}`}`;
}
