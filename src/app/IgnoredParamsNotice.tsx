import { useState } from 'react';
import type { IgnoredParam } from '../state/urlCodec';
import { useT } from '../i18n/useT';

/** Tells the user which parts of the link they opened were not understood; the rest of the view still applies. */
export default function IgnoredParamsNotice({ ignored }: { ignored: readonly IgnoredParam[] }) {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || ignored.length === 0) return null;
  return (
    <section className="notice" role="status" aria-labelledby="ignored-title">
      <h2 id="ignored-title">{t('url.ignored.title')}</h2>
      <p>{t('url.ignored.intro')}</p>
      <ul>
        {ignored.map((p, i) => (
          <li key={`${p.param}-${i}`}>
            <code>
              {p.param}={p.value}
            </code>{' '}
            — {t(`url.ignored.${p.reason}`)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('url.ignored.dismiss')}
      </button>
    </section>
  );
}
