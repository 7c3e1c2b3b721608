/** Okabe–Ito, in an order that keeps neighbouring stacks distinguishable for colour-blind readers. */
export const CATEGORY_COLOURS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#000000',
  '#999999',
];
export const colourFor = (i: number) => CATEGORY_COLOURS[i % CATEGORY_COLOURS.length] ?? '#999999';
