import { EMBED_CHARTS, type EmbedChart } from '../lib/embedCharts';
import { LANGS } from '../lib/lang';
import { defaultField, optionalField, parseEnum, parseFlag } from '../state/fieldCodecs';

export const PANELS = ['sources', 'corrections', 'changelog', 'share', 'deck'] as const;
export type Panel = (typeof PANELS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The region each embeddable chart is drawn in. */
export const EMBED_CHART_REGION: Record<EmbedChart, 'map' | 'aid' | 'precedents' | 'timeline'> = {
  map: 'map',
  'aid-series': 'aid',
  'aid-flow': 'aid',
  outcomes: 'precedents',
  timeline: 'timeline',
};

export { EMBED_CHARTS };

const flag = () => defaultField(false, parseFlag, (v) => (v ? '1' : null));

/** The shell's URL fields: the open panel and the reader's preferences. */
export const shellUrlFields = {
  panel: optionalField(parseEnum(PANELS)),
  /** null = follow the browser. */
  lang: optionalField(parseEnum(LANGS)),
  /** null = follow the system. */
  theme: optionalField(parseEnum(THEMES)),
  /** Shown inside another page: without the header and footer. */
  embed: flag(),
  /** A view to look at, not to use: the main content is inert. */
  static: flag(),
  /** An embed of one chart (with embed=1): only that chart, its title and the credit are shown. */
  chart: optionalField(parseEnum(EMBED_CHARTS)),
};
