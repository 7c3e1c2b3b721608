import { useEffect, useState } from 'react';

/**
 * False until the browser has painted once since the component mounted (a frame, then a task). A part mounted
 * then finds the page already laid out: Leaflet measuring its container no longer forces a layout of all the
 * new content inside the task that builds the map.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    // No frames without rendering (jsdom): a task is enough there.
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (run: () => void) => window.setTimeout(run, 0);
    const id = frame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(id);
      window.clearTimeout(id);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
}
