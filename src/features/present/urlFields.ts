import { bad, ok, optionalField, parseIntIn, type FieldResult } from '../../state/fieldCodecs';

export const MAX_DECK_LENGTH = 12000;

/** The deck is opaque in the URL (deckCodec.ts decodes it); only its size and alphabet are checked here. */
export function parseDeck(raw: string): FieldResult<string> {
  if (raw.length > MAX_DECK_LENGTH) return bad('too-long');
  return /^[A-Za-z0-9+\-$_.~]+$/.test(raw) ? ok(raw) : bad('malformed');
}

/** The presenter's URL fields. */
export const presentUrlFields = {
  /** The deck (compressed, versioned). */
  deck: optionalField(parseDeck),
  /** The current slide (1-based). */
  slide: optionalField(parseIntIn(1, 200)),
};
