import type { AllDatasets, DatasetName } from '../../data/schema/registry';

export interface Citation {
  dataset: DatasetName;
  recordId: string;
}

interface Cited {
  id: string;
  sourceIds: readonly string[];
}

const isCited = (v: unknown): v is Cited =>
  typeof v === 'object' && v !== null && typeof (v as Cited).id === 'string' && Array.isArray((v as Cited).sourceIds);

/** For each source, the records that cite it — the "what cites it" column of the sources panel. */
export function citationsBySource(data: Partial<AllDatasets>): Map<string, Citation[]> {
  const index = new Map<string, Citation[]>();
  for (const [name, dataset] of Object.entries(data) as [DatasetName, object | undefined][]) {
    if (dataset === undefined || name === 'sources') continue;
    for (const value of Object.values(dataset)) {
      if (!Array.isArray(value)) continue;
      for (const record of value.filter(isCited)) {
        for (const sourceId of record.sourceIds) {
          const list = index.get(sourceId) ?? [];
          list.push({ dataset: name, recordId: record.id });
          index.set(sourceId, list);
        }
      }
    }
  }
  return index;
}

export interface CorrectionRow {
  dataset: DatasetName;
  id: string;
  date: string;
  recordId: string | null;
  field: string | null;
  before: string | null;
  after: string | null;
  reason: { en: string; es: string };
}

/** Every dataset's corrections in one list, newest first. */
export function allCorrections(data: Partial<AllDatasets>): CorrectionRow[] {
  return (Object.entries(data) as [DatasetName, { corrections: Omit<CorrectionRow, 'dataset'>[] } | undefined][])
    .flatMap(([dataset, d]) => (d === undefined ? [] : d.corrections.map((c) => ({ ...c, dataset }))))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
