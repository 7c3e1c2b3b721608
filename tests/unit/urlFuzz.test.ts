import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, VIEW_STATE_FIELDS } from '../../src/app/viewStateFields';
import { parse, serialize } from '../../src/state/viewStateCodec';
import { sampleHostileQueries } from '../e2e/hostileUrls.mjs';
import { viewStateArbitrary } from '../fixtures/viewStateArbitrary';

const PARAMS = Object.entries(VIEW_STATE_FIELDS).map(([key, field]) => field.param ?? key);
/** Parameters only old links carry: the migration reads them (urlMigrations.test.ts). */
const LEGACY = ['v', 'window', 'region'];

/** A value no field accepts: markup is outside every alphabet, and its length is over the search box's limit. */
const garbageValue = fc.string({ minLength: 100, maxLength: 140 }).map((s) => `<${s}>`);
const unknownName = fc
  .stringMatching(/^[a-z_]{1,20}$/)
  .filter((n) => !PARAMS.includes(n) && !LEGACY.includes(n) && n !== 'multilateral');
const query = (pairs: readonly (readonly [string, string])[]) => new URLSearchParams(pairs.map(([k, v]) => [k, v]));

describe('URL codec properties', () => {
  it('reads back every state it writes, unchanged and with nothing ignored', () => {
    fc.assert(
      fc.property(viewStateArbitrary, (state) => {
        expect(parse(serialize(state))).toEqual({ state, ignored: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('opens garbage as the default view, naming every parameter it ignored', () => {
    const pair = fc.oneof(
      fc.tuple(fc.constantFrom(...PARAMS), garbageValue),
      fc.tuple(unknownName, fc.string({ maxLength: 20 })),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        const { state, ignored } = parse(query(pairs).toString());
        expect(state).toEqual(DEFAULT_VIEW_STATE);
        expect(ignored.map((i) => i.param)).toEqual(pairs.map(([name]) => name));
        for (const [i, [name]] of pairs.entries()) {
          const seenBefore = pairs.slice(0, i).some(([earlier]) => earlier === name);
          const expected = !PARAMS.includes(name)
            ? ['unknown']
            : seenBefore
              ? ['duplicate']
              : ['malformed', 'too-long'];
          expect(expected).toContain(ignored[i]?.reason);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a valid parameter beside garbage, and names only the garbage', () => {
    fc.assert(
      fc.property(viewStateArbitrary, fc.array(unknownName, { maxLength: 4 }), (state, junk) => {
        const params = new URLSearchParams(serialize(state));
        for (const name of junk) params.append(name, '<x>');
        const { state: read, ignored } = parse(params.toString());
        expect(read).toEqual(state);
        expect(ignored).toEqual(junk.map((name) => ({ param: name, value: '<x>', reason: 'unknown' })));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on 10,000 random and hostile query strings, and settles on one canonical link', () => {
    for (const q of sampleHostileQueries(10000, 11)) {
      const { state } = parse(q);
      const canonical = serialize(state);
      expect(parse(canonical)).toEqual({ state, ignored: [] });
      expect(canonical).not.toMatch(/[<>"]/);
    }
  });

  it('never throws on arbitrary strings, and what it reads is a state it can write and read back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const { state } = parse(s);
        expect(parse(serialize(state))).toEqual({ state, ignored: [] });
      }),
      { numRuns: 2000 },
    );
  });
});
