import { act, render, screen } from '@testing-library/react';
import { useMap } from 'react-leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MapOpening, StagedMapContainer } from '../../../src/features/map/StagedMapContainer';

/** A layer stand-in: names the view it finds, which throws if the map has none yet. */
function ViewProbe() {
  const map = useMap();
  const c = map.getCenter();
  return <p>{`centre ${c.lat.toFixed(1)} ${c.lng.toFixed(1)}, zoom ${map.getZoom()}`}</p>;
}

const framed: MapOpening = {
  bounds: [
    [0, -90],
    [20, -70],
  ],
  boundsOptions: { padding: [16, 16] },
};

function renderMap(opening: MapOpening) {
  return render(
    <StagedMapContainer opening={opening} options={{ minZoom: 2, maxZoom: 9 }}>
      <ViewProbe />
    </StagedMapContainer>,
  );
}

describe('StagedMapContainer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('creates the map first, frames it in a later task, and only then renders its layers', async () => {
    const { container } = renderMap(framed);
    // The effect has run: Leaflet owns the box, but no layer has been rendered against an unframed map.
    expect(container.querySelector('.leaflet-container')).not.toBeNull();
    expect(screen.queryByText(/centre/)).toBeNull();

    await act(async () => {
      await vi.runOnlyPendingTimersAsync();
    });
    // The frame's centre (in Web Mercator, a little north of 10°). jsdom has no layout, so its zoom says nothing.
    expect(screen.getByText(/^centre 10\.\d -80\.0, zoom \d$/)).toBeInTheDocument();
  });

  it('opens on a centre and zoom when given one', async () => {
    renderMap({ center: [9, -78], zoom: 5 });
    await act(async () => {
      await vi.runOnlyPendingTimersAsync();
    });
    expect(screen.getByText('centre 9.0 -78.0, zoom 5')).toBeInTheDocument();
  });

  it('removes the map when unmounted, even before it was framed', () => {
    const { container, unmount } = renderMap(framed);
    const box = container.querySelector('.leaflet-container');
    expect(box).not.toBeNull();
    unmount();
    // Leaflet clears its panes from the box on remove(), and the pending framing never runs.
    expect(box?.querySelector('.leaflet-map-pane')).toBeNull();
    expect(() => vi.runOnlyPendingTimers()).not.toThrow();
  });
});
