import type { CsvCell } from '../../src/lib/csv.ts';
import { LIST_SEPARATOR, PARENT_COLUMN, type Column, type TableSpec } from './tables.ts';

type Row = Record<string, CsvCell>;

function at(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const step of path) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[step] : undefined;
  return v;
}

function cell(record: unknown, column: Column, where: string): CsvCell {
  const value = at(record, column.path);
  if (value === undefined || value === null) return null;
  if (column.list === undefined) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    throw new Error(`data package: ${where} › ${column.name} is not a single value`);
  }
  if (!Array.isArray(value)) throw new Error(`data package: ${where} › ${column.name} is not a list`);
  if (column.list === 'json') return JSON.stringify(value);
  const items = value.map(String);
  // A separator inside an item would make the joined cell ambiguous: stop the build rather than ship it.
  const bad = items.find((item) => item.includes(LIST_SEPARATOR));
  if (bad !== undefined)
    throw new Error(`data package: ${where} › ${column.name}: "${bad}" contains "${LIST_SEPARATOR}"`);
  return items.join(LIST_SEPARATOR);
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const idOf = (record: unknown) => String(at(record, ['id']) ?? '?');

function rowOf(record: unknown, columns: readonly Column[], where: string): Row {
  return Object.fromEntries(columns.map((c) => [c.name, cell(record, c, where)]));
}

/** The column names of a table as written: a sub-table's link to its parent first. */
export function columnNames(table: TableSpec): string[] {
  return [
    ...(table.parent === undefined ? [] : [PARENT_COLUMN]),
    ...table.columns.map((c) => c.name),
    ...(table.exploded?.columns.map((c) => c.name) ?? []),
  ];
}

/** The rows of one table from the validated dataset object; a sub-table reads its list inside each parent row. */
export function tableRows(dataset: Record<string, unknown>, table: TableSpec): Row[] {
  if (table.parent === undefined) {
    return list(dataset[table.key]).map((r) => rowOf(r, table.columns, `${table.resource} › "${idOf(r)}"`));
  }
  return list(dataset[table.parent.key]).flatMap((parent) =>
    list(at(parent, [table.key])).flatMap((item) => {
      const where = `${table.resource} › "${idOf(parent)}"`;
      const own = { [PARENT_COLUMN]: idOf(parent), ...rowOf(item, table.columns, where) };
      if (table.exploded === undefined) return [own];
      const columns = table.exploded.columns;
      const inner = list(at(item, [table.exploded.key]));
      if (inner.length === 0) return [own];
      return inner.map((value) => ({ ...own, ...rowOf(value, columns, where) }));
    }),
  );
}
