import { lazy, Suspense } from 'react';
import { useViewState } from '../state/useViewState';

const PresentLayer = lazy(() => import('../features/present/PresentLayer'));

/** Share, deck editor and presenter load only when the URL asks for them. */
export function PresentSlot() {
  const { panel, deck, slide } = useViewState();
  if (panel !== 'share' && panel !== 'deck' && deck === null && slide === null) return null;
  return (
    <Suspense fallback={null}>
      <PresentLayer />
    </Suspense>
  );
}
