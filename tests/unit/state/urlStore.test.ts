import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canonicalizeUrl, readUrl, setViewState, subscribe } from '../../../src/state/urlStore';

const goTo = (search: string) => {
  window.history.replaceState(null, '', `/${search}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

describe('URL store', () => {
  let push: ReturnType<typeof vi.spyOn>;
  let replace: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    goTo('');
    push = vi.spyOn(window.history, 'pushState');
    replace = vi.spyOn(window.history, 'replaceState');
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes a user step as a new history entry, in canonical form, and tells subscribers', () => {
    const onChange = vi.fn();
    const unsubscribe = subscribe(onChange);
    setViewState({ country: 'COL', from: '2025-09-01' });
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?v=1&from=2025-09-01&country=COL');
    expect(readUrl().state).toMatchObject({ country: 'COL', from: '2025-09-01' });
    expect(onChange).toHaveBeenCalledTimes(1);

    unsubscribe();
    setViewState({ country: 'VEN' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('rewrites the current entry in replace mode', () => {
    setViewState({ year: 2024 }, 'replace');
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?v=1&year=2024');
  });

  it('applies a patch computed from the current state', () => {
    goTo('?v=1&slide=2');
    setViewState((s) => ({ slide: (s.slide ?? 0) + 1 }));
    expect(readUrl().state.slide).toBe(3);
  });

  it('adds no history entry and tells no one when a step changes nothing', () => {
    goTo('?v=1&country=COL');
    const onChange = vi.fn();
    const unsubscribe = subscribe(onChange);
    setViewState({ country: 'COL' });
    expect(push).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('follows Back and Forward (popstate): subscribers hear of it and read the new address', () => {
    setViewState({ country: 'COL' });
    const onChange = vi.fn();
    const unsubscribe = subscribe(onChange);
    window.history.replaceState(null, '', '/?v=1&country=VEN');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(readUrl().state.country).toBe('VEN');
    unsubscribe();
  });

  it('keeps an unchanged field’s object across steps, so views keyed on it skip work', () => {
    goTo('?v=1&layers=strikes,aid&compare=a,b');
    const before = readUrl().state;
    setViewState({ country: 'COL' });
    const after = readUrl().state;
    expect(after.layers).toBe(before.layers);
    expect(after.compare).toBe(before.compare);
    setViewState({ compare: ['a'] });
    expect(readUrl().state.compare).not.toBe(before.compare);
  });

  it('cleans the address bar of what it could not use, without a history entry', () => {
    goTo('?zzz=1&country=COL&year=abc');
    expect(readUrl().ignored.map((i) => i.param)).toEqual(['zzz', 'year']);
    canonicalizeUrl();
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?v=1&country=COL');
  });
});
