import type { EventKind } from '../../data/schema/events';

/** Okabe–Ito per kind; each kind also has its own labelled lane, so colour is never the only cue. */
export const KIND_COLOUR: Record<EventKind, string> = {
  sanction: '#d55e00',
  aid: '#009e73',
  strike: '#000000',
  military: '#0072b2',
  diplomatic: '#cc79a7',
  statement: '#e69f00',
  legal: '#56b4e9',
  election: '#8c6d00',
};
