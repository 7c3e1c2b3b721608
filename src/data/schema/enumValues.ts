/**
 * Value lists that both the data schema and a view's URL filter need, defined once. No zod here: a view that
 * imports a list must not pull the validator into the entry script (zod loads with the dataset worker).
 */

/** The seas a strike can be filtered by; a record may also say 'unspecified'. */
export const SEAS = ['caribbean', 'eastern-pacific'] as const;

/**
 * Measures are never mixed in one series: a request is not money spent. "committee-mark" is a House or Senate
 * bill's figure before enactment; "unspecified" is a figure whose source does not say which measure it is.
 */
export const AID_MEASURES = [
  'request',
  'committee-mark',
  'appropriation',
  'obligation',
  'disbursement',
  'unspecified',
] as const;

/**
 * What a figure covers. The research mixes these and they are not comparable:
 * State/USAID bilateral budget only, all agencies (incl. DoD), military and police programmes only, USAID only.
 */
export const AID_SCOPES = ['state-usaid', 'all-agencies', 'military-police', 'usaid-only', 'dod-only'] as const;

/** What a figure in a series is split by; "total" means one figure per year. */
export const AID_BREAKDOWNS = ['total', 'agency', 'sector', 'account'] as const;

export const AUTHORITY_TYPES = [
  'counternarcotics',
  'human-rights',
  'democracy',
  'aggression',
  'corruption',
  'terrorism',
  'nonproliferation',
  'regime',
] as const;

/** The sanctioned leader's country's relation to the United States. */
export const US_RELATIONS = ['ally', 'partner', 'adversary', 'other'] as const;
