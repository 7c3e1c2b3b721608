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
    const afterFrame = () => {
      timer = window.setTimeout(() => setPainted(true), 0);
    };
    // No frames without rendering (jsdom): a task is enough there.
    if (typeof requestAnimationFrame !== 'function') {
      afterFrame();
      return () => window.clearTimeout(timer);
    }
    const frame = requestAnimationFrame(afterFrame);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
}
