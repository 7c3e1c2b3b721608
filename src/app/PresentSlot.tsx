import { lazy, memo, Suspense } from 'react';
import { useViewStateFields } from '../state/useViewStateFields';

const PresentLayer = lazy(() => import('../features/present/PresentLayer'));

const PRESENT_FIELDS = ['panel', 'deck', 'slide'] as const;

/** Share, deck editor and presenter load only when the URL asks for them. Memoised: it reads those fields only. */
export const PresentSlot = memo(function PresentSlot() {
  const { panel, deck, slide } = useViewStateFields(PRESENT_FIELDS);
  if (panel !== 'share' && panel !== 'deck' && deck === null && slide === null) return null;
  return (
    <Suspense fallback={null}>
      <PresentLayer />
    </Suspense>
  );
});
