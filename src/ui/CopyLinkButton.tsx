import { useEffect, useState } from 'react';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

/**
 * "Copy link" for one record. The confirmation is announced (a status region) and fades after a few seconds;
 * where the clipboard is refused (permissions, an old browser, an insecure origin) the link is shown selected
 * instead, so it can still be copied by hand.
 */
export function CopyLinkButton({ link, name }: { link: () => string; name: string }) {
  const lang = useLang();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => {
    if (status.kind !== 'copied') return;
    const timer = window.setTimeout(() => setStatus({ kind: 'idle' }), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    const url = link();
    try {
      // navigator.clipboard is missing outside secure contexts: the call then throws, and the fallback shows.
      await navigator.clipboard.writeText(url);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'failed', url });
    }
  };
  return (
    <span className="copy-link">
      <button
        type="button"
        className="copy-link__button"
        aria-label={m.record_copy_link_label({ name }, { locale: lang })}
        onClick={() => void copy()}
      >
        {m.record_copy_link({}, { locale: lang })}
      </button>
      <span role="status" className="copy-link__status">
        {status.kind === 'copied' ? m.record_link_copied({}, { locale: lang }) : null}
      </span>
      {status.kind === 'failed' ? (
        <label className="copy-link__fallback">
          {m.record_copy_failed({}, { locale: lang })}
          <input
            readOnly
            value={status.url}
            ref={(input) => input?.select()}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      ) : null}
    </span>
  );
}
