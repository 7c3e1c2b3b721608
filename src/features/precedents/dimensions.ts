import type { PrecedentCase } from '../../data/schema/precedents';
import { m } from '../../i18n/messages';
import type { Lang } from '../../lib/lang';
import { tenureDays } from './precedentSelectors';

export interface Dimension {
  /** The row's name. */
  label: (lang: Lang) => string;
  /** The comparable value of a case on this dimension, written for the reader. */
  value: (c: PrecedentCase, ctx: { lang: Lang; asOf: string }) => string;
}

const listing = (l: PrecedentCase['multilateral']['eu'], lang: Lang) =>
  l.status === 'listed'
    ? `${m.precedents_listing({ status: 'listed' }, { locale: lang })}${l.date === null ? '' : ` ${l.date}`}`
    : m.precedents_listing({ status: l.status }, { locale: lang });

/** The comparison's rows: the dimensions the research defines (authority, relation, multilateral, aid, outcome…). */
export const DIMENSIONS: readonly Dimension[] = [
  { label: (lang) => m.precedents_dim_date({}, { locale: lang }), value: (c) => c.designationDate },
  { label: (lang) => m.precedents_dim_authority({}, { locale: lang }), value: (c) => c.authority },
  {
    label: (lang) => m.precedents_dim_authority_type({}, { locale: lang }),
    value: (c, { lang }) => c.authorityTypes.map((a) => m.precedents_value({ value: a }, { locale: lang })).join(', '),
  },
  { label: (lang) => m.precedents_dim_agency({}, { locale: lang }), value: (c) => c.agency },
  { label: (lang) => m.precedents_dim_reason({}, { locale: lang }), value: (c, { lang }) => c.statedReason[lang] },
  {
    label: (lang) => m.precedents_dim_relation({}, { locale: lang }),
    value: (c, { lang }) => m.precedents_value({ value: c.relation }, { locale: lang }),
  },
  {
    label: (lang) => m.precedents_dim_co_designated({}, { locale: lang }),
    value: (c, { lang }) =>
      c.coDesignated.length === 0 ? m.precedents_none({}, { locale: lang }) : c.coDesignated.join('; '),
  },
  {
    label: (lang) => m.precedents_dim_eu({}, { locale: lang }),
    value: (c, { lang }) => listing(c.multilateral.eu, lang),
  },
  {
    label: (lang) => m.precedents_dim_uk({}, { locale: lang }),
    value: (c, { lang }) => listing(c.multilateral.uk, lang),
  },
  {
    label: (lang) => m.precedents_dim_un({}, { locale: lang }),
    value: (c, { lang }) => listing(c.multilateral.un, lang),
  },
  { label: (lang) => m.precedents_dim_aid({}, { locale: lang }), value: (c, { lang }) => c.aidRelationship[lang] },
  {
    label: (lang) => m.precedents_dim_tenure({}, { locale: lang }),
    value: (c, { lang, asOf }) => {
      const { days, ongoing } = tenureDays(c, asOf);
      if (days === null) return m.precedents_tenure_unknown({}, { locale: lang });
      const years = (days / 365.25).toFixed(1);
      return ongoing
        ? m.precedents_tenure_ongoing({ years }, { locale: lang })
        : m.precedents_tenure_years({ years }, { locale: lang });
    },
  },
  {
    label: (lang) => m.precedents_dim_outcome({}, { locale: lang }),
    value: (c, { lang }) => m.precedents_outcome({ outcome: c.outcome }, { locale: lang }),
  },
];
