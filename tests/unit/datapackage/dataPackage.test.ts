import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildDataPackage, PACKAGE_FOLDER, type DataPackageInput } from '../../../scripts/datapackage/build';
import { id, isoDate, localized } from '../../../src/data/schema/primitives';
import { datasetSchemas } from '../../../src/data/schema/registry';
import { strike, strikesDataset } from '../../../src/data/schema/strikes';
import { minimalDatasets } from '../../fixtures/minimalDatasets';
import { jsonSchemaColumns, jsonSchemaTables } from './jsonSchemaColumns';

type Resource = { name: string; path: string; asOf: string; schema: { fields: { name: string; type: string }[] } };
type Descriptor = { profile: string; licenses: { name: string }[]; resources: Resource[]; created: string };

function input(datasets: Record<string, unknown> = minimalDatasets()): DataPackageInput {
  return {
    datasets,
    schemas: datasetSchemas,
    json: new Map(Object.entries(datasets).map(([name, data]) => [name, JSON.stringify(data)])),
    license: 'DATA LICENCE TEXT',
  };
}

function unpack(zip: Uint8Array): Map<string, string> {
  const entries = Object.entries(unzipSync(zip)).map(([path, bytes]): [string, string] => [path, strFromU8(bytes)]);
  return new Map(entries.map(([path, text]) => [path.replace(`${PACKAGE_FOLDER}/`, ''), text]));
}

const descriptorOf = (files: Map<string, string>) => JSON.parse(files.get('datapackage.json') ?? '{}') as Descriptor;
const csvOf = (files: Map<string, string>, path: string) =>
  Papa.parse<Record<string, string>>(files.get(path) ?? '', { header: true, skipEmptyLines: true });

describe('data package', () => {
  const files = unpack(buildDataPackage(input()).zip);
  const descriptor = descriptorOf(files);

  it('is a CC BY 4.0 tabular data package with README, licence and every dataset as JSON', () => {
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(files.get('LICENSE.md')).toBe('DATA LICENCE TEXT');
    expect(files.get('README.md')).toContain('How to cite');
    for (const name of Object.keys(datasetSchemas))
      expect(JSON.parse(files.get(`json/${name}.json`) ?? 'null')).toEqual(minimalDatasets()[name as 'aid']);
  });

  it('holds every resource file it lists, each with the header its schema names', () => {
    expect(descriptor.resources.length).toBeGreaterThan(6);
    for (const resource of descriptor.resources) {
      expect(files.has(resource.path), resource.path).toBe(true);
      const header = (files.get(resource.path) ?? '').split('\r\n')[0];
      expect(header, resource.path).toBe(resource.schema.fields.map((f) => f.name).join(','));
    }
  });

  it('lists, for every table of every dataset, the fields and types the zod schema defines', () => {
    for (const [dataset, schema] of Object.entries(datasetSchemas)) {
      const tables = jsonSchemaTables(dataset, z.toJSONSchema(schema, { unrepresentable: 'any' }) as never);
      expect(tables.length, dataset).toBeGreaterThan(0);
      for (const { resource, row } of tables) {
        const listed = descriptor.resources.find((r) => r.name === resource);
        expect(listed, resource).toBeDefined();
        expect(
          listed?.schema.fields.map(({ name, type }) => ({ name, type })),
          resource,
        ).toEqual(jsonSchemaColumns(row));
        expect(listed?.asOf).toBe('2026-01-31');
      }
    }
  });

  it('splits text by language, joins source ids with ";" and writes not-reported as an empty cell', () => {
    const events = csvOf(files, 'csv/events.csv').data[0];
    expect(events).toMatchObject({ title_en: 'Sanctions', title_es: 'Sanctions (es)', countries: 'COL;USA' });
    const strikes = csvOf(files, 'csv/strikes.csv').data[0];
    expect(strikes?.id).toBe('strike-1');
    expect(Object.values(strikes ?? {}).some((v) => v === '')).toBe(true);
  });

  it('puts lists of objects in their own CSV linked by record_id, one row per disputed value', () => {
    const data = minimalDatasets();
    const record = data.strikes.records[0];
    if (record === undefined) throw new Error('fixture has a strike');
    data.strikes.records[0] = {
      ...record,
      conflicts: [
        {
          field: 'killed',
          values: [
            { value: 3, sourceIds: ['treasury-1'] },
            { value: null, sourceIds: ['treasury-1', 'spam-1'] },
          ],
        },
      ],
    };
    const conflicts = csvOf(unpack(buildDataPackage(input(data)).zip), 'csv/strikes-conflicts.csv');
    expect(conflicts.data).toEqual([
      {
        record_id: 'strike-1',
        field: 'killed',
        note_en: '',
        note_es: '',
        values_value: '3',
        values_sourceIds: 'treasury-1',
        values_uncitedSources_en: '',
        values_uncitedSources_es: '',
      },
      {
        record_id: 'strike-1',
        field: 'killed',
        note_en: '',
        note_es: '',
        values_value: '',
        values_sourceIds: 'treasury-1;spam-1',
        values_uncitedSources_en: '',
        values_uncitedSources_es: '',
      },
    ]);
  });

  it('neutralises formula-like text from the data', () => {
    const data = minimalDatasets();
    const event = data.events.records[0];
    if (event === undefined) throw new Error('fixture has an event');
    data.events.records[0] = { ...event, summary: { en: '=HYPERLINK("https://x.example")', es: '-resumen' } };
    const row = csvOf(unpack(buildDataPackage(input(data)).zip), 'csv/events.csv').data[0];
    expect(row?.summary_en).toBe(`'=HYPERLINK("https://x.example")`);
    expect(row?.summary_es).toBe(`'-resumen`);
  });

  it('takes in new fields and new datasets from the schema without code changes', () => {
    const graded = z.extend(strike, { grade: z.optional(z.enum(['a', 'b'])) });
    const changelog = z.object({
      dataset: z.literal('changelog'),
      asOf: isoDate,
      title: localized,
      entries: z.array(z.object({ id, date: isoDate, text: localized, recordIds: z.array(id) })),
    });
    const data = {
      ...minimalDatasets(),
      changelog: {
        dataset: 'changelog',
        asOf: '2026-02-01',
        title: { en: 'Changes', es: 'Cambios' },
        entries: [
          { id: 'c-1', date: '2026-02-01', text: { en: 'Added', es: 'Añadido' }, recordIds: ['strike-1', 'ev-1'] },
        ],
      },
    };
    const schemas = {
      ...datasetSchemas,
      strikes: z.extend(strikesDataset, { records: z.array(graded) }),
      changelog,
    };
    const built = unpack(buildDataPackage({ ...input(data), schemas }).zip);
    const resources = descriptorOf(built).resources;
    expect(resources.find((r) => r.name === 'strikes')?.schema.fields.map((f) => f.name)).toContain('grade');
    expect(resources.find((r) => r.name === 'changelog-entries')?.schema.fields).toEqual([
      expect.objectContaining({ name: 'id', type: 'string' }),
      expect.objectContaining({ name: 'date', type: 'date' }),
      expect.objectContaining({ name: 'text_en', type: 'string' }),
      expect.objectContaining({ name: 'text_es', type: 'string' }),
      expect.objectContaining({ name: 'recordIds', type: 'string' }),
    ]);
    expect(csvOf(built, 'csv/changelog-entries.csv').data).toEqual([
      { id: 'c-1', date: '2026-02-01', text_en: 'Added', text_es: 'Añadido', recordIds: 'strike-1;ev-1' },
    ]);
    expect(descriptorOf(built).created).toBe('2026-02-01T00:00:00Z');
  });

  describe('determinism', () => {
    const tz = process.env.TZ;
    afterEach(() => {
      process.env.TZ = tz;
    });

    it('makes the same bytes from the same data, whatever the time zone', () => {
      process.env.TZ = 'Pacific/Honolulu';
      const first = buildDataPackage(input()).zip;
      process.env.TZ = 'Pacific/Kiritimati';
      const second = buildDataPackage(input()).zip;
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    });
  });
});
