import type { PrecedentCase } from '../../data/schema/precedents';
import type { TranslationKey } from '../../i18n/en';
import type { Translate } from '../../i18n/translate';
import { tenureDays } from './precedentSelectors';

export interface Dimension {
  key: TranslationKey;
  /** The comparable value of a case on this dimension, written for the reader. */
  value: (c: PrecedentCase, ctx: { t: Translate; lang: 'en' | 'es'; asOf: string }) => string;
}

const listing = (l: PrecedentCase['multilateral']['eu'], t: Translate) =>
  l.status === 'listed'
    ? `${t('precedents.listing.listed')}${l.date === null ? '' : ` ${l.date}`}`
    : t(`precedents.listing.${l.status}`);

/** The comparison's rows: the dimensions the research defines (authority, relation, multilateral, aid, outcome…). */
export const DIMENSIONS: readonly Dimension[] = [
  { key: 'precedents.dim.date', value: (c) => c.designationDate },
  { key: 'precedents.dim.authority', value: (c) => c.authority },
  {
    key: 'precedents.dim.authorityType',
    value: (c, { t }) => c.authorityTypes.map((a) => t(`precedents.value.${a}`)).join(', '),
  },
  { key: 'precedents.dim.agency', value: (c) => c.agency },
  { key: 'precedents.dim.reason', value: (c, { lang }) => c.statedReason[lang] },
  { key: 'precedents.dim.relation', value: (c, { t }) => t(`precedents.value.${c.relation}`) },
  {
    key: 'precedents.dim.coDesignated',
    value: (c, { t }) => (c.coDesignated.length === 0 ? t('precedents.none') : c.coDesignated.join('; ')),
  },
  { key: 'precedents.dim.eu', value: (c, { t }) => listing(c.multilateral.eu, t) },
  { key: 'precedents.dim.uk', value: (c, { t }) => listing(c.multilateral.uk, t) },
  { key: 'precedents.dim.un', value: (c, { t }) => listing(c.multilateral.un, t) },
  { key: 'precedents.dim.aid', value: (c, { lang }) => c.aidRelationship[lang] },
  {
    key: 'precedents.dim.tenure',
    value: (c, { t, asOf }) => {
      const { days, ongoing } = tenureDays(c, asOf);
      if (days === null) return t('precedents.tenureUnknown');
      const years = (days / 365.25).toFixed(1);
      return ongoing ? t('precedents.tenureOngoing', { years }) : t('precedents.tenureYears', { years });
    },
  },
  { key: 'precedents.dim.outcome', value: (c, { t }) => t(`precedents.outcome.${c.outcome}`) },
];
