import { useState } from 'react';
import type { IgnoredParam } from '../state/urlCodec';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';

/** Tells the user which parts of the link they opened were not understood; the rest of the view still applies. */
export default function IgnoredParamsNotice({ ignored }: { ignored: readonly IgnoredParam[] }) {
  const lang = useLang();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || ignored.length === 0) return null;
  return (
    <section className="notice" role="status" aria-labelledby="ignored-title">
      <h2 id="ignored-title">{m.url_ignored_title({}, { locale: lang })}</h2>
      <p>{m.url_ignored_intro({}, { locale: lang })}</p>
      <ul>
        {ignored.map((p, i) => (
          <li key={`${p.param}-${i}`}>
            <code>
              {p.param}={p.value}
            </code>{' '}
            — {m.url_ignored_reason({ reason: p.reason }, { locale: lang })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {m.url_ignored_dismiss({}, { locale: lang })}
      </button>
    </section>
  );
}
