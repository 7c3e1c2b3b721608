import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../src/app/viewStateFields';
import { recordLink } from '../../src/state/recordLink';
import { parse, serialize } from '../../src/state/viewStateCodec';

/** The record fields (issue 17): one optional id each, a new parameter, no change of the URL version. */
const RECORD_FIELDS = [
  ['strike', 'strike', 'strike-2025-09-02'],
  ['event', 'event', 'ofac-sanctions-petro-2025-10-24'],
  ['precedent', 'precedent', 'syr-assad-2011'],
  ['sanction', 'sanction', 'ofac-2025-10-24-gustavo-petro'],
] as const;

afterEach(() => window.history.replaceState(null, '', '/'));

describe('record links', () => {
  it.each(RECORD_FIELDS)('a %s id round-trips through the link', (key, param, id) => {
    const link = serialize({ ...DEFAULT_VIEW_STATE, [key]: id });
    expect(link).toBe(`v=1&${param}=${id}`);
    expect(parse(link)).toEqual({ state: { ...DEFAULT_VIEW_STATE, [key]: id }, ignored: [] });
  });

  it('keeps the parameter order of earlier links: window, country, event, sanction, then the map with its strike', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      from: '2025-09-01',
      country: 'COL',
      event: 'e-1',
      sanction: 's-1',
      area: 'a-1',
      strike: 'k-1',
      sea: 'caribbean' as const,
      precedent: 'p-1',
    };
    expect(serialize(state)).toBe(
      'v=1&from=2025-09-01&country=COL&event=e-1&sanction=s-1&sea=caribbean&area=a-1&strike=k-1&precedent=p-1',
    );
  });

  it.each(['Strike 1', '-leading-dash', 'a'.repeat(81), '<script>'])(
    'a malformed strike id (%s) is reported and the rest of the link still applies',
    (bad) => {
      const { state, ignored } = parse(`?v=1&sea=caribbean&strike=${encodeURIComponent(bad)}`);
      expect(state).toEqual({ ...DEFAULT_VIEW_STATE, sea: 'caribbean' });
      expect(ignored).toEqual([{ param: 'strike', value: expect.any(String), reason: 'malformed' }]);
    },
  );

  it('a well-formed id the data lacks is kept for the view to name (the codec cannot know the data)', () => {
    expect(parse('?v=1&strike=no-such-strike&country=COL').state).toEqual({
      ...DEFAULT_VIEW_STATE,
      strike: 'no-such-strike',
      country: 'COL',
    });
  });

  it('a record link names only the record (and the chosen language), whatever filters are on', () => {
    window.history.replaceState(null, '', '/?v=1&from=2025-09-01&sea=caribbean&lang=es&panel=sources');
    expect(recordLink({ strike: 'strike-2025-09-02' })).toBe('?v=1&strike=strike-2025-09-02&lang=es');
    expect(recordLink({ sanction: 'ofac-2025-10-24-gustavo-petro' }, true)).toBe(
      `${window.location.origin}/?v=1&sanction=ofac-2025-10-24-gustavo-petro&lang=es`,
    );
  });
});
