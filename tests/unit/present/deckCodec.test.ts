import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeDeck, encodeDeck, type Deck } from '../../../src/features/present/deckCodec';
import { builtInDeck } from '../../../src/features/present/builtInDeck';
import { activeFilters, resetPatch } from '../../../src/app/activeFilters';
import { DEFAULT_VIEW_STATE } from '../../../src/app/viewStateFields';
import { parse } from '../../../src/state/viewStateCodec';

describe('deck in the link', () => {
  const deck: Deck = {
    title: 'Talk',
    slides: [
      { title: 'One', note: 'n', view: 'v=1&country=COL', region: 'map' },
      { title: 'Two', note: '', view: '' },
    ],
  };

  it('round-trips through the compressed, versioned encoding', () => {
    expect(decodeDeck(encodeDeck(deck))).toEqual({ ok: true, deck });
  });

  it('says why a truncated, hostile or future deck cannot be used, without throwing', () => {
    const encoded = encodeDeck(deck);
    expect(decodeDeck(encoded.slice(0, 20)).ok).toBe(false);
    expect(decodeDeck('%%%<script>')).toEqual({ ok: false, reason: 'corrupt' });
    expect(decodeDeck(compressToEncodedURIComponent(JSON.stringify({ v: 99, slides: [] })))).toEqual({
      ok: false,
      reason: 'version',
    });
    expect(decodeDeck(compressToEncodedURIComponent(JSON.stringify({ v: 1, slides: [] })))).toEqual({
      ok: false,
      reason: 'empty',
    });
    const hostile = decodeDeck(
      compressToEncodedURIComponent(
        JSON.stringify({ v: 1, slides: [{ title: 'x'.repeat(5000), view: 'q=1', region: 'javascript:alert(1)' }] }),
      ),
    );
    expect(hostile.ok && hostile.deck.slides[0]).toEqual({ title: 'x'.repeat(300), note: '', view: 'q=1' });
  });

  it('ships a six-view built-in story whose views all parse cleanly', () => {
    const story = builtInDeck('en');
    expect(story.slides).toHaveLength(6);
    for (const s of story.slides) expect(parse(s.view).ignored).toEqual([]);
  });
});

describe('filter chips', () => {
  it('lists each active filter with what removing it clears, and Reset keeps language and theme', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      from: '2025-09-01',
      country: 'COL',
      precedent: 'col-petro-2025',
      year: 2024,
      lang: 'es' as const,
    };
    expect(activeFilters(state).map((c) => c.key)).toEqual(['window', 'country', 'precedent', 'year']);
    expect(activeFilters(state)[1]?.clear).toEqual({ country: null, precedent: null });
    expect(resetPatch(state)).toEqual({ ...DEFAULT_VIEW_STATE, lang: 'es' });
    expect(activeFilters(DEFAULT_VIEW_STATE)).toEqual([]);
  });
});
