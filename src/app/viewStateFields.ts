import { aidUrlFields } from '../features/aid/urlFields';
import { mapUrlFields } from '../features/map/urlFields';
import { precedentsUrlFields } from '../features/precedents/urlFields';
import { presentUrlFields } from '../features/present/urlFields';
import { timelineUrlFields, windowConflict } from '../features/timeline/urlFields';
import { createUrlCodec, type StateOf } from '../state/urlCodec';
import { installViewStateCodec } from '../state/viewStateCodec';
import { shellUrlFields } from './shellUrlFields';

// Links have always been written window, country, event, then each view's own: keep that order.
const { event, sanction, ...timelineWindow } = timelineUrlFields;
const { country, ...mapOwn } = mapUrlFields;

/** The whole view's URL fields: each feature's own, and the shell's, in the order a link's parameters take. */
export const VIEW_STATE_FIELDS = {
  ...timelineWindow,
  country,
  event,
  sanction,
  ...mapOwn,
  ...aidUrlFields,
  ...precedentsUrlFields,
  ...shellUrlFields,
  ...presentUrlFields,
};

declare module '../state/viewState' {
  interface ViewStateRegister {
    state: StateOf<typeof VIEW_STATE_FIELDS>;
  }
}

export const viewStateCodec = createUrlCodec(VIEW_STATE_FIELDS, [windowConflict]);

export const DEFAULT_VIEW_STATE = viewStateCodec.defaults;

/** Hands the view's codec to the URL store; called once at start, before the URL is first read. */
export function installViewState(): void {
  installViewStateCodec(viewStateCodec);
}
