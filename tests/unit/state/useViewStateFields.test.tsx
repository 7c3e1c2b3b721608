import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useViewStateFields } from '../../../src/state/useViewStateFields';

const navigate = (search: string) =>
  act(() => {
    window.history.pushState(null, '', `/${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });

describe('useViewStateFields', () => {
  it('keeps the same object while its fields are unchanged, and re-renders only when one changes', () => {
    navigate('?v=1&from=2025-09-01');
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useViewStateFields(['from', 'to'] as const);
    });
    const first = result.current;
    expect(first).toEqual({ from: '2025-09-01', to: null });
    const rendersBefore = renders;
    navigate('?v=1&from=2025-09-01&country=VEN');
    expect(result.current).toBe(first);
    expect(renders).toBe(rendersBefore);
    navigate('?v=1&from=2025-10-01&country=VEN');
    expect(result.current).toEqual({ from: '2025-10-01', to: null });
    expect(renders).toBeGreaterThan(rendersBefore);
  });
});
