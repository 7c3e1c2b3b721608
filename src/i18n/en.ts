/**
 * The English dictionary: the source of the translation keys. Each feature owns one section
 * (keys prefixed with its name); es.ts must provide every key (the type checker enforces it).
 * Placeholders are written {name}.
 */
export const en = {
  // app shell
  'app.title': 'Sanctions Atlas',
  'app.tagline': 'The 2025 US–Colombia crisis: sanctions, aid and boat strikes, with the precedents.',
  'app.skipToContent': 'Skip to content',
  'app.asOf': 'Data as of',
  'app.sourcesLink': 'Sources',
  'app.correctionsLink': 'Corrections',
  'app.region.map': 'Map',
  'app.region.aid': 'US aid to Colombia',
  'app.region.precedents': 'Precedents',
  'app.region.timeline': 'Timeline',
  'app.placeholder': 'This view is coming soon.',
  'app.records': '{count} records',
  'app.records.one': '{count} record',
  'app.datasets': 'Datasets',
  'app.footer': 'Every figure names its sources. Claims are labelled as claims, with who made them.',
  'app.language': 'Language',
  'app.theme': 'Theme',
  'app.darkMode': 'Dark mode',

  // dataset names (as shown to users)
  'dataset.sources': 'Sources',
  'dataset.events': 'Timeline events',
  'dataset.sanctions': 'Sanctions',
  'dataset.aid': 'Aid',
  'dataset.strikes': 'Strikes',
  'dataset.precedents': 'Precedents',

  // loading and errors
  'data.loading': 'Loading {dataset}…',
  'data.error.title': 'The {dataset} data could not be loaded.',
  'data.error.network': 'The network request failed. Check the connection and try again.',
  'data.error.http': 'The server answered with status {status}.',
  'data.error.parse': 'The file is not valid JSON.',
  'data.error.invalid': 'The file does not match the data schema ({count} problems). First: {first}',
  'data.retry': 'Retry',
  'data.otherViews': 'The rest of the app keeps working.',

  // URL notice
  'url.ignored.title': 'Part of this link could not be used',
  'url.ignored.intro': 'The view opened without these parameters:',
  'url.ignored.unknown': 'unknown parameter',
  'url.ignored.malformed': 'not a valid value',
  'url.ignored.out-of-range': 'out of range',
  'url.ignored.duplicate': 'given twice; the first was used',
  'url.ignored.too-many': 'too many values',
  'url.ignored.conflict': 'the window starts after it ends',
  'url.ignored.too-long': 'too long',
  'url.ignored.dismiss': 'Dismiss',

  // sources panel
  'sources.title': 'Sources',
  'sources.close': 'Close',
  'sources.count': '{count} sources',
  'sources.publisher': 'Publisher',
  'sources.published': 'Published',
  'sources.accessed': 'Accessed',
  'sources.citedBy': 'Cited by',
  'sources.flagged': 'Flagged domain: never the only support of a record',
  'sources.undated': 'undated',
  'sources.filter': 'Filter sources',
  'corrections.title': 'Corrections log',
  'corrections.empty': 'No corrections.',
  'corrections.before': 'Before',
  'corrections.after': 'After',

  // ── map (src/features/map) ──

  // ── aid (src/features/aid) ──

  // ── precedents (src/features/precedents) ──

  // ── timeline (src/features/timeline) ──

  // ── present (src/features/present) ──
} as const;

export type TranslationKey = keyof typeof en;
export type Dictionary = Record<TranslationKey, string>;
