// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderShell } from '../../src/prerender';

// Node, as at build time: no window, no address, no data.
describe('build-time prerender of the shell', () => {
  it('renders the header, the lede and every region heading, with the views still loading', () => {
    const html = renderShell();
    expect(html).toContain('<h1>Sanctions Atlas</h1>');
    expect(html).toMatch(/<p class="lede">On 24 October 2025 the US Treasury sanctioned/);
    for (const title of ['Map', 'US aid to Colombia', 'Precedents', 'Timeline'])
      expect(html).toContain(`>${title}</h2>`);
    // No view has data or its libraries yet: the map and timeline show their loading line, the others a placeholder.
    expect(html.match(/<p class="loading">…<\/p>/g)).toHaveLength(2);
    expect(html).not.toContain('leaflet');
  });
});
