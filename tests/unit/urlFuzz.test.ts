import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/state/viewStateCodec';
import { sampleHostileQueries } from '../e2e/hostileUrls.mjs';

describe('URL codec under 10,000 random and hostile query strings', () => {
  it('never throws, and whatever it keeps serialises to a canonical link that reads back the same', () => {
    for (const q of sampleHostileQueries(10000, 11)) {
      const { state } = parse(q);
      const canonical = serialize(state);
      expect(serialize(parse(canonical).state)).toBe(canonical);
      expect(canonical).not.toMatch(/[<>"]/);
    }
  });
});
