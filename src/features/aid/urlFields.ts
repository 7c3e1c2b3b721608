import { AID_BREAKDOWNS, AID_MEASURES, AID_SCOPES } from '../../data/schema/enumValues';
import { defaultField, optionalField, parseEnum, parseIntIn } from '../../state/fieldCodecs';

export type AidMeasureChoice = (typeof AID_MEASURES)[number];
export type AidScopeChoice = (typeof AID_SCOPES)[number];
export type AidBreakdown = (typeof AID_BREAKDOWNS)[number];

/** The aid view's URL fields: which series (never mixed: a request is not money spent) and which year. */
export const aidUrlFields = {
  measure: defaultField<AidMeasureChoice>('appropriation', parseEnum(AID_MEASURES)),
  scope: defaultField<AidScopeChoice>('state-usaid', parseEnum(AID_SCOPES)),
  breakdown: defaultField<AidBreakdown>('total', parseEnum(AID_BREAKDOWNS)),
  /** Selected fiscal year for the flow view and the map's aid layer. */
  year: optionalField(parseIntIn(1980, 2030)),
};
