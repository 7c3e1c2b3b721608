import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { toggleInOrder } from '../../lib/toggleInOrder';
import { setViewState } from '../../state/urlStore';
import type { StrikeGrade } from '../../data/schema/strikes';
import { GradeFilter } from './GradeFilter';
import { MAP_LAYERS, SEAS, type MapLayer, type SeaFilter } from './urlFields';

interface Props {
  layers: readonly MapLayer[];
  sea: SeaFilter | null;
  grades: readonly StrikeGrade[];
}

export function LayerControls({ layers, sea, grades }: Props) {
  const lang = useLang();
  const toggle = (layer: MapLayer) => setViewState({ layers: toggleInOrder(MAP_LAYERS, layers, layer) });
  return (
    <div className="map-controls">
      <fieldset>
        <legend>{m.map_layers({}, { locale: lang })}</legend>
        {MAP_LAYERS.map((layer) => (
          <label key={layer} className="inline-field">
            <input type="checkbox" checked={layers.includes(layer)} onChange={() => toggle(layer)} />
            {m.map_layer({ layer: layer }, { locale: lang })}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{m.map_sea_label({}, { locale: lang })}</legend>
        {[null, ...SEAS].map((s) => (
          <button key={s ?? 'all'} type="button" aria-pressed={sea === s} onClick={() => setViewState({ sea: s })}>
            {s === null ? m.map_sea_all({}, { locale: lang }) : m.map_sea({ sea: s }, { locale: lang })}
          </button>
        ))}
      </fieldset>
      <GradeFilter grades={grades} />
    </div>
  );
}
