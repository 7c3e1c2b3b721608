import { useState } from 'react';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';

/** The typed text stays local (spaces included) while the URL gets the trimmed query. */
export function SearchBox({ q }: { q: string }) {
  const lang = useLang();
  const [text, setText] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  // Back/Forward or Reset changed the query: show it (React's "adjust state on prop change" pattern).
  if (q !== seenQ) {
    setSeenQ(q);
    if (text.trim() !== q) setText(q);
  }
  return (
    <label className="inline-field">
      <span>{m.precedents_search({}, { locale: lang })}</span>
      <input
        type="search"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setViewState({ q: e.target.value.trim().slice(0, 100) }, 'replace');
        }}
      />
    </label>
  );
}
