import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { serialize } from '../../state/viewStateCodec';
import { setViewState } from '../../state/urlStore';
import type { ViewState } from '../../state/viewState';

export const canonicalUrl = (state: ViewState) => {
  const query = serialize({ ...state, panel: null });
  return `${window.location.origin}${window.location.pathname}${query === '' ? '' : `?${query}`}`;
};

/** Copy the canonical link, use the system share sheet where there is one, or take an iframe snippet. */
export function ShareDialog({ state }: { state: ViewState }) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [copied, setCopied] = useState<string | null>(null);
  const [embedStatic, setEmbedStatic] = useState(false);
  const [embedTheme, setEmbedTheme] = useState<'light' | 'dark'>('light');
  const link = canonicalUrl(state);
  const embedUrl = canonicalUrl({
    ...state,
    embed: true,
    static: embedStatic,
    theme: embedTheme,
    deck: null,
    slide: null,
  });
  const snippet = `<iframe src="${embedUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" title="${t('app.title')}" width="100%" height="720" style="border:0" loading="lazy"></iframe>`;
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied('failed');
    }
  };
  return (
    <aside className="side-panel share-dialog" role="dialog" aria-modal="false" aria-labelledby="share-title">
      <div className="side-panel__head">
        <h2 id="share-title" ref={headingRef} tabIndex={-1}>
          {t('present.shareTitle')}
        </h2>
        <button type="button" onClick={() => setViewState({ panel: null })}>
          {t('sources.close')}
        </button>
      </div>
      <label className="field">
        {t('present.link')}
        <input readOnly value={link} onFocus={(e) => e.target.select()} data-testid="share-link" />
      </label>
      <div className="deck-actions">
        <button type="button" onClick={() => void copy(link, 'link')}>
          {t('present.copyLink')}
        </button>
        {typeof navigator.share === 'function' ? (
          <button
            type="button"
            onClick={() => void navigator.share({ title: t('app.title'), url: link }).catch(() => undefined)}
          >
            {t('present.nativeShare')}
          </button>
        ) : null}
      </div>
      <h3>{t('present.embed')}</h3>
      <label className="inline-field">
        <input type="checkbox" checked={embedStatic} onChange={(e) => setEmbedStatic(e.target.checked)} />
        {t('present.embedStatic')}
      </label>
      <label className="inline-field">
        {t('app.theme')}
        <select value={embedTheme} onChange={(e) => setEmbedTheme(e.target.value === 'dark' ? 'dark' : 'light')}>
          <option value="light">{t('present.light')}</option>
          <option value="dark">{t('present.dark')}</option>
        </select>
      </label>
      <label className="field">
        {t('present.embedCode')}
        <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" onClick={() => void copy(snippet, 'embed')}>
        {t('present.copyEmbed')}
      </button>
      <p role="status" className="muted">
        {copied === null ? '' : t(copied === 'failed' ? 'present.copyFailed' : 'present.copied')}
      </p>
    </aside>
  );
}
