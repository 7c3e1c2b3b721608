import { describe, expect, it } from 'vitest';
import { composeExportSvg } from '../../../src/lib/export/composeSvg';
import { wrapText } from '../../../src/lib/export/wrapText';
import { interactiveViewUrl } from '../../../src/lib/viewUrl';

// A monospace stand-in for canvas measureText: 6 px per character at 10 px, in proportion to the size.
const mono = (t: string) => t.length * 6;
const measure = (t: string, size: number) => (t.length * size * 6) / 10;

describe('wrapText', () => {
  it('breaks at spaces within the width and keeps every word', () => {
    const text = 'Sources: US Treasury; Reuters; Associated Press; El Tiempo; Semana; SOUTHCOM';
    const lines = wrapText(text, 120, mono);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word longer than a line (a URL) between characters, losing none', () => {
    const url = 'https://atlas.example/?from=2025-09-01&to=2025-12-31&sea=caribbean&grade=confirmed,fair';
    const lines = wrapText(url, 60, mono);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(60);
    expect(lines.join('')).toBe(url);
  });

  it('keeps Spanish text whole and collapses runs of spaces', () => {
    expect(wrapText('Datos:  CC BY 4.0 — colaboradores de Sanctions Atlas', 1000, mono)).toEqual([
      'Datos: CC BY 4.0 — colaboradores de Sanctions Atlas',
    ]);
    expect(wrapText('', 100, mono)).toEqual([]);
  });
});

describe('composeExportSvg', () => {
  const figure = {
    markup:
      '<svg x="0" y="0" width="400" height="200" viewBox="0 0 400 200"><rect x="10" y="10" width="30" height="100" fill="#0072b2"/><text x="20" y="190">FY25</text></svg>',
    width: 400,
    height: 200,
  };
  const longSource = `Sources: ${Array.from({ length: 30 }, (_, i) => `Publisher number ${i + 1}`).join('; ')}`;
  const { svg, width, height } = composeExportSvg(
    figure,
    {
      title: 'US assistance to Colombia: <total> & "more"',
      subtitle: ['Measure: Appropriation · Scope: State/USAID budget'],
      legend: [
        { label: 'Total', colour: '#0072b2' },
        { label: 'Ongoing', colour: '#56b4e9', dashed: true },
      ],
      footer: [
        longSource,
        'Data: CC BY 4.0 — Sanctions Atlas contributors; each source keeps its own rights.',
        'Sanctions Atlas · data as of 24 June 2026',
        'https://atlas.example/?measure=appropriation&scope=state-usaid&breakdown=account&year=2018',
      ],
    },
    measure,
  );
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

  it('is well-formed SVG with no HTML and no bitmap', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.localName).toBe('svg');
    expect(svg).not.toMatch(/foreignObject|<image|<img/i);
    expect(doc.querySelectorAll('foreignObject, image').length).toBe(0);
  });

  it('draws title, subtitle, legend, source, licence, credit and URL as <text>, the source in full', () => {
    // Escaped in the markup, whole once parsed (wrapped over two lines at 20 px).
    expect(doc.querySelector('title')?.textContent).toBe('US assistance to Colombia: <total> & "more"');
    expect(texts.slice(0, 2).join(' ')).toBe('US assistance to Colombia: <total> & "more"');
    expect(texts).toContain('Total');
    expect(texts).toContain('Ongoing');
    const sourceLines = texts.filter((t, i) => i >= texts.findIndex((x) => x.startsWith('Sources:'))).slice(0, 6);
    expect(sourceLines.length).toBeGreaterThan(1);
    expect(texts.join(' ')).toContain(longSource);
    expect(texts.join(' ')).toContain(
      'Data: CC BY 4.0 — Sanctions Atlas contributors; each source keeps its own rights.',
    );
    expect(texts).toContain('Sanctions Atlas · data as of 24 June 2026');
    const urlAt = texts.findIndex((t) => t.startsWith('https://'));
    expect(texts.slice(urlAt).join('')).toBe(
      'https://atlas.example/?measure=appropriation&scope=state-usaid&breakdown=account&year=2018',
    );
  });

  it('places the figure whole between the legend and the footer, inside the image', () => {
    const placed = doc.querySelector('g[transform] > svg');
    expect(placed?.getAttribute('width')).toBe('400');
    expect(width).toBeGreaterThanOrEqual(560);
    const ys = [...doc.querySelectorAll('svg > text')].map((t) => Number(t.getAttribute('y')));
    expect(Math.max(...ys)).toBeLessThan(height);
    for (const t of doc.querySelectorAll('svg > text'))
      expect(measure(t.textContent ?? '', Number(t.getAttribute('font-size')))).toBeLessThanOrEqual(width - 48);
  });
});

describe('interactiveViewUrl', () => {
  it('drops what only says how the page is shown, keeps the view in its order', () => {
    expect(
      interactiveViewUrl('https://a.example/?sea=caribbean&embed=1&static=1&theme=dark&chart=map&panel=share'),
    ).toBe('https://a.example/?sea=caribbean');
    expect(interactiveViewUrl('https://a.example/?embed=1')).toBe('https://a.example/');
    expect(interactiveViewUrl('https://a.example/?to=2025-12-01&from=2025-09-01')).toBe(
      'https://a.example/?to=2025-12-01&from=2025-09-01',
    );
  });
});
