import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/state/viewStateCodec';

describe('URL migrations: links are never broken by a later release', () => {
  it('reads a version-0 link (window=FROM..TO, region=caribe) as today’s from/to and sea', () => {
    const { state, ignored } = parse('?window=2025-09-01..2025-12-31&region=caribe&country=COL');
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ from: '2025-09-01', to: '2025-12-31', sea: 'caribbean', country: 'COL' });
    expect(serialize(state)).toBe('v=1&from=2025-09-01&to=2025-12-31&country=COL&sea=caribbean');
  });

  it('migrates an explicit v=0 link and keeps an open-ended window', () => {
    expect(parse('v=0&window=2026-01-01..&region=pacifico').state).toMatchObject({
      from: '2026-01-01',
      to: null,
      sea: 'eastern-pacific',
    });
  });

  it('reports a legacy value it cannot map instead of guessing', () => {
    const { state, ignored } = parse('region=atlantic');
    expect(state.sea).toBeNull();
    expect(ignored).toEqual([{ param: 'sea', value: 'atlantic', reason: 'malformed' }]);
  });

  it('does not touch current links that happen to lack v', () => {
    expect(parse('country=VEN').state.country).toBe('VEN');
    expect(parse('v=1&window=2025-01-01..2025-02-01').ignored[0]).toMatchObject({ param: 'window', reason: 'unknown' });
  });
});
