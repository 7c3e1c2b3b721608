/**
 * A multi-choice URL field after one box is ticked or unticked: the value leaves the choice, or joins it at its
 * place in `all`, so the same choice always writes the same link whatever order it was made in.
 */
export function toggleInOrder<T>(all: readonly T[], chosen: readonly T[], value: T): T[] {
  return chosen.includes(value)
    ? chosen.filter((v) => v !== value)
    : all.filter((v) => v === value || chosen.includes(v));
}
