import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

// public/lang-gate.js runs as a classic script before the page paints; here it runs the same way, in jsdom.
const gate = readFileSync('public/lang-gate.js', 'utf8');

function runGate(search: string, languages: readonly string[]): { lang: string; hidden: boolean } {
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('data-lang-pending');
  window.history.replaceState(null, '', `/${search}`);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  new Function(gate)();
  return { lang: document.documentElement.lang, hidden: document.documentElement.hasAttribute('data-lang-pending') };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('data-lang-pending');
  document.documentElement.lang = 'en';
  window.history.replaceState(null, '', '/');
});

describe('the language gate before first paint', () => {
  it('hides the English prerender for ?lang=es, whatever the browser prefers', () => {
    expect(runGate('?lang=es', ['en-US'])).toEqual({ lang: 'es', hidden: true });
  });

  it('hides it for a browser that prefers Spanish when the address does not say', () => {
    expect(runGate('?sea=pacific', ['fr-FR', 'es-CO', 'en'])).toEqual({ lang: 'es', hidden: true });
  });

  it('shows it at once for English, asked or preferred', () => {
    expect(runGate('?lang=en', ['es-ES'])).toEqual({ lang: 'en', hidden: false });
    expect(runGate('', ['en-GB', 'es'])).toEqual({ lang: 'en', hidden: false });
    expect(runGate('', ['de-DE'])).toEqual({ lang: 'en', hidden: false });
  });

  it('ignores a language the app does not speak in the address, as the URL codec does', () => {
    expect(runGate('?lang=fr', ['es-MX'])).toEqual({ lang: 'es', hidden: true });
    expect(runGate('?lang=ES', ['en'])).toEqual({ lang: 'en', hidden: false });
  });
});
