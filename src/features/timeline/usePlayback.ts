import { useSyncExternalStore } from 'react';
import { isPlaying, startPlayback, stopPlayback, subscribePlayback } from './playback';
import type { Extent } from './timelineSelectors';

/** Whether the window is playing, and the switch: every caller sees and drives the page's one playback. */
export function usePlayback(extent: Extent) {
  const playing = useSyncExternalStore(subscribePlayback, isPlaying, () => false);
  const toggle = () => {
    if (playing) stopPlayback();
    else startPlayback(extent);
  };
  return { playing, toggle, stop: stopPlayback };
}
