import type { Sea } from '../../data/schema/strikes';
import { m } from '../../i18n/messages';
import type { Lang } from '../../lib/lang';

/**
 * "Eastern Pacific, location not published: 34 strikes": a sea-level marker's name, on the map and off it. Kept
 * apart from the marker layer, which imports Leaflet (the build-time prerender cannot).
 */
export function seaMarkerLabel(sea: Sea, strikes: number, lang: Lang): string {
  return m.map_sea_marker_label({ sea: m.map_sea({ sea }, { locale: lang }), strikes }, { locale: lang });
}
