import { describe, expect, it } from 'vitest';
import { apaCitation, bibtexCitation, bibtexEscape, bibtexUrl, readerToday } from '../../../src/i18n/citation';

const input = {
  part: 'Map',
  asOf: '2026-06-24',
  accessed: '2026-12-05',
  url: 'https://atlas.example/?sea=caribbean&grade=confirmed%2Cfair#map',
};

describe('APA citation', () => {
  it('names the group author, the data’s year, title, as-of date, access date and the exact URL (en)', () => {
    expect(apaCitation(input, 'en')).toBe(
      'Sanctions Atlas contributors. (2026). Sanctions Atlas: Map [Data set; data as of June 24, 2026]. ' +
        'Retrieved December 5, 2026, from https://atlas.example/?sea=caribbean&grade=confirmed%2Cfair#map',
    );
  });

  it('is written in Spanish for a Spanish reader, and without a part for the whole work', () => {
    expect(apaCitation({ ...input, part: undefined, url: 'https://atlas.example/' }, 'es')).toBe(
      'Colaboradores de Sanctions Atlas. (2026). Sanctions Atlas [Conjunto de datos; datos al 24 de junio de 2026]. ' +
        'Recuperado el 5 de diciembre de 2026, de https://atlas.example/',
    );
  });
});

describe('BibTeX citation', () => {
  it('escapes LaTeX’s special characters in text fields, each once', () => {
    expect(bibtexEscape('R&D 100% $5 #1 a_b {x} ^ ~ \\')).toBe(
      'R\\&D 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciicircum{} \\textasciitilde{} \\textbackslash{}',
    );
    expect(bibtexEscape('Año — «Petro»')).toBe('Año — «Petro»');
  });

  it('keeps a URL as the browser shows it, encoding only what would unbalance the entry', () => {
    expect(bibtexUrl('https://a.example/?q=%C3%B1#x')).toBe('https://a.example/?q=%C3%B1#x');
    expect(bibtexUrl('https://a.example/?q={a} b\\')).toBe('https://a.example/?q=%7Ba%7D%20b%5C');
  });

  it('is a @misc entry with group author, title, year, url, urldate and the as-of date in its note', () => {
    const entry = bibtexCitation({ ...input, part: 'Aid & flows_2025' }, 'en');
    expect(entry).toBe(
      [
        '@misc{sanctionsatlas2026aidflows2025,',
        '  author = {{Sanctions Atlas contributors}},',
        '  title = {{Sanctions Atlas}: Aid \\& flows\\_2025},',
        '  year = {2026},',
        '  url = {https://atlas.example/?sea=caribbean&grade=confirmed%2Cfair#map},',
        '  urldate = {2026-12-05},',
        '  note = {Data set; data as of 2026-06-24; accessed 2026-12-05. Data: CC BY 4.0 — Sanctions Atlas contributors; each source keeps its own rights. Code: MIT.},',
        '  language = {english}',
        '}',
      ].join('\n'),
    );
    // Braces balance, so a BibTeX parser reads the entry to its end.
    const depth = [...entry].reduce(
      (d, c, i) => (entry[i - 1] === '\\' ? d : c === '{' ? d + 1 : c === '}' ? d - 1 : d),
      0,
    );
    expect(depth).toBe(0);
  });

  it('is in Spanish for a Spanish reader', () => {
    const entry = bibtexCitation({ ...input, part: 'Precedentes' }, 'es');
    expect(entry).toContain('author = {{Colaboradores de Sanctions Atlas}}');
    expect(entry).toContain('note = {Conjunto de datos; datos al 2026-06-24; consultado el 2026-12-05.');
    expect(entry).toContain('language = {spanish}');
  });
});

describe("the reader's today", () => {
  it('is the reader’s own calendar date, not UTC’s', () => {
    expect(readerToday(new Date(2026, 11, 5, 23, 59))).toBe('2026-12-05');
    expect(readerToday(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
  });
});
