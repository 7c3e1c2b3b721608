/** Measures a string's drawn width in px (canvas measureText in the browser; a fake in tests). */
export type Measure = (text: string) => number;

/**
 * Breaks text into lines no wider than maxWidth, at spaces where it can; a word wider than a line (a URL) is
 * broken between characters. Never drops a character: the lines joined back give the words of the text.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    // The word alone is too wide: cut it into pieces that fit (at least one character each, so this ends).
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = 1;
      while (cut < rest.length && measure(rest.slice(0, cut + 1)) <= maxWidth) cut += 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}
