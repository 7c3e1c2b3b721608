import { readUrl } from './urlStore';
import type { ViewStatePatch } from './viewState';
import { defaultViewState, serialize } from './viewStateCodec';

/**
 * The permalink of one record: the default view with only that record named (and the reader's chosen language),
 * so the link stays the same whatever filters were on when it was copied, and opens the record anywhere.
 * Relative ("?v=1&strike=…") for an href; `absolute` for the clipboard.
 */
export function recordLink(record: ViewStatePatch, absolute = false): string {
  const query = serialize({ ...defaultViewState(), lang: readUrl().state.lang, ...record });
  const relative = `?${query}`;
  return absolute ? `${window.location.origin}${window.location.pathname}${relative}` : relative;
}
