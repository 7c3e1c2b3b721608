// Random and hostile query strings (fast-check), shared by the unit fuzz test and the browser fuzz journey.
import fc from 'fast-check';

const PARAMS = [
  'v',
  'from',
  'to',
  'country',
  'event',
  'layers',
  'sea',
  'area',
  'map',
  'measure',
  'scope',
  'breakdown',
  'year',
  'compare',
  'precedent',
  'authority',
  'relation',
  'multi',
  'decade',
  'q',
  'sort',
  'panel',
  'lang',
  'theme',
  'embed',
  'static',
  'deck',
  'slide',
  '__proto__',
  'constructor',
  'toString',
];
const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '../../etc/passwd',
  '9'.repeat(400),
  'x'.repeat(20000),
  '\u0000\u0001\u202e',
  '1e309',
  '-0',
  'NaN',
  '2025-02-30',
  '2025-12-01',
  '1,2,3,4,5',
  'none',
  'https://evil.example/x.js',
  '//evil.example',
  '%',
  '%E0%A4%A',
];

const value = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const pair = fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 12 })), value);

/** A query string as a hand-made or attacker-made link would carry it (keys and values URI-encoded, or not). */
export const hostileQuery = fc
  .tuple(fc.array(pair, { maxLength: 8 }), fc.boolean())
  .map(([pairs, encode]) =>
    pairs.map(([k, v]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`)).join('&'),
  );

export const sampleHostileQueries = (count, seed = 7) => fc.sample(hostileQuery, { numRuns: count, seed });
