import { createLeafletContext, LeafletContext, type LeafletContextInterface } from '@react-leaflet/core';
import {
  type FitBoundsOptions,
  type LatLngBoundsExpression,
  type LatLngExpression,
  Map as LeafletMap,
  type MapOptions,
} from 'leaflet';
import { type ReactNode, startTransition, useEffect, useRef, useState } from 'react';

/** Where the map opens: on a frame (fitted to the map's size) or on a centre and zoom. */
export type MapOpening =
  { bounds: LatLngBoundsExpression; boundsOptions: FitBoundsOptions } | { center: LatLngExpression; zoom: number };

interface Props {
  opening: MapOpening;
  options: MapOptions;
  children: ReactNode;
}

/**
 * react-leaflet's MapContainer, built in three tasks instead of one. MapContainer creates the Leaflet map,
 * frames it (which measures the container: a forced layout) and renders every layer in the same commit; on a
 * slow phone (Lighthouse's 4× CPU) that one task blocked the page for over 100 ms, the longest after its first
 * paint. Here the map is created in an effect, framed in the next task, and the layers render as a transition
 * (React yields to the browser while rendering them). Like MapContainer, it applies the opening view and the
 * options at mount only.
 */
export function StagedMapContainer({ opening, options, children }: Props) {
  const [initial] = useState({ opening, options });
  const node = useRef<HTMLDivElement>(null);
  const [context, setContext] = useState<LeafletContextInterface | null>(null);

  useEffect(() => {
    const container = node.current;
    if (container === null) return;
    const map = new LeafletMap(container, initial.options);
    const timer = window.setTimeout(() => {
      const open = initial.opening;
      if ('bounds' in open) map.fitBounds(open.bounds, open.boundsOptions);
      else map.setView(open.center, open.zoom);
      startTransition(() => setContext(createLeafletContext(map)));
    }, 0);
    return () => {
      window.clearTimeout(timer);
      map.remove();
      setContext(null);
    };
  }, [initial]);

  return <div ref={node}>{context === null ? null : <LeafletContext value={context}>{children}</LeafletContext>}</div>;
}
