import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';

interface Props {
  id: string;
  title: string;
  children: ReactNode;
}

/** One labelled region of the page; a failure inside it stays inside it. */
export function Region({ id, title, children }: Props) {
  const lang = useLang();
  return (
    <section id={id} className={`region region--${id}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="region__title">
        {title}
      </h2>
      <ErrorBoundary
        fallback={(error, reset) => (
          <div role="alert" className="dataset-error">
            <p>{error.message}</p>
            <button type="button" onClick={reset}>
              {m.data_retry({}, { locale: lang })}
            </button>
          </div>
        )}
      >
        <Suspense fallback={<p className="loading">…</p>}>{children}</Suspense>
      </ErrorBoundary>
    </section>
  );
}
