import { citationProblems } from './citationChecks.ts';
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
 * no banned domain is cited, no record rests only on weak domains unless unverified, and references inside a
 * file resolve.
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
      // Corrections log what changed; they may cite nothing (or weak copies) but never a banned domain.
      problems.push(...citationProblems(file, record, sourcesById, { requireSources: list !== 'corrections' }));
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

  for (const s of data.strikes?.records ?? []) {
    if ((s.grade === 'discounted') === s.counted) {
      problems.push({
        file: 'data/strikes.json',
        recordId: s.id,
        field: 'grade',
        message: s.counted
          ? 'is "discounted" but the strike is counted: set counted to false, or give it another grade'
          : 'the strike is not counted, so its grade must be "discounted"',
      });
    }
  }

  for (const c of data.precedents?.cases ?? []) {
    if (c.outcome === 'in-office' && c.trueAsOf === undefined) {
      problems.push({
        file: 'data/precedents.json',
        recordId: c.id,
        field: 'trueAsOf',
        message: '"in-office" is true only as of a date: add trueAsOf (the last date sources confirmed it)',
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
  problems.push(...aidCategoryNameProblems(data));
  return problems;
}

/** A figure's agency, sector or account that `categoryNames` does not name: a Spanish reader would see English. */
function aidCategoryNameProblems(data: Partial<AllDatasets>): DataProblem[] {
  if (data.aid === undefined) return [];
  const named = new Set(data.aid.categoryNames.map((n) => n.en));
  return data.aid.figures.flatMap((f) =>
    (['agency', 'sector', 'account'] as const).flatMap((field) => {
      const category = f[field];
      return category === undefined || named.has(category)
        ? []
        : [{ file: 'data/aid.json', recordId: f.id, field, message: `"${category}" has no entry in categoryNames` }];
    }),
  );
}
