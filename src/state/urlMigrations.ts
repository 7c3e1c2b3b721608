import type { IgnoredParam } from './urlCodec';

/** The version written into every non-default URL. Bump it when a parameter changes meaning, and add a migration. */
export const URL_VERSION = 1;

interface Migration {
  /** Applies to links written with a version lower than this one. */
  toVersion: number;
  migrate: (params: URLSearchParams) => URLSearchParams;
}

/**
 * Links are a public API: a link shared today must open in any later release.
 * Each migration rewrites an older link's parameters into the next version's names.
 */
const MIGRATIONS: Migration[] = [
  {
    // Version 0 (the prototype, links without `v`): the window was one parameter, `window=FROM..TO`, and the
    // sea filter was `region=caribe|pacifico`.
    toVersion: 1,
    migrate: (old) => {
      const params = new URLSearchParams(old);
      const window = params.get('window');
      if (window !== null) {
        params.delete('window');
        const [from, to] = window.split('..');
        if (from !== undefined && from !== '' && !params.has('from')) params.set('from', from);
        if (to !== undefined && to !== '' && !params.has('to')) params.set('to', to);
      }
      const region = params.get('region');
      if (region !== null) {
        params.delete('region');
        const sea = {
          caribe: 'caribbean',
          caribbean: 'caribbean',
          pacifico: 'eastern-pacific',
          pacific: 'eastern-pacific',
        }[region.toLowerCase()];
        if (!params.has('sea')) params.set('sea', sea ?? region);
      }
      return params;
    },
  },
];

/** Parameters that only old links carry: a link without `v` that has one of them is read as version 0. */
const LEGACY_PARAMS = ['window', 'region'];

export function migrateParams(input: URLSearchParams): { params: URLSearchParams; ignored: IgnoredParam[] } {
  const rawVersion = input.get('v');
  const ignored: IgnoredParam[] = [];
  let version = rawVersion === null && LEGACY_PARAMS.some((p) => input.has(p)) ? 0 : URL_VERSION;
  if (rawVersion !== null) {
    const n = /^\d{1,3}$/.test(rawVersion) ? Number(rawVersion) : NaN;
    if (Number.isNaN(n) || n < 0) ignored.push({ param: 'v', value: rawVersion.slice(0, 60), reason: 'malformed' });
    else if (n > URL_VERSION) ignored.push({ param: 'v', value: rawVersion, reason: 'out-of-range' });
    else version = n;
  }
  let params = input;
  for (const m of MIGRATIONS) if (version < m.toVersion) params = m.migrate(params);
  return { params, ignored };
}
