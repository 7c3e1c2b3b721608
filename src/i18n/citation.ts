import type { Lang } from '../lib/lang';
import { formatLongDate } from './format';
import { m } from './messages';

/** What a citation names: the work (and the part of it, for a view), its data date, the reader's access date. */
export interface CitationInput {
  /** The part cited ("Map", "Precedents"); absent for the whole work. */
  readonly part?: string;
  /** The data's as-of date (YYYY-MM-DD): the last date the facts were checked against sources. */
  readonly asOf: string;
  /** The reader's today (YYYY-MM-DD). */
  readonly accessed: string;
  /** The exact address of what is cited. */
  readonly url: string;
}

const WORK_TITLE = 'Sanctions Atlas';

const titleOf = (input: CitationInput) => (input.part === undefined ? WORK_TITLE : `${WORK_TITLE}: ${input.part}`);

/**
 * APA 7 style for a data set that changes over time: group author, year of the data, title, bracketed
 * description with the as-of date, then "Retrieved <date>, from <URL>" in the reader's language.
 */
export function apaCitation(input: CitationInput, lang: Lang): string {
  return m.cite_apa_text(
    {
      author: m.cite_author({}, { locale: lang }),
      year: input.asOf.slice(0, 4),
      title: titleOf(input),
      asOf: formatLongDate(input.asOf, lang),
      accessed: formatLongDate(input.accessed, lang),
      url: input.url,
    },
    { locale: lang },
  );
}

// LaTeX's special characters in text fields, each written so that it prints as itself.
const BIBTEX_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** A value for a BibTeX text field: LaTeX's special characters escaped (in one pass), so the entry compiles. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => BIBTEX_ESCAPES[c] ?? c);
}

/**
 * A URL for the `url` field, which LaTeX reads verbatim: only what would unbalance the entry's braces (or break
 * the line) is percent-encoded; everything else, `%` and `#` included, stays as the browser shows it.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const keyOf = (input: CitationInput) =>
  `sanctionsatlas${input.asOf.slice(0, 4)}${(input.part ?? '')
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase()}`;

/** A BibTeX `@misc` entry (biblatex reads its url and urldate fields; classic styles print the note). */
export function bibtexCitation(input: CitationInput, lang: Lang): string {
  const fields: [string, string][] = [
    // Double braces: a group author, not a person called "contributors, Sanctions Atlas".
    ['author', `{${bibtexEscape(m.cite_author({}, { locale: lang }))}}`],
    ['title', `{${bibtexEscape(WORK_TITLE)}}${input.part === undefined ? '' : `: ${bibtexEscape(input.part)}`}`],
    ['year', input.asOf.slice(0, 4)],
    ['url', bibtexUrl(input.url)],
    ['urldate', input.accessed],
    [
      'note',
      bibtexEscape(
        m.cite_bibtex_note(
          { asOf: input.asOf, accessed: input.accessed, licence: m.app_licence_text({}, { locale: lang }) },
          { locale: lang },
        ),
      ),
    ],
    ['language', lang === 'es' ? 'spanish' : 'english'],
  ];
  return `@misc{${keyOf(input)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** The reader's today as YYYY-MM-DD, on the reader's own calendar (not UTC's). */
export function readerToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
