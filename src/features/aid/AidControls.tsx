import type { AidDataset } from '../../data/schema/aid';
import { useT } from '../../i18n/useT';
import { setViewState } from '../../state/urlStore';
import type { AidBreakdown, AidMeasureChoice, AidScopeChoice } from './urlFields';
import { breakdownsFor, measuresIn, scopesFor } from './aidSelectors';

interface Props {
  aid: AidDataset;
  measure: AidMeasureChoice;
  scope: AidScopeChoice;
  breakdown: AidBreakdown;
}

/** Only combinations the data holds are offered, so a choice never leads to an empty chart. */
export function AidControls({ aid, measure, scope, breakdown }: Props) {
  const t = useT();
  const pick = (m: AidMeasureChoice, s?: AidScopeChoice) => {
    const scopes = scopesFor(aid, m) as AidScopeChoice[];
    const nextScope = s !== undefined && scopes.includes(s) ? s : scopes.includes(scope) ? scope : (scopes[0] ?? scope);
    const breakdowns = breakdownsFor(aid, m, nextScope);
    const nextBreakdown = breakdowns.includes(breakdown) ? breakdown : (breakdowns[0] ?? 'total');
    setViewState({ measure: m, scope: nextScope, breakdown: nextBreakdown });
  };
  return (
    <div className="aid-controls">
      <label className="inline-field">
        <span>{t('aid.measure')}</span>
        <select value={measure} onChange={(e) => pick(e.target.value as AidMeasureChoice)}>
          {measuresIn(aid).map((m) => (
            <option key={m} value={m}>
              {t(`aid.measure.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('aid.scope')}</span>
        <select value={scope} onChange={(e) => pick(measure, e.target.value as AidScopeChoice)}>
          {scopesFor(aid, measure).map((s) => (
            <option key={s} value={s}>
              {t(`aid.scope.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="aid-breakdown">
        <legend>{t('aid.breakdown')}</legend>
        {breakdownsFor(aid, measure, scope).map((b) => (
          <button key={b} type="button" aria-pressed={b === breakdown} onClick={() => setViewState({ breakdown: b })}>
            {t(`aid.breakdown.${b}`)}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
