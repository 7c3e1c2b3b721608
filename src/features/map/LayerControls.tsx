import { useT } from '../../i18n/useT';
import { setViewState } from '../../state/urlStore';
import { MAP_LAYERS, SEAS, type MapLayer, type SeaFilter } from './urlFields';

interface Props {
  layers: readonly MapLayer[];
  sea: SeaFilter | null;
}

export function LayerControls({ layers, sea }: Props) {
  const t = useT();
  const toggle = (layer: MapLayer) =>
    setViewState({
      layers: layers.includes(layer)
        ? layers.filter((l) => l !== layer)
        : MAP_LAYERS.filter((l) => l === layer || layers.includes(l)),
    });
  return (
    <div className="map-controls">
      <fieldset>
        <legend>{t('map.layers')}</legend>
        {MAP_LAYERS.map((layer) => (
          <label key={layer} className="inline-field">
            <input type="checkbox" checked={layers.includes(layer)} onChange={() => toggle(layer)} />
            {t(`map.layer.${layer}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('map.sea')}</legend>
        {[null, ...SEAS].map((s) => (
          <button key={s ?? 'all'} type="button" aria-pressed={sea === s} onClick={() => setViewState({ sea: s })}>
            {t(s === null ? 'map.sea.all' : `map.sea.${s}`)}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
