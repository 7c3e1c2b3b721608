import { optionalField, parseId, parseIsoDate } from '../../state/fieldCodecs';

/** The timeline's URL fields. Its window filters every other view. */
export const timelineUrlFields = {
  /** The time window (inclusive ISO dates); null = the data's full range. */
  from: optionalField(parseIsoDate),
  to: optionalField(parseIsoDate),
  /** The selected event. */
  event: optionalField(parseId),
  /** A sanctions record (a designation or a development), opened with its details. */
  sanction: optionalField(parseId),
};

/** A window that ends before it starts is dropped whole: both ends are reported, neither is guessed. */
export function windowConflict(s: { from: string | null; to: string | null }): readonly ('from' | 'to')[] {
  return s.from !== null && s.to !== null && s.from > s.to ? ['from', 'to'] : [];
}
