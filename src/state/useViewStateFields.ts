import { useState } from 'react';
import { useViewStateField } from './useViewState';
import type { ViewState } from './viewState';

/**
 * Several fields: the component re-renders only when one of them changes (the URL store keeps an unchanged
 * field's object, so arrays compare by identity). A view reads the fields it shows, and a change elsewhere
 * in the view (another view's filter) passes it by.
 */
export function useViewStateFields<K extends keyof ViewState>(keys: readonly K[]): Pick<ViewState, K> {
  const [select] = useState(() => {
    let last: Pick<ViewState, K> | null = null;
    return (state: ViewState): Pick<ViewState, K> => {
      if (last !== null && keys.every((k) => last?.[k] === state[k])) return last;
      const picked = {} as Pick<ViewState, K>;
      for (const k of keys) picked[k] = state[k];
      last = picked;
      return picked;
    };
  });
  return useViewStateField(select);
}
