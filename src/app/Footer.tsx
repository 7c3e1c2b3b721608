import { lazy, memo, Suspense, useState } from 'react';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { LicenceNote } from '../ui/LicenceNote';

// The citations and their formatting load when a reader opens "Cite this": out of the entry script.
const CiteThis = lazy(() => import('./CiteThis'));

/** The page's footer: how the data is sourced, the licences, and "Cite this" (the whole work and this view). */
export const Footer = memo(function Footer() {
  const lang = useLang();
  // Opening "Cite this" loads it; closed, it is one line (a plain <details>: ui/Disclosure would add to the entry).
  const [citeOpen, setCiteOpen] = useState(false);
  return (
    <footer className="app-footer">
      <p>{m.app_footer({}, { locale: lang })}</p>
      <LicenceNote lang={lang} />
      <details className="cite-this" onToggle={(e) => setCiteOpen(e.currentTarget.open)}>
        <summary>{m.cite_title({}, { locale: lang })}</summary>
        {citeOpen ? (
          <Suspense fallback={<p className="loading">…</p>}>
            <CiteThis />
          </Suspense>
        ) : null}
      </details>
    </footer>
  );
});
