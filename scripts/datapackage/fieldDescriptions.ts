import * as z from 'zod/mini';

/**
 * What a column holds, for datapackage.json. Kept here rather than in src/data/schema so the app's bundle does
 * not carry them; a description registered on the schema itself (zod `describe`/`meta`) wins over this list.
 * Keys are a field's path inside a row ("claimant.who"), optionally after the resource ("strikes-totals.killed").
 * A field missing here still gets a description made from its name, so new fields never break the build.
 */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  id: 'Stable identifier of the record',
  sourceIds: 'Ids of the sources supporting the record, separated by ";" (see sources.csv)',
  verification: 'How well the sources hold up: confirmed, reported or unverified',
  date: 'Date (YYYY-MM-DD)',
  datePrecision: 'How exact the date is: day, month or approximate (then the date is a stand-in)',
  asOf: 'Date the figure was stated or last checked (YYYY-MM-DD)',
  asOfPrecision: 'How exact asOf is',
  title: 'Title',
  summary: 'Summary in our own words',
  note: 'Note',
  notes: 'Notes',
  label: 'Label',
  kind: 'Kind of record',
  // strikes
  trackerNumber: 'Running number(s) the public trackers give the strike; empty if they do not number it',
  sea: 'Sea the strike took place in',
  locationText: 'Where the strike happened, as the sources word it',
  areaId: 'Approximate area of the strike (see strikes-areas.csv); empty when only the sea is known',
  locationPrecision: 'How exact the location is',
  boats: 'Boats struck; empty = not reported (never 0 for unknown)',
  killed: 'People killed; empty = not reported (never 0 for unknown)',
  survivors: 'Survivors; empty = not reported',
  presumedDead: 'People missing and presumed dead; empty = not reported',
  allegedAffiliation: 'Group the US alleges the boat belonged to (a claim, not a finding)',
  vesselType: 'Type of vessel, as reported',
  claimant: 'Who made the claim',
  'claimant.who': 'Who announced the strike',
  'claimant.channel': 'Where it was announced',
  'claimant.date': 'When it was announced',
  evidenceStatus: 'How far the public record supports the US account of the strike',
  evidenceNote: 'What evidence was published',
  victimsNationality: 'Nationality of the people killed, where reported',
  counted: 'Whether trackers count the strike in their totals',
  name: 'Name',
  centroid: 'Centre of the approximate area (ours, not from the sources)',
  'centroid.lat': 'Latitude of the centre of the approximate area (ours, not from the sources)',
  'centroid.lon': 'Longitude of the centre of the approximate area (ours, not from the sources)',
  radiusKm: 'Radius of the approximate area in km (ours)',
  basis: 'What in the sources the area rests on',
  method: 'Whether the total counts people killed outright only or also those presumed dead',
  reporter: 'Who published the total',
  strikes: 'Strikes counted',
  'totals.killed': 'People killed according to the reporter; empty = not reported',
  'totals.asOf': "Date of the reporter's statement (YYYY-MM-DD)",
  // revisions, conflicts and corrections
  field: 'Field concerned',
  from: 'Value before the revision',
  to: 'Value after the revision',
  by: 'Who revised it',
  'values.value': 'One of the values the sources disagree on',
  'values.sourceIds': 'Ids of the sources giving this value, separated by ";"',
  recordId: 'Id of the corrected record; empty for a correction to the whole dataset',
  before: 'Value before the correction',
  after: 'Value after the correction',
  reason: 'Reason',
  'corrections.reason': 'Why the record was corrected',
  'corrections.date': 'Date of the correction',
  'corrections.sourceIds': 'Ids of the sources behind the correction, separated by ";"',
  'cases.relation': 'Relation of the country with the US at the time',
  'cases.role': 'reference (Colombia), featured or designation',
  'cases.authority': 'Legal authority of the designation',
  'cases.agency': 'US agency that designated',
  'edge-cases.reason': 'Why it does not count as a designation of a sitting leader',
  'designations.relation': 'Relation to the principal target',
  // sources
  publisher: 'Publisher of the source',
  url: 'Address of the source (https)',
  published: 'Publication date; empty if the source gives none',
  accessed: 'Date we last checked the source',
  flagged: 'Set when the domain is weak: such a source never supports a record alone',
  // events
  countries: 'Countries concerned (ISO 3166 alpha-3), separated by ";"',
  evidence: 'fact (stated by the sources) or claim (made by someone, named in claimant)',
  // sanctions
  person: 'Person designated',
  country: 'Country',
  role: 'Role',
  relation: 'Relation',
  authority: 'Legal authority (executive order, act)',
  programTag: 'OFAC sanctions programme tag',
  effect: 'What the designation does',
  identifiers: 'Identifiers in the sanctions list, as a JSON list',
  // aid
  measure: 'What the figure measures: request, committee mark, appropriation, obligation, disbursement',
  scope: 'What the figure covers (which agencies or programmes); figures of different scope do not add up',
  breakdown: 'What the series splits a year by',
  seriesId: 'Series the figure belongs to (see aid-series.csv)',
  fiscalYear: 'US fiscal year (October to September)',
  fromFiscalYear: 'First US fiscal year covered',
  toFiscalYear: 'Last US fiscal year covered',
  amountUsdMillions: 'Amount in millions of current US dollars',
  approximate: 'Set when the source hedges the figure (about, estimate)',
  agency: 'Agency',
  sector: 'Sector',
  account: 'Budget account',
  // precedents
  countryIso3: 'Country (ISO 3166 alpha-3)',
  leader: 'Head of state or government',
  titleAtTime: 'Their title when designated',
  designationDate: 'Date of the US designation',
  dateNote: 'Note on the date',
  authorityTypes: 'Kinds of authority used, separated by ";"',
  statedReason: 'Reason the US gave',
  relationNote: 'Note on the relation with the US',
  coDesignated: 'Others designated with them, as a JSON list',
  multilateral: 'Listing by another sanctioning body',
  'multilateral.eu': 'Listing by the European Union',
  'multilateral.uk': 'Listing by the United Kingdom',
  'multilateral.un': 'Listing by the United Nations',
  aidRelationship: 'What happened to US aid',
  leftOfficeDate: 'Date they left office; empty while still in office',
  leftOfficeDatePrecision: 'How exact leftOfficeDate is',
  outcome: 'What became of the leader',
  outcomeSummary: 'Outcome in our words',
  status: 'listed, not-listed or unknown',
  // aid-category-names
  'category-names.en': 'An agency, sector or account exactly as the aid figures name it (English)',
  'category-names.es': 'Its name in Spanish',
};

const LANGUAGES: Readonly<Record<string, string>> = { en: 'in English', es: 'in Spanish' };

const humanise = (name: string) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function fromList(resource: string, fieldPath: string): string {
  // Tried from the whole resource name down to its last word ("precedents-edge-cases", "edge-cases", "cases"),
  // so one entry can serve a kind of table ("corrections") in every dataset.
  const words = resource.split('-');
  const exact = [...words.map((_, i) => `${words.slice(i).join('-')}.${fieldPath}`), fieldPath]
    .map((key) => DESCRIPTIONS[key])
    .find((d) => d !== undefined);
  if (exact !== undefined) return exact;
  const parts = fieldPath.split('.');
  const last = parts.pop() ?? fieldPath;
  if (parts.length === 0) return humanise(last);
  const parent = fromList(resource, parts.join('.'));
  const language = LANGUAGES[last];
  if (language !== undefined) return `${parent}, ${language}`;
  return `${parent}: ${(DESCRIPTIONS[last] ?? humanise(last)).replace(/^./, (c) => c.toLowerCase())}`;
}

export function describeField(resource: string, fieldPath: string, schema: z.core.$ZodType): string {
  const registered = z.globalRegistry.get(schema)?.description;
  return registered ?? fromList(resource, fieldPath);
}
