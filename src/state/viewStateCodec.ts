import type { ParsedUrl, UrlCodec } from './urlCodec';
import type { ViewState } from './viewState';

/**
 * The view's codec, handed in by the app at start (src/main.tsx, src/prerender.tsx; tests/setup.ts for tests):
 * the features own the fields and sit above this layer, so the state layer cannot import them itself.
 */
let installed: UrlCodec<ViewState> | null = null;

export function installViewStateCodec(codec: UrlCodec<ViewState>): void {
  installed = codec;
}

function codec(): UrlCodec<ViewState> {
  if (installed === null) throw new Error('The view state codec is not installed: call installViewState() at start');
  return installed;
}

export const parse = (search: string): ParsedUrl<ViewState> => codec().parse(search);
export const serialize = (state: ViewState): string => codec().serialize(state);
export const defaultViewState = (): ViewState => codec().defaults;
