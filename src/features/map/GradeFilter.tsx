import type { StrikeGrade } from '../../data/schema/strikes';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { toggleInOrder } from '../../lib/toggleInOrder';
import { setViewState } from '../../state/urlStore';
import { GRADE_MARK } from './GradeBadge';
import { MAP_GRADES } from './urlFields';

/** Which evidence grades the map, counters and table show; at least one stays ticked. */
export function GradeFilter({ grades }: { grades: readonly StrikeGrade[] }) {
  const lang = useLang();
  const toggle = (grade: StrikeGrade) => setViewState({ grades: toggleInOrder(MAP_GRADES, grades, grade) });
  return (
    <fieldset className="grade-filter">
      <legend>{m.map_grade_filter({}, { locale: lang })}</legend>
      {MAP_GRADES.map((grade) => {
        const checked = grades.includes(grade);
        return (
          <label key={grade} className={`inline-field grade grade--${grade}`}>
            <input
              type="checkbox"
              checked={checked}
              // The last ticked grade cannot be unticked: an empty choice would be a map of nothing.
              disabled={checked && grades.length === 1}
              onChange={() => toggle(grade)}
            />
            <span className="grade__mark" aria-hidden="true">
              {GRADE_MARK[grade]}
            </span>{' '}
            {m.map_grade({ grade }, { locale: lang })}
          </label>
        );
      })}
    </fieldset>
  );
}
