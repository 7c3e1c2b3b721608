import type { Designation, SanctionsDevelopment } from '../../data/schema/sanctions';
import { formatDate } from '../../i18n/format';
import { localized } from '../../i18n/useLang';
import type { Lang } from '../../lib/lang';

export type SanctionRecord =
  { kind: 'designation'; record: Designation } | { kind: 'development'; record: SanctionsDevelopment };

/** The title a sanctions record goes by: the designated person, or what happened. */
export function sanctionTitle(r: SanctionRecord, lang: Lang): string {
  const text = (v: { en: string; es: string }) => localized(v, lang);
  return r.kind === 'designation'
    ? `${formatDate(r.record.date, lang)} — ${r.record.person}`
    : `${formatDate(r.record.date, lang, r.record.datePrecision)} — ${text(r.record.title)}`;
}
