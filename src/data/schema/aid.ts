import * as z from 'zod/mini';
import {
  conflict,
  datePrecision,
  envelope,
  id,
  isoDate,
  localized,
  nonEmpty,
  sourceIds,
  uncitedSources,
  verification,
} from './primitives.ts';
import { AID_BREAKDOWNS, AID_MEASURES, AID_SCOPES } from './enumValues.ts';

/** Which measure a figure is (see AID_MEASURES). */
export const aidMeasure = z.enum(AID_MEASURES);

/** What a figure covers (see AID_SCOPES). */
export const aidScope = z.enum(AID_SCOPES);

export const fiscalYear = z.int().check(z.gte(1980), z.lte(2030));

export const aidSeries = z.object({
  id,
  label: localized,
  measure: aidMeasure,
  scope: aidScope,
  breakdown: z.enum(AID_BREAKDOWNS),
  note: z.optional(localized),
});

export const aidFigure = z.object({
  id,
  seriesId: id,
  fiscalYear,
  /** Repeated from the series on purpose: every figure carries its measure. */
  measure: aidMeasure,
  /** Current US dollars, in millions. */
  amountUsdMillions: z.number().check(z.gte(0, 'must not be negative')),
  agency: z.optional(nonEmpty),
  sector: z.optional(nonEmpty),
  account: z.optional(nonEmpty),
  /** The source's own word when it hedges ("about", "derived", "estimate"). */
  approximate: z.optional(z.boolean()),
  note: z.optional(localized),
  verification,
  conflicts: z.optional(z.array(conflict)),
  sourceIds,
  uncitedSources,
});

export const aidMarker = z.object({
  id,
  date: isoDate,
  datePrecision,
  kind: z.enum([
    'decertification',
    'waiver',
    'payment-halt',
    'freeze',
    'sanctions',
    'appropriation',
    'restoration',
    'other',
  ]),
  title: localized,
  summary: localized,
  verification,
  sourceIds,
  uncitedSources,
});

export const aidPeriod = z.object({
  id,
  fromFiscalYear: fiscalYear,
  toFiscalYear: fiscalYear,
  label: localized,
  summary: localized,
  /** Optional here (periods are context); "unverified" when only weak sources back the period. */
  verification: z.optional(verification),
  sourceIds,
  uncitedSources,
});

/** Multi-year totals, kept apart from the yearly series because they cannot be split into years. */
export const aidMultiYear = z.object({
  id,
  fromFiscalYear: fiscalYear,
  toFiscalYear: fiscalYear,
  amountUsdMillions: z.number().check(z.gte(0)),
  measure: z.nullable(aidMeasure),
  scope: z.nullable(aidScope),
  label: localized,
  verification,
  sourceIds,
  uncitedSources,
});

export const aidDataset = envelope('aid', {
  series: z.array(aidSeries),
  /**
   * Each agency, sector and account the figures name (`en`, exactly as in the figures) with its name in Spanish
   * (`es`): a reader sees the category in their language. The build fails on a figure whose category is not here.
   */
  categoryNames: z.array(localized),
  figures: z.array(aidFigure),
  markers: z.array(aidMarker),
  periods: z.array(aidPeriod),
  multiYear: z.array(aidMultiYear),
});

export type AidMeasure = z.infer<typeof aidMeasure>;
export type AidScope = z.infer<typeof aidScope>;
export type AidSeries = z.infer<typeof aidSeries>;
export type AidFigure = z.infer<typeof aidFigure>;
export type AidMarker = z.infer<typeof aidMarker>;
export type AidDataset = z.infer<typeof aidDataset>;
