import type { PackagedTable } from './descriptor.ts';

export interface ReadmeInput {
  readonly tables: readonly PackagedTable[];
  /** Dataset name → the date its facts were last checked. */
  readonly asOf: Readonly<Record<string, string>>;
  readonly jsonFiles: readonly string[];
  /** The published site, when the build knows it; the citation says where to put it otherwise. */
  readonly siteUrl?: string;
}

const year = (date: string) => date.slice(0, 4);

/** README.md of the data package: what each file is, as-of dates, how the numbers are made, how to cite. */
export function packageReadme({ tables, asOf, jsonFiles, siteUrl }: ReadmeInput): string {
  const latest = Object.values(asOf).sort().at(-1) ?? '';
  const where = siteUrl ?? '<address of the page you downloaded this from>';
  const lines = [
    '# Sanctions Atlas — data package',
    '',
    'The data behind Sanctions Atlas, an interactive, sourced dashboard of the 2025–26 US–Colombia crisis: US',
    'Treasury sanctions on President Petro, decertification and the aid halt, US strikes on alleged drug boats, and',
    'precedents of sanctioned heads of state. Every record names its sources (see `csv/sources.csv`).',
    '',
    '## Files',
    '',
    '- `datapackage.json` — a Frictionless Tabular Data Package: every CSV with its columns, types and descriptions.',
    '- `LICENSE.md` — the licence (CC BY 4.0) and what it covers.',
    ...jsonFiles.map((f) => `- \`${f}\` — the dataset exactly as the app loads it (all fields, nested).`),
    '',
    '| File | What it holds | Rows | As of |',
    '| --- | --- | ---: | --- |',
    ...tables.map((t) => `| \`${t.path}\` | ${t.title} | ${t.rowCount} | ${t.asOf} |`),
    '',
    '## Reading the CSV files',
    '',
    '- UTF-8 (no byte order mark), comma-separated, CRLF line ends, a header row (RFC 4180). In Excel use',
    '  Data › From Text/CSV and choose UTF-8 so that accents read right.',
    '- Text in both languages sits in two columns: `title_en`, `title_es`. Nested fields are joined with `_`',
    '  (`claimant_who`).',
    '- Lists of ids and codes (`sourceIds`, `countries`) are joined with `;`. Lists of free text are JSON arrays.',
    '- Lists inside a record (revisions, conflicting values) are their own file, linked by `record_id`.',
    '- An empty cell means "not reported", never zero.',
    '- A text cell that would start with `=`, `+`, `-` or `@` starts with an apostrophe instead, so that',
    '  spreadsheets do not run it as a formula. Numbers are written as plain numbers.',
    '',
    '## Methodology',
    '',
    '- **Sources and grades.** Every record cites its sources. `verification` says how well they hold up:',
    '  `confirmed` (the cited source and at least one independent source agree), `reported` (published by a',
    '  named source, not independently confirmed) or `unverified`. Where sources disagree, each value is kept',
    '  with its own sources (the `*-conflicts.csv` files); claims are attributed to who made them.',
    '- **Totals.** Strike totals are not sums we made: each row of `strikes-totals.csv` is a total as a named',
    '  reporter stated it on a date, saying whether it counts people killed outright or also those presumed',
    '  dead. Strikes the trackers do not count (`counted` = false) stay in the data but out of the totals.',
    '- **Aid.** Figures are in millions of current US dollars by US fiscal year. A request is not money spent:',
    '  `measure` and `scope` say what each figure is, and figures of different measure or scope do not add up.',
    '- **Places.** Strike coordinates were never published; `strikes-areas.csv` holds approximate areas we drew',
    '  from the sources’ wording.',
    '- **Corrections.** Every change to a published value is listed in the `*-corrections.csv` files.',
    '',
    '## As of',
    '',
    ...Object.entries(asOf).map(([name, date]) => `- ${name}: ${date}`),
    '',
    '"As of" is the last date the facts were checked against the sources; nothing later is included.',
    '',
    '## How to cite',
    '',
    `Sanctions Atlas contributors (${year(latest)}). *Sanctions Atlas: data on the 2025–26 US–Colombia crisis*`,
    `[Data set], as of ${latest}. ${where}. Licensed under CC BY 4.0.`,
    '',
    '```bibtex',
    '@misc{sanctions_atlas_data,',
    '  author = {{Sanctions Atlas contributors}},',
    '  title = {Sanctions Atlas: data on the 2025--26 US--Colombia crisis},',
    `  year = {${year(latest)}},`,
    `  note = {Data set, as of ${latest}. Licensed under CC BY 4.0},`,
    `  howpublished = {${siteUrl === undefined ? where : `\\url{${siteUrl}}`}}`,
    '}',
    '```',
    '',
    '## Licence',
    '',
    'The compilation (selection, structure, summaries and translations) is licensed under CC BY 4.0: share and',
    'adapt it, crediting "Sanctions Atlas contributors" and linking the licence. Each source keeps its own rights;',
    'quotations are short and attributed. The app’s code is MIT-licensed. See `LICENSE.md`.',
    '',
  ];
  return lines.join('\n');
}
