/**
 * The languages the app speaks. Defined at the bottom layer because the URL state, the messages and the
 * formatters all need the type, and none of them may import the others' layers.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
