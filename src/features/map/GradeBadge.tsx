import type { StrikeGrade } from '../../data/schema/strikes';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';

/** A mark per grade, so the grade reads without colour (and in print); the word is always beside it. */
export const GRADE_MARK: Record<StrikeGrade, string> = {
  confirmed: '●',
  fair: '◐',
  weak: '○',
  contested: '◇',
  discounted: '✕',
};

/** A strike's evidence grade: mark, word, and an Okabe–Ito border colour (never the colour alone). */
export function GradeBadge({ grade }: { grade: StrikeGrade }) {
  const lang = useLang();
  return (
    <span className={`grade grade--${grade}`} data-grade={grade}>
      <span className="grade__mark" aria-hidden="true">
        {GRADE_MARK[grade]}
      </span>{' '}
      {m.map_grade({ grade }, { locale: lang })}
    </span>
  );
}
