/**
 * The whole view, as one typed value: every filter a user can set lives in it and nowhere else, and the URL
 * is its serialised form. Views read it and ask to change it — never each other.
 *
 * Each feature declares its own fields (src/features/<name>/urlFields.ts) and the app composes them
 * (src/app/viewStateFields.ts). The state layer sits below the features and cannot import them, so the app
 * registers the composed type here by declaration merging (as TanStack Router's `Register` does), and every
 * layer sees the one ViewState.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by src/app/viewStateFields.ts
export interface ViewStateRegister {}

export type ViewState = ViewStateRegister extends { state: infer S extends object } ? S : never;

export type ViewStatePatch = Partial<ViewState>;
