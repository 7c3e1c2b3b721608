import type { Strike, StrikeGrade } from './schema/strikes';

/** The grades in legend order, strongest evidence first; "discounted" strikes are kept but not counted. */
export const gradeOrder: readonly StrikeGrade[] = ['confirmed', 'fair', 'weak', 'contested', 'discounted'];

/** How many strikes hold each grade (every grade present, zeros included, so a legend never shifts). */
export function gradeCounts(strikes: readonly Strike[]): Record<StrikeGrade, number> {
  const counts: Record<StrikeGrade, number> = { confirmed: 0, fair: 0, weak: 0, contested: 0, discounted: 0 };
  for (const s of strikes) counts[s.grade] += 1;
  return counts;
}

/** "N strikes, of which M weak or contested": counted strikes only (a discounted strike is not a strike here). */
export function gradeHeadline(strikes: readonly Strike[]): { strikes: number; weakOrContested: number } {
  let counted = 0;
  let weakOrContested = 0;
  for (const s of strikes) {
    if (!s.counted) continue;
    counted += 1;
    if (s.grade === 'weak' || s.grade === 'contested') weakOrContested += 1;
  }
  return { strikes: counted, weakOrContested };
}

/** Strikes whose grade is one of those chosen (the grade filter); an empty choice keeps every strike. */
export function withGrades(strikes: readonly Strike[], grades: readonly StrikeGrade[]): readonly Strike[] {
  if (grades.length === 0) return strikes;
  const chosen = new Set(grades);
  return strikes.filter((s) => chosen.has(s.grade));
}
