import { strToU8, zipSync, type Zippable } from 'fflate';
import type * as z from 'zod/mini';
import { toCsv } from '../../src/lib/csv.ts';
import { packageDescriptor, type PackagedTable, type PackageSource } from './descriptor.ts';
import { packageReadme } from './readme.ts';
import { columnNames, tableRows } from './rows.ts';
import { datasetTables } from './tables.ts';

export const PACKAGE_FILE = 'sanctions-atlas-data.zip';
/** Everything sits in one folder, so unzipping does not scatter files. */
export const PACKAGE_FOLDER = 'sanctions-atlas-data';

export interface DataPackageInput {
  /** The validated datasets, by name. */
  readonly datasets: Readonly<Record<string, unknown>>;
  /** Their zod schemas, by name: the tables and columns are read from them. */
  readonly schemas: Readonly<Record<string, z.core.$ZodType>>;
  /** The JSON files exactly as the app ships them, by dataset name. */
  readonly json: ReadonlyMap<string, string>;
  /** Text of the data licence (LICENSE-DATA.md). */
  readonly license: string;
  /** Defaults to the latest as-of date, so that the same data always makes the same bytes. */
  readonly created?: Date;
  readonly siteUrl?: string;
  readonly version?: string;
}

type Envelope = { asOf?: unknown; title?: { en?: unknown } } & Record<string, unknown>;

const humanise = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function sources(datasets: DataPackageInput['datasets']): PackageSource[] {
  const records = (datasets.sources as Envelope | undefined)?.records;
  if (!Array.isArray(records)) return [];
  return records.map((r: { publisher?: string; title?: string; url?: string }) => ({
    title: `${r.publisher ?? ''}: ${r.title ?? ''}`,
    path: r.url ?? '',
  }));
}

/** The zip's date fields are local time: a local noon on the creation day reads as that day in every time zone. */
const zipTime = (created: Date) =>
  new Date(created.getUTCFullYear(), created.getUTCMonth(), created.getUTCDate(), 12, 0, 0);

/** The files of the data package (path in the zip → text) and the zip itself. Pure: the same input, the same bytes. */
export function buildDataPackage(input: DataPackageInput): { files: Map<string, string>; zip: Uint8Array } {
  const asOf: Record<string, string> = {};
  const csv = new Map<string, string>();
  const tables: PackagedTable[] = [];
  for (const [dataset, schema] of Object.entries(input.schemas)) {
    const data = input.datasets[dataset] as Envelope | undefined;
    if (data === undefined) throw new Error(`data package: dataset ${dataset} is missing`);
    const datasetAsOf = String(data.asOf ?? '');
    const datasetTitle = String(data.title?.en ?? dataset);
    asOf[dataset] = datasetAsOf;
    for (const spec of datasetTables(dataset, schema)) {
      const rows = tableRows(data, spec);
      const path = `csv/${spec.resource}.csv`;
      csv.set(path, toCsv({ columns: columnNames(spec), rows }));
      const ids = rows.map((r) => r.id);
      const named = spec.parent === undefined ? spec.key : `${spec.parent.key} ${spec.key}`;
      tables.push({
        dataset,
        spec,
        path,
        title: named === 'records' ? datasetTitle : `${datasetTitle}: ${humanise(named.replace(/^records /, ''))}`,
        asOf: datasetAsOf,
        rowCount: rows.length,
        uniqueIds: ids.every((id) => id !== null && id !== undefined) && new Set(ids).size === ids.length,
      });
    }
  }
  // The corrections of every dataset come after its content tables.
  const ordered = [
    ...tables.filter((t) => t.spec.key !== 'corrections'),
    ...tables.filter((t) => t.spec.key === 'corrections'),
  ];
  const latest = Object.values(asOf).sort().at(-1) ?? '1980-01-01';
  const created = input.created ?? new Date(`${latest}T00:00:00Z`);
  const jsonFiles = [...input.json.keys()].map((name) => `json/${name}.json`);
  const descriptor = packageDescriptor({
    tables: ordered,
    asOf,
    sources: sources(input.datasets),
    created: created.toISOString().replace('.000Z', 'Z'),
    ...(input.version === undefined ? {} : { version: input.version }),
  });

  const files = new Map<string, string>([
    [
      'README.md',
      packageReadme({
        tables: ordered,
        asOf,
        jsonFiles,
        ...(input.siteUrl === undefined ? {} : { siteUrl: input.siteUrl }),
      }),
    ],
    ['LICENSE.md', input.license],
    ['datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`],
    ...ordered.map((t): [string, string] => [t.path, csv.get(t.path) ?? '']),
    ...[...input.json].map(([name, text]): [string, string] => [`json/${name}.json`, text]),
  ]);
  const mtime = zipTime(created);
  const zippable: Zippable = {};
  for (const [path, text] of files) zippable[`${PACKAGE_FOLDER}/${path}`] = [strToU8(text), { mtime, level: 9 }];
  return { files, zip: zipSync(zippable) };
}
