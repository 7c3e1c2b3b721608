import Papa from 'papaparse';

/** What a CSV cell may hold. null and undefined are written as an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvTable {
  /** Column names, in order: the header row. */
  readonly columns: readonly string[];
  /** One object per row, keyed by column name; keys not in `columns` are left out. */
  readonly rows: readonly Readonly<Record<string, CsvCell>>[];
}

export interface CsvOptions {
  /**
   * Rows written before the header row, e.g. [['Sanctions Atlas — strikes'], ['Filters', 'sea: Caribbean'],
   * ['As of', '2026-06-30']], followed by one empty line. Encoded and neutralised like any other row.
   */
  readonly preamble?: readonly (readonly CsvCell[])[];
  /** Start with a UTF-8 byte order mark, which Excel needs to read ñ and á right when a file is double-clicked. */
  readonly bom?: boolean;
}

const CRLF = '\r\n';

/**
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or tab / CR, which some trim first).
 * Such a string gets a leading apostrophe, which spreadsheets show as text. Only strings are neutralised:
 * a number cell (-3.5) is written as a number so spreadsheets still sum it; a string "-3" is neutralised.
 * papaparse applies exactly that rule (it skips numbers and booleans), so we use it rather than our own.
 */
const unparseConfig = { newline: CRLF, escapeFormulae: true, quoteChar: '"', delimiter: ',' } as const;

function encodeRows(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows as CsvCell[][], unparseConfig) + CRLF;
}

/**
 * An RFC 4180 CSV: comma-separated, CRLF after every record, fields with commas, quotes or line breaks
 * quoted, quotes doubled. The result is a JS string: write it out as UTF-8.
 */
export function toCsv(table: CsvTable, options: CsvOptions = {}): string {
  const preamble = options.preamble ?? [];
  const head = preamble.length > 0 ? encodeRows(preamble) + CRLF : '';
  const body =
    table.columns.length === 0
      ? ''
      : encodeRows([table.columns, ...table.rows.map((row) => table.columns.map((column) => row[column]))]);
  return (options.bom === true ? '\uFEFF' : '') + head + body;
}
