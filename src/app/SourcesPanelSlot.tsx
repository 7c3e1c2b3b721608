import { lazy, memo, Suspense } from 'react';
import { useViewStateField } from '../state/useViewState';
import type { ViewState } from '../state/viewState';

const SourcesPanel = lazy(() => import('../features/sources/SourcesPanel'));

const panelOf = (s: ViewState) => s.panel;

/** The sources and corrections panel loads only when the URL asks for it. Memoised: it reads the panel only. */
export const SourcesPanelSlot = memo(function SourcesPanelSlot() {
  const panel = useViewStateField(panelOf);
  if (panel !== 'sources' && panel !== 'corrections') return null;
  return (
    <Suspense fallback={null}>
      <SourcesPanel tab={panel} />
    </Suspense>
  );
});
