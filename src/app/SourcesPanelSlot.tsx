import { lazy, Suspense } from 'react';
import { useViewState } from '../state/useViewState';

const SourcesPanel = lazy(() => import('../features/sources/SourcesPanel'));

/** The sources, corrections and changelog panel loads only when the URL asks for it. */
export function SourcesPanelSlot() {
  const { panel } = useViewState();
  if (panel !== 'sources' && panel !== 'corrections' && panel !== 'changelog') return null;
  return (
    <Suspense fallback={null}>
      <SourcesPanel tab={panel} />
    </Suspense>
  );
}
