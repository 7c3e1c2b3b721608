import type { AllDatasets, DatasetName } from './schema/registry';

/** How many records a dataset holds, counted the way a reader would (designations + developments, etc.). */
export function recordCount<N extends DatasetName>(name: N, data: AllDatasets[N]): number {
  const d = data as AllDatasets[DatasetName];
  switch (name) {
    case 'sanctions': {
      const s = d as AllDatasets['sanctions'];
      return s.designations.length + s.developments.length;
    }
    case 'aid':
      return (d as AllDatasets['aid']).figures.length;
    case 'precedents': {
      const p = d as AllDatasets['precedents'];
      return p.cases.length + p.edgeCases.length;
    }
    default:
      return (d as AllDatasets['sources' | 'events' | 'strikes']).records.length;
  }
}
