import type { DataProblem } from './problems.ts';
import type { AllDatasets, DatasetName } from './registry.ts';

interface IdentifiedRecord {
  id: string;
  sourceIds?: readonly string[];
}

function isIdentified(value: unknown): value is IdentifiedRecord {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/** Every record of a dataset, whatever array it sits in (records, areas, figures, cases…). */
function recordsOf(dataset: object): { list: string; record: IdentifiedRecord }[] {
  return Object.entries(dataset).flatMap(([list, value]) =>
    Array.isArray(value) ? value.filter(isIdentified).map((record) => ({ list, record })) : [],
  );
}

/**
 * Checks that no single file can make on its own: ids unique within a file, every sourceId resolves,
 * no record rests only on a domain verification.md flags, and references inside a file resolve.
 */
export function crossCheck(data: Partial<AllDatasets>): DataProblem[] {
  const problems: DataProblem[] = [];
  const sourcesById = new Map((data.sources?.records ?? []).map((s) => [s.id, s]));

  for (const name of Object.keys(data) as DatasetName[]) {
    const file = `data/${name}.json`;
    const dataset = data[name];
    if (dataset === undefined) continue;
    const seen = new Set<string>();
    for (const { list, record } of recordsOf(dataset)) {
      if (seen.has(record.id)) {
        problems.push({ file, recordId: record.id, field: 'id', message: `duplicate id in ${list}` });
      }
      seen.add(record.id);
      const ids = record.sourceIds ?? [];
      ids.forEach((sourceId, i) => {
        if (!sourcesById.has(sourceId)) {
          problems.push({
            file,
            recordId: record.id,
            field: `sourceIds.${i}`,
            message: `unknown sourceId "${sourceId}"`,
          });
        }
      });
      const resolved = ids.map((sid) => sourcesById.get(sid)).filter((s) => s !== undefined);
      const verificationValue = (record as { verification?: string }).verification;
      if (
        list !== 'corrections' &&
        resolved.length > 0 &&
        resolved.every((s) => s.flagged === true) &&
        verificationValue !== 'unverified'
      ) {
        problems.push({
          file,
          recordId: record.id,
          field: 'sourceIds',
          message: 'rests only on flagged sources: add a reliable source or mark it "unverified"',
        });
      }
    }
  }

  const areaIds = new Set((data.strikes?.areas ?? []).map((a) => a.id));
  for (const s of data.strikes?.records ?? []) {
    if (s.areaId !== null && !areaIds.has(s.areaId)) {
      problems.push({
        file: 'data/strikes.json',
        recordId: s.id,
        field: 'areaId',
        message: `unknown area "${s.areaId}"`,
      });
    }
  }

  const seriesById = new Map((data.aid?.series ?? []).map((s) => [s.id, s]));
  for (const f of data.aid?.figures ?? []) {
    const series = seriesById.get(f.seriesId);
    if (series === undefined) {
      problems.push({
        file: 'data/aid.json',
        recordId: f.id,
        field: 'seriesId',
        message: `unknown series "${f.seriesId}"`,
      });
    } else if (series.measure !== f.measure) {
      problems.push({
        file: 'data/aid.json',
        recordId: f.id,
        field: 'measure',
        message: `is "${f.measure}" but series "${series.id}" holds "${series.measure}": measures never mix in one series`,
      });
    }
  }
  return problems;
}
