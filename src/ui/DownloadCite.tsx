import { useState } from 'react';
import { apaCitation, bibtexCitation, type CitationInput } from '../i18n/citation';
import { m } from '../i18n/messages';
import type { Lang } from '../lib/lang';

/** One thing to cite (this view, or the whole work), already formatted. */
export interface CiteEntry {
  readonly heading: string;
  readonly apa: string;
  readonly bibtex: string;
}

/**
 * "Cite this": each entry's APA text and BibTeX, each with a copy button. Where the clipboard is refused (an
 * insecure page, a denied permission) the reader is told to copy the text by hand: it is on screen, selectable.
 */
export function CiteBlock({
  lang,
  entries,
  titled = true,
}: {
  lang: Lang;
  entries: readonly CiteEntry[];
  /** Heads the block with "Cite this"; off where a summary already says it (the footer's). */
  titled?: boolean;
}) {
  const locale = { locale: lang };
  const [status, setStatus] = useState('');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(m.cite_copied({}, locale));
    } catch {
      setStatus(m.cite_copy_failed({}, locale));
    }
  };
  return (
    <div className="cite-block">
      {titled ? <h3>{m.cite_title({}, locale)}</h3> : null}
      {entries.map((e) => (
        <section key={e.heading} className="cite-block__entry" aria-label={e.heading}>
          <h4>{e.heading}</h4>
          <p className="cite-block__apa">{e.apa}</p>
          <button type="button" onClick={() => void copy(e.apa)}>
            {m.cite_copy_apa({}, locale)}
          </button>
          <pre className="cite-block__bibtex" tabIndex={0} aria-label={`${m.cite_bibtex({}, locale)}: ${e.heading}`}>
            {e.bibtex}
          </pre>
          <button type="button" onClick={() => void copy(e.bibtex)}>
            {m.cite_copy_bibtex({}, locale)}
          </button>
        </section>
      ))}
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}

/** One entry, APA and BibTeX, for a part of the work (or the whole of it) in the reader's language. */
export function citeEntry(heading: string, input: CitationInput, lang: Lang): CiteEntry {
  return { heading, apa: apaCitation(input, lang), bibtex: bibtexCitation(input, lang) };
}
