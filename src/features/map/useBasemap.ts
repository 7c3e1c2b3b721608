import { useQuery } from '@tanstack/react-query';
import type { FeatureCollection, Geometry } from 'geojson';

export type Countries = FeatureCollection<Geometry, { name: string }>;

/** The offline basemap (scripts/build-basemap.mjs), served by the app itself: never a tile server. */
export function useBasemap() {
  return useQuery({
    queryKey: ['basemap'],
    queryFn: async ({ signal }): Promise<Countries> => {
      const res = await fetch(`${import.meta.env.BASE_URL}geo/countries.json`, { signal });
      if (!res.ok) throw new Error(`basemap: HTTP ${res.status}`);
      return (await res.json()) as Countries;
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
