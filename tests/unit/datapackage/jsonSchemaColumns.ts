/**
 * An independent reading of the datasets' columns for the data-package test: it starts from zod's own JSON Schema
 * export (not from the package's schema walk) and applies the documented flattening rules.
 */
type Json = {
  type?: string | string[];
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Json[];
  properties?: Record<string, Json>;
  items?: Json | false;
  prefixItems?: Json[];
};

const TUPLE_LABELS: Record<string, string[]> = { centroid: ['lat', 'lon'] };
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

function nonNull(s: Json): Json[] {
  if (s.anyOf !== undefined) return s.anyOf.filter((o) => o.type !== 'null').flatMap(nonNull);
  if (Array.isArray(s.type)) return s.type.filter((t) => t !== 'null').map((type) => ({ ...s, type }));
  return [s];
}

function scalarType(s: Json): string | null {
  const options = nonNull(s);
  if (options.length > 1) {
    const types = options.map(scalarType);
    if (types.includes(null)) return null;
    return new Set(types).size === 1 ? (types[0] ?? null) : 'any';
  }
  const o = options[0] ?? {};
  if (o.type === 'string') return o.pattern === DATE ? 'date' : 'string';
  if (o.type === 'integer' || o.type === 'number' || o.type === 'boolean') return o.type;
  return null;
}

export function jsonSchemaColumns(row: Json, prefix = ''): { name: string; type: string }[] {
  return Object.entries(row.properties ?? {}).flatMap(([key, field]): { name: string; type: string }[] => {
    const name = `${prefix}${key}`;
    const type = scalarType(field);
    if (type !== null) return [{ name, type }];
    const s = nonNull(field)[0] ?? {};
    if (s.type === 'object') return jsonSchemaColumns(s, `${name}_`);
    if (s.prefixItems !== undefined)
      return s.prefixItems.map((item, i) => ({
        name: `${name}_${TUPLE_LABELS[key]?.[i] ?? i + 1}`,
        type: scalarType(item) ?? '?',
      }));
    if (s.type === 'array' && s.items !== undefined && s.items !== false) {
      const items = s.items;
      if (items.type === 'object') return []; // its own CSV
      // Codes (patterned ids, enum values) are joined with ";"; free text is a JSON array.
      return [{ name, type: items.pattern !== undefined || items.enum !== undefined ? 'string' : 'array' }];
    }
    return [{ name, type: '?' }];
  });
}

/** The main tables of a dataset: each array of objects at its top level, with its JSON Schema row. */
export function jsonSchemaTables(dataset: string, schema: Json): { resource: string; row: Json }[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
    const items = field.items;
    if (field.type !== 'array' || items === undefined || items === false || items.type !== 'object') return [];
    const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return [{ resource: key === 'records' ? dataset : `${dataset}-${kebab}`, row: items }];
  });
}
