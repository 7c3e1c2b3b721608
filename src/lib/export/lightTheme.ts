/** Maps a colour (as any CSS colour string) to the one to draw in the export. */
export type ColourSwap = (colour: string) => string;

const probe = () => document.createElement('canvas').getContext('2d');

/** '#rrggbb' (or 'rgba(…)' with alpha) for any CSS colour, or null when the string is not a colour. */
function normaliser(): (value: string) => string | null {
  const ctx = probe();
  return (value) => {
    if (ctx === null || value === '' || value === 'none') return null;
    ctx.fillStyle = '#010203';
    ctx.fillStyle = value;
    const first = String(ctx.fillStyle);
    if (first !== '#010203') return first;
    ctx.fillStyle = '#040506';
    ctx.fillStyle = value;
    return String(ctx.fillStyle) === '#040506' ? null : first;
  };
}

function themeColours(normalise: (v: string) => string | null): Map<string, string> {
  const css = getComputedStyle(document.documentElement);
  const colours = new Map<string, string>();
  for (let i = 0; i < css.length; i++) {
    const name = css.item(i);
    if (!name.startsWith('--')) continue;
    const colour = normalise(css.getPropertyValue(name).trim());
    if (colour !== null) colours.set(name, colour);
  }
  return colours;
}

/**
 * Runs `read` with the page's light theme applied, for the synchronous length of the call (no frame is painted
 * in between, so the reader sees no flash). CSS-driven colours then read as light; colours a script copied
 * from the dark theme into attributes (the map's land) are swapped for their light twins through `swap`.
 */
export function withLightTheme<T>(read: (swap: ColourSwap) => T): T {
  const root = document.documentElement;
  const before = root.dataset.theme;
  const normalise = normaliser();
  const current = themeColours(normalise);
  root.dataset.theme = 'light';
  try {
    const light = themeColours(normalise);
    const twins = new Map<string, string>();
    for (const [name, colour] of current) {
      const twin = light.get(name);
      if (twin !== undefined && twin !== colour && !twins.has(colour)) twins.set(colour, twin);
    }
    const swap: ColourSwap = (colour) => {
      const n = normalise(colour);
      return n === null ? colour : (twins.get(n) ?? colour);
    };
    return read(swap);
  } finally {
    if (before === undefined) delete root.dataset.theme;
    else root.dataset.theme = before;
  }
}
