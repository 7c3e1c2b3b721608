import Papa from 'papaparse';
import { toCsv } from '../../../src/lib/csv';
import type { ViewCsv } from '../../../src/ui/DownloadPanel';

/** A view's CSV as the file holds it (through src/lib/csv.ts), read back as a spreadsheet would, line by line. */
export function fileLines(csv: ViewCsv): string[][] {
  const text = toCsv(csv.table, { preamble: csv.preamble, bom: true });
  if (!text.startsWith('\uFEFF')) throw new Error('no byte order mark');
  return Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data;
}

/** The lines after the preamble's blank line: the header row, then the data rows. */
export function tableLines(lines: string[][]): string[][] {
  const blank = lines.findIndex((l) => l.length === 1 && l[0] === '');
  return lines.slice(blank + 1);
}
