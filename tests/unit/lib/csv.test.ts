import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvCell } from '../../../src/lib/csv';

const one = (cell: CsvCell) => toCsv({ columns: ['a'], rows: [{ a: cell }] });

describe('toCsv', () => {
  it('writes a header row and one record per row, each ended by CRLF', () => {
    const csv = toCsv({
      columns: ['id', 'killed'],
      rows: [
        { id: 's-1', killed: 3 },
        { id: 's-2', killed: 11 },
      ],
    });
    expect(csv).toBe('id,killed\r\ns-1,3\r\ns-2,11\r\n');
  });

  it('keeps the column order and leaves out keys that are not columns', () => {
    expect(toCsv({ columns: ['b', 'a'], rows: [{ a: 1, b: 2, secret: 'x' }] })).toBe('b,a\r\n2,1\r\n');
  });

  it('quotes cells holding commas, quotes and line breaks, doubling quotes', () => {
    expect(one('Caribbean, near Venezuela')).toBe('a\r\n"Caribbean, near Venezuela"\r\n');
    expect(one('the "narco-boat"')).toBe('a\r\n"the ""narco-boat"""\r\n');
    expect(one('line one\r\nline two')).toBe('a\r\n"line one\r\nline two"\r\n');
    expect(one('line one\nline two')).toBe('a\r\n"line one\nline two"\r\n');
    expect(one('cr\ronly')).toBe('a\r\n"cr\ronly"\r\n');
  });

  it('neutralises strings a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = `${start}HYPERLINK("https://x.example")`;
      const written = one(cell).split('\r\n')[1] ?? '';
      // Whatever the quoting, a reader gets the text back with the apostrophe in front.
      expect(Papa.parse<string[]>(written).data[0]?.[0]).toBe(`'${cell}`);
    }
    expect(one('=1+1')).toBe(`a\r\n"'=1+1"\r\n`);
  });

  it('leaves numbers numeric, negative ones too, but neutralises a number written as text', () => {
    expect(one(-3.5)).toBe('a\r\n-3.5\r\n');
    expect(one(0)).toBe('a\r\n0\r\n');
    expect(one('-3')).toBe(`a\r\n"'-3"\r\n`);
  });

  it('does not touch text that merely contains = + - @', () => {
    expect(one('Petro-Urrego, a+b = c @ OFAC')).toBe('a\r\n"Petro-Urrego, a+b = c @ OFAC"\r\n');
  });

  it('writes Spanish text unchanged, without quoting it', () => {
    const text = 'Año de «la descertificación»: señor Núñez, acción';
    expect(toCsv({ columns: ['título'], rows: [{ título: text.replace(',', '') }] })).toBe(
      `título\r\n${text.replace(',', '')}\r\n`,
    );
    expect(one(text)).toBe(`a\r\n"${text}"\r\n`);
  });

  it('writes null and undefined as empty cells, booleans as true/false', () => {
    expect(toCsv({ columns: ['a', 'b', 'c', 'd'], rows: [{ a: null, b: undefined, c: true, d: false }] })).toBe(
      'a,b,c,d\r\n,,true,false\r\n',
    );
  });

  it('writes only the header for no rows, and nothing for no columns', () => {
    expect(toCsv({ columns: ['id', 'date'], rows: [] })).toBe('id,date\r\n');
    expect(toCsv({ columns: [], rows: [] })).toBe('');
  });

  it('writes the preamble rows, neutralised, then an empty line, then the table', () => {
    const csv = toCsv(
      { columns: ['id'], rows: [{ id: 'x' }] },
      {
        preamble: [
          ['Sanctions Atlas — strikes'],
          ['Filters', 'sea: Caribbean, Eastern Pacific'],
          ['As of', '2026-06-30'],
          ['Note', '=evil()'],
        ],
      },
    );
    expect(csv).toBe(
      'Sanctions Atlas — strikes\r\nFilters,"sea: Caribbean, Eastern Pacific"\r\nAs of,2026-06-30\r\n' +
        `Note,"'=evil()"\r\n\r\nid\r\nx\r\n`,
    );
  });

  it('starts with a byte order mark only when asked', () => {
    expect(one('ñ').startsWith('\uFEFF')).toBe(false);
    expect(toCsv({ columns: ['a'], rows: [{ a: 'ñ' }] }, { bom: true })).toBe('\uFEFFa\r\nñ\r\n');
  });

  it('round-trips awkward text through a standard CSV reader', () => {
    const rows = [
      { a: 'x, "y"\r\nz', b: 'ñandú «sí»' },
      { a: '', b: 'plain' },
    ];
    const parsed = Papa.parse<Record<string, string>>(toCsv({ columns: ['a', 'b'], rows }), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows);
  });
});
