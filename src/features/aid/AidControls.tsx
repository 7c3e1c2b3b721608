import type { AidDataset } from '../../data/schema/aid';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
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
  const lang = useLang();
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
        <span>{m.aid_measure_label({}, { locale: lang })}</span>
        <select value={measure} onChange={(e) => pick(e.target.value as AidMeasureChoice)}>
          {measuresIn(aid).map((measure) => (
            <option key={measure} value={measure}>
              {m.aid_measure({ measure }, { locale: lang })}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{m.aid_scope_label({}, { locale: lang })}</span>
        <select value={scope} onChange={(e) => pick(measure, e.target.value as AidScopeChoice)}>
          {scopesFor(aid, measure).map((s) => (
            <option key={s} value={s}>
              {m.aid_scope({ scope: s }, { locale: lang })}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="aid-breakdown">
        <legend>{m.aid_breakdown_label({}, { locale: lang })}</legend>
        {breakdownsFor(aid, measure, scope).map((b) => (
          <button key={b} type="button" aria-pressed={b === breakdown} onClick={() => setViewState({ breakdown: b })}>
            {m.aid_breakdown({ breakdown: b }, { locale: lang })}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
