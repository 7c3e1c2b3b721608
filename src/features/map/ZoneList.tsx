import { memo } from 'react';
import { useLocalized, useT } from '../../i18n/useT';
import { setViewState } from '../../state/urlStore';
import { SEA_STYLE } from './mapStyle';
import type { ZoneGroups } from './strikeSelectors';

export const NOT_REPORTED_AREA = 'not-reported';

/** The zones as a list of buttons: the keyboard path to every zone, and the "area not reported" bucket. */
export const ZoneList = memo(function ZoneList({ groups, selectedArea }: { groups: ZoneGroups; selectedArea: string | null }) {
  const t = useT();
  const text = useLocalized();
  const unplaced = groups.unplacedTally;
  return (
    <div className="zone-list">
      <h3>{t('map.zones')}</h3>
      <p className="muted">{t('map.zonesNote')}</p>
      <ul>
        {groups.zones.map(({ area, tally: z }) => (
          <li key={area.id}>
            <button type="button" aria-pressed={selectedArea === area.id} onClick={() => setViewState({ area: selectedArea === area.id ? null : area.id })}>
              <span className="swatch" style={{ borderColor: SEA_STYLE[area.sea].color, borderStyle: area.sea === 'caribbean' ? 'dashed' : 'dotted' }} aria-hidden="true" />
              {text(area.name)} — {t('map.zoneLabel', { count: z.strikes, strikes: z.strikes, killed: z.killed })}
            </button>
          </li>
        ))}
        <li>
          <button type="button" aria-pressed={selectedArea === NOT_REPORTED_AREA} onClick={() => setViewState({ area: selectedArea === NOT_REPORTED_AREA ? null : NOT_REPORTED_AREA })}>
            {t('map.notReported')} — {t('map.zoneLabel', { count: unplaced.strikes, strikes: unplaced.strikes, killed: unplaced.killed })}
          </button>
        </li>
      </ul>
      {groups.unknownArea.length === 0 ? null : (
        <p role="status" className="notice-inline">
          {t('map.unknownArea', { count: groups.unknownArea.length, ids: [...new Set(groups.unknownArea.map((s) => s.areaId))].join(', ') })}
        </p>
      )}
    </div>
  );
});
