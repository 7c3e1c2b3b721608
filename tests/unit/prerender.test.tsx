// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDatasets } from '../../scripts/vite-plugin-datasets';
import { renderPage } from '../../src/prerender';

// Node, as at build time: no window, no address; the datasets the build validated.
describe('build-time prerender of the page', () => {
  it("puts every view's text and tables in the HTML, with no script and no map library", async () => {
    const checked = checkDatasets('data');
    if ('error' in checked) throw new Error(checked.error);
    const html = await renderPage(checked.data);
    expect(html).toContain('<h1>Sanctions Atlas</h1>');
    for (const title of ['Map', 'US aid to Colombia', 'Precedents', 'Timeline'])
      expect(html).toContain(`>${title}</h2>`);
    // Each view drew its data, not its loading line: find-in-page and printing have it before any script runs.
    expect(html).not.toContain('<p class="loading">');
    const event = checked.data.events.records[0];
    const leader = checked.data.precedents.cases[0]?.leader;
    if (event === undefined || leader === undefined) throw new Error('the datasets have no event or precedent');
    expect(html).toContain(leader);
    expect(html).toContain(`dateTime="${event.date}"`);
    // The data's date, but not its age: the build's clock is not the reader's.
    expect(html).toMatch(/Data last updated \w+ \d+, 2026</);
    // A streamed render would reveal late views with inline scripts, which the CSP forbids.
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<template');
    expect(html).not.toContain('leaflet-container');
  }, 60_000);
});
