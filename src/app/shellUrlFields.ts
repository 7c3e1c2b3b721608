import { LANGS } from '../lib/lang';
import { defaultField, optionalField, parseEnum, parseFlag } from '../state/fieldCodecs';

export const PANELS = ['sources', 'corrections', 'changelog', 'share', 'deck'] as const;
export type Panel = (typeof PANELS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

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
};
