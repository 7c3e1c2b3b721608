import { EMBED_CHARTS, type EmbedChart } from '../../lib/embedCharts';

export type EmbedOption = 'view' | EmbedChart;
export const EMBED_OPTIONS: readonly EmbedOption[] = ['view', ...EMBED_CHARTS];

// A frame tall enough for what it shows without an inner scroll on a wide page.
const HEIGHT: Record<EmbedOption, number> = {
  view: 720,
  map: 720,
  'aid-series': 560,
  'aid-flow': 520,
  outcomes: 640,
  timeline: 360,
};

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <iframe> a publisher pastes: the embed's URL, a title naming what it shows, a height that fits it. */
export function embedSnippet(url: string, title: string, what: EmbedOption): string {
  return `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${HEIGHT[what]}" style="border:0" loading="lazy"></iframe>`;
}
