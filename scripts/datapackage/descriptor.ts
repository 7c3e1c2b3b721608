import { PARENT_COLUMN, type Column, type TableSpec } from './tables.ts';

/** One CSV of the package, with what datapackage.json and the README say about it. */
export interface PackagedTable {
  readonly dataset: string;
  readonly spec: TableSpec;
  readonly path: string;
  readonly title: string;
  readonly asOf: string;
  readonly rowCount: number;
  /** Whether the `id` column is unique in this file (then it is declared the primary key). */
  readonly uniqueIds: boolean;
}

export interface PackageSource {
  readonly title: string;
  readonly path: string;
}

export const LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

function field(column: Column) {
  const constraints = {
    ...(column.required ? { required: true } : {}),
    ...(column.values === undefined ? {} : { enum: column.values }),
  };
  return {
    name: column.name,
    type: column.type,
    ...(column.type === 'date' ? { format: 'default' } : {}),
    description: column.description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function schema(table: PackagedTable) {
  const { spec } = table;
  const parentField = {
    name: PARENT_COLUMN,
    type: 'string',
    description: `Id of the record in ${spec.parent?.resource ?? ''}.csv this row belongs to`,
    constraints: { required: true },
  };
  return {
    fields: [
      ...(spec.parent === undefined ? [] : [parentField]),
      ...spec.columns.map(field),
      ...(spec.exploded?.columns.map(field) ?? []),
    ],
    ...(table.uniqueIds && spec.parent === undefined ? { primaryKey: 'id' } : {}),
    ...(spec.parent === undefined
      ? {}
      : { foreignKeys: [{ fields: PARENT_COLUMN, reference: { resource: spec.parent.resource, fields: 'id' } }] }),
  };
}

/** A Frictionless Tabular Data Package descriptor (https://specs.frictionlessdata.io/tabular-data-package/). */
export function packageDescriptor(input: {
  readonly tables: readonly PackagedTable[];
  readonly asOf: Readonly<Record<string, string>>;
  readonly sources: readonly PackageSource[];
  readonly created: string;
  readonly version?: string;
}) {
  return {
    profile: 'tabular-data-package',
    name: 'sanctions-atlas-data',
    title: 'Sanctions Atlas: data on the 2025–26 US–Colombia crisis',
    description:
      'US Treasury sanctions on President Petro, decertification and the aid halt, US strikes on alleged drug ' +
      'boats, and precedents of sanctioned heads of state. Every record names its sources.',
    ...(input.version === undefined ? {} : { version: input.version }),
    created: input.created,
    licenses: [LICENSE],
    contributors: [{ title: 'Sanctions Atlas contributors', role: 'author' }],
    /** Date each dataset's facts were last checked against its sources. */
    asOf: input.asOf,
    resources: input.tables.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.spec.resource,
      path: table.path,
      title: table.title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      asOf: table.asOf,
      schema: schema(table),
    })),
    sources: input.sources,
  };
}
