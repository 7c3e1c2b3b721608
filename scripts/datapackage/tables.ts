import * as z from 'zod/mini';
import { id, iso3, isoDate } from '../../src/data/schema/primitives.ts';
import { describeField } from './fieldDescriptions.ts';

/** Frictionless Table Schema field types the datasets use. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array' | 'any';

export interface Column {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  readonly required: boolean;
  readonly values?: readonly string[];
  /** Where the cell's value sits in a record. */
  readonly path: readonly (string | number)[];
  /**
   * A list of scalars in one cell: codes and ids (source ids, countries, enum values), which cannot hold ";",
   * are joined with ";"; free text (names) is written as a JSON array (Table Schema type "array").
   */
  readonly list?: 'joined' | 'json';
}

/** One CSV: the rows of an array in a dataset, or of an array nested in those rows (a sub-table). */
export interface TableSpec {
  readonly resource: string;
  /** The array's key: in the dataset object for a main table, in each parent row for a sub-table. */
  readonly key: string;
  readonly columns: readonly Column[];
  /** Sub-tables start with a `record_id` column naming their row in the parent resource (dataset key `key`). */
  readonly parent?: { readonly resource: string; readonly key: string };
  /** A list of objects inside each row (a conflict's values): one CSV row per element, the row's cells repeated. */
  readonly exploded?: { readonly key: string; readonly columns: readonly Column[] };
}

export const LIST_SEPARATOR = ';';
/** Element schemas whose values are codes (their patterns allow no ";"). */
const CODES = new Set<z.core.$ZodType>([id, iso3]);
export const PARENT_COLUMN = 'record_id';

/** Names for tuple items; any other tuple gets 1, 2, 3… */
const TUPLE_ITEMS: Readonly<Record<string, readonly string[]>> = { centroid: ['lat', 'lon'] };

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const resourceName = (dataset: string, key: string) =>
  key === 'records' ? dataset : `${dataset}-${kebab(key)}`;

type Walked = { schema: z.core.$ZodTypes; required: boolean };

/** Optional and nullable wrappers only say whether a cell may be empty. */
function unwrap(schema: z.core.$ZodType): Walked {
  let s = schema as z.core.$ZodTypes;
  let required = true;
  while (s._zod.def.type === 'optional' || s._zod.def.type === 'nullable') {
    required = false;
    s = s._zod.def.innerType as z.core.$ZodTypes;
  }
  return { schema: s, required };
}

function scalarType(schema: z.core.$ZodTypes): { type: FieldType; values?: string[] } | null {
  if (schema === (isoDate as z.core.$ZodType)) return { type: 'date' };
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return { type: 'string' };
    case 'number':
      return { type: 'format' in def && def.format === 'safeint' ? 'integer' : 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', values: Object.values(def.entries).map(String) };
    case 'literal':
      return { type: 'string', values: def.values.map(String) };
    case 'union': {
      // A null option only means the cell may be empty.
      const options = def.options.map((o) => unwrap(o).schema).filter((o) => o._zod.def.type !== 'null');
      const types = options.map((o) => scalarType(o)?.type ?? null);
      if (types.includes(null)) return null;
      return { type: new Set(types).size === 1 ? (types[0] ?? 'any') : 'any' };
    }
    default:
      return null;
  }
}

/** A cell is required only if the schema also rejects what would be written as an empty cell. */
const writesEmpty = (schema: z.core.$ZodType) => ['', null, []].some((v) => z.safeParse(schema, v).success);

interface Walk {
  resource: string;
  /** Dotted path inside the row, for messages and the description lookup. */
  fieldPath: string;
  /** Inside an optional object (a conflict's note): then none of its fields is required either. */
  optional: boolean;
}

interface Found {
  columns: Column[];
  children: { key: string; shape: z.core.$ZodObject }[];
}

function walkObject(shape: z.core.$ZodObject, at: Walk, prefix: string, path: (string | number)[], found: Found) {
  for (const [key, field] of Object.entries(shape._zod.def.shape)) {
    walkField(
      field,
      { ...at, fieldPath: at.fieldPath === '' ? key : `${at.fieldPath}.${key}` },
      `${prefix}${key}`,
      [...path, key],
      found,
    );
  }
}

function walkField(field: z.core.$ZodType, at: Walk, name: string, path: (string | number)[], found: Found) {
  const unwrapped = unwrap(field);
  const schema = unwrapped.schema;
  const required = unwrapped.required && !at.optional && !writesEmpty(schema);
  const scalar = scalarType(schema);
  const description = () => describeField(at.resource, at.fieldPath, schema);
  if (scalar !== null) {
    found.columns.push({ name, ...scalar, description: description(), required, path });
    return;
  }
  const def = schema._zod.def;
  const inner = { ...at, optional: !required };
  if (def.type === 'object') return walkObject(schema as z.core.$ZodObject, inner, `${name}_`, path, found);
  if (def.type === 'tuple') {
    def.items.forEach((item, i) => {
      const label = TUPLE_ITEMS[at.fieldPath.split('.').pop() ?? '']?.[i] ?? String(i + 1);
      walkField(item, { ...inner, fieldPath: `${at.fieldPath}.${label}` }, `${name}_${label}`, [...path, i], found);
    });
    return;
  }
  if (def.type === 'array') {
    const element = unwrap(def.element).schema;
    if (scalarType(element) !== null) {
      const codes = element._zod.def.type === 'enum' || CODES.has(element as z.core.$ZodType);
      const list = codes ? 'joined' : 'json';
      const type = codes ? 'string' : 'array';
      found.columns.push({ name, type, description: description(), required, path, list });
      return;
    }
    if (element._zod.def.type === 'object' && path.length === 1) {
      found.children.push({ key: String(path[0]), shape: element as z.core.$ZodObject });
      return;
    }
  }
  throw new Error(`data package: cannot flatten ${at.resource} › ${at.fieldPath} (a ${def.type} here)`);
}

/** The CSV tables for one array of records, and for the arrays of objects its rows hold. */
function tablesFor(resource: string, key: string, row: z.core.$ZodObject, parent?: TableSpec['parent']): TableSpec[] {
  const found: Found = { columns: [], children: [] };
  walkObject(row, { resource, fieldPath: '', optional: false }, '', [], found);
  const own: TableSpec = { resource, key, columns: found.columns, ...(parent === undefined ? {} : { parent }) };
  if (parent !== undefined) {
    // A sub-table's own lists of objects (a conflict's values) become one row each.
    if (found.children.length > 1) throw new Error(`data package: ${resource} has more than one nested list`);
    const nested = found.children[0];
    if (nested === undefined) return [own];
    const inner: Found = { columns: [], children: [] };
    walkObject(nested.shape, { resource, fieldPath: nested.key, optional: false }, `${nested.key}_`, [], inner);
    if (inner.children.length > 0) throw new Error(`data package: ${resource} › ${nested.key} nests too deep`);
    return [{ ...own, exploded: { key: nested.key, columns: inner.columns } }];
  }
  if (!found.columns.some((c) => c.name === 'id') && found.children.length > 0)
    throw new Error(`data package: ${resource} has sub-tables but no id to link them`);
  return [
    own,
    ...found.children.flatMap((c) => tablesFor(`${resource}-${kebab(c.key)}`, c.key, c.shape, { resource, key })),
  ];
}

/** Every array of objects in a dataset's schema becomes a table; its scalar fields go into the package metadata. */
export function datasetTables(dataset: string, schema: z.core.$ZodType): TableSpec[] {
  const { schema: root } = unwrap(schema);
  if (root._zod.def.type !== 'object') throw new Error(`data package: ${dataset} is not an object`);
  const entries = Object.entries((root as z.core.$ZodObject)._zod.def.shape);
  // The dataset's records first (strikes.csv before strikes-areas.csv), then its other tables in schema order.
  const ordered = [...entries.filter(([key]) => key === 'records'), ...entries.filter(([key]) => key !== 'records')];
  return ordered.flatMap(([key, field]) => {
    const { schema: s } = unwrap(field);
    if (s._zod.def.type !== 'array') return [];
    const element = unwrap(s._zod.def.element).schema;
    if (element._zod.def.type !== 'object') return [];
    return tablesFor(resourceName(dataset, key), key, element as z.core.$ZodObject);
  });
}
