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
const MIGRATIONS: Migration[] = [];

export function migrateParams(input: URLSearchParams): { params: URLSearchParams; ignored: IgnoredParam[] } {
  const rawVersion = input.get('v');
  const ignored: IgnoredParam[] = [];
  let version = URL_VERSION;
  if (rawVersion !== null) {
    const n = /^\d{1,3}$/.test(rawVersion) ? Number(rawVersion) : NaN;
    if (Number.isNaN(n) || n < 1) ignored.push({ param: 'v', value: rawVersion.slice(0, 60), reason: 'malformed' });
    else if (n > URL_VERSION) ignored.push({ param: 'v', value: rawVersion, reason: 'out-of-range' });
    else version = n;
  }
  let params = input;
  for (const m of MIGRATIONS) if (version < m.toVersion) params = m.migrate(params);
  return { params, ignored };
}
