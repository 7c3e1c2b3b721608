import { m } from '../i18n/messages';
import type { Lang } from '../lib/lang';

/** The licence texts, over https: the repository's LICENSE files are not served with the app. */
export const DATA_LICENCE_URL: Readonly<Record<Lang, string>> = {
  en: 'https://creativecommons.org/licenses/by/4.0/',
  es: 'https://creativecommons.org/licenses/by/4.0/deed.es',
};
export const CODE_LICENCE_URL = 'https://opensource.org/license/mit';

/**
 * "Data: CC BY 4.0 — Sanctions Atlas contributors; each source keeps its own rights. Code: MIT.", each licence
 * linked to its text. Its plain-text twin (app_licence_text) goes into every CSV's first lines.
 */
export function LicenceNote({ lang, className }: { lang: Lang; className?: string }) {
  // Not memoised by the React Compiler: the footer puts it in the entry script, where each byte counts (90 KB).
  'use no memo';
  const locale = { locale: lang };
  return (
    <p className={className ?? 'licence-note'}>
      {m.app_licence_data({}, locale)}{' '}
      <a href={DATA_LICENCE_URL[lang]} target="_blank" rel="noopener noreferrer">
        CC BY 4.0
      </a>{' '}
      {m.app_licence_holder({}, locale)} {m.app_licence_code({}, locale)}{' '}
      <a href={CODE_LICENCE_URL} target="_blank" rel="noopener noreferrer">
        MIT
      </a>
      .
    </p>
  );
}
