import type { AidDataset, AidFigure, AidMarker } from '../../data/schema/aid';

/** The series the map labels Colombia with: enacted State/USAID appropriations, one figure per year. */
export const MAP_AID_SERIES = 'appropriation-state-usaid-total';

export interface AidForMap {
  figure: AidFigure | null;
  /** The year asked for when it has no figure (the label then says so instead of showing 0). */
  missingYear: number | null;
  halt: AidMarker | null;
  restoration: AidMarker | null;
}

export function aidForMap(aid: AidDataset, year: number | null, windowEnd: string | null): AidForMap {
  const figures = aid.figures.filter((f) => f.seriesId === MAP_AID_SERIES).sort((a, b) => a.fiscalYear - b.fiscalYear);
  const figure = year === null ? (figures.at(-1) ?? null) : (figures.find((f) => f.fiscalYear === year) ?? null);
  const asOf = windowEnd ?? aid.asOf;
  const halt = aid.markers.find((m) => m.kind === 'payment-halt' && m.date <= asOf) ?? null;
  const restoration = aid.markers.filter((m) => m.kind === 'restoration' && m.date <= asOf).at(-1) ?? null;
  return { figure, missingYear: figure === null ? year : null, halt, restoration };
}
