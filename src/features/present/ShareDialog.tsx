import { useState } from 'react';
import { useDialog } from '../../ui/useDialog';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { serialize } from '../../state/viewStateCodec';
import { setViewState } from '../../state/urlStore';
import type { ViewState } from '../../state/viewState';
import { EMBED_OPTIONS, embedSnippet, type EmbedOption } from './embedSnippet';

export const canonicalUrl = (state: ViewState) => {
  const query = serialize({ ...state, panel: null });
  return `${window.location.origin}${window.location.pathname}${query === '' ? '' : `?${query}`}`;
};

/** Copy the canonical link, use the system share sheet where there is one, or take an iframe snippet. */
export function ShareDialog({ state }: { state: ViewState }) {
  const lang = useLang();
  const close = () => setViewState({ panel: null });
  const { headingRef } = useDialog<HTMLHeadingElement>(close);
  const [copied, setCopied] = useState<string | null>(null);
  const [embedStatic, setEmbedStatic] = useState(false);
  const [embedTheme, setEmbedTheme] = useState<'light' | 'dark'>('light');
  const [embedWhat, setEmbedWhat] = useState<EmbedOption>('view');
  const link = canonicalUrl(state);
  const embedUrl = canonicalUrl({
    ...state,
    embed: true,
    static: embedStatic,
    theme: embedTheme,
    chart: embedWhat === 'view' ? null : embedWhat,
    deck: null,
    slide: null,
  });
  const snippet = embedSnippet(embedUrl, m.present_embed_chart({ chart: embedWhat }, { locale: lang }), embedWhat);
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
          {m.present_share_title({}, { locale: lang })}
        </h2>
        <button type="button" onClick={close}>
          {m.sources_close({}, { locale: lang })}
        </button>
      </div>
      <label className="field">
        {m.present_link({}, { locale: lang })}
        <input readOnly value={link} onFocus={(e) => e.target.select()} data-testid="share-link" />
      </label>
      <div className="deck-actions">
        <button type="button" onClick={() => void copy(link, 'link')}>
          {m.present_copy_link({}, { locale: lang })}
        </button>
        {typeof navigator.share === 'function' ? (
          <button
            type="button"
            onClick={() =>
              void navigator.share({ title: m.app_title({}, { locale: lang }), url: link }).catch(() => undefined)
            }
          >
            {m.present_native_share({}, { locale: lang })}
          </button>
        ) : null}
      </div>
      <h3>{m.present_embed({}, { locale: lang })}</h3>
      <label className="field">
        {m.present_embed_what({}, { locale: lang })}
        <select
          value={embedWhat}
          onChange={(e) => setEmbedWhat(EMBED_OPTIONS.find((o) => o === e.target.value) ?? 'view')}
        >
          {EMBED_OPTIONS.map((o) => (
            <option key={o} value={o}>
              {m.present_embed_chart({ chart: o }, { locale: lang })}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <input type="checkbox" checked={embedStatic} onChange={(e) => setEmbedStatic(e.target.checked)} />
        {m.present_embed_static({}, { locale: lang })}
      </label>
      <label className="inline-field">
        {m.app_theme({}, { locale: lang })}
        <select value={embedTheme} onChange={(e) => setEmbedTheme(e.target.value === 'dark' ? 'dark' : 'light')}>
          <option value="light">{m.present_light({}, { locale: lang })}</option>
          <option value="dark">{m.present_dark({}, { locale: lang })}</option>
        </select>
      </label>
      <label className="field">
        {m.present_embed_code({}, { locale: lang })}
        <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" onClick={() => void copy(snippet, 'embed')}>
        {m.present_copy_embed({}, { locale: lang })}
      </button>
      <p role="status" className="muted">
        {copied === null
          ? ''
          : copied === 'failed'
            ? m.present_copy_failed({}, { locale: lang })
            : m.present_copied({}, { locale: lang })}
      </p>
    </aside>
  );
}
