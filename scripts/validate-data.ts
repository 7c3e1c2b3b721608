// Validates data/*.json with the app's own schema module and prints every problem; exit 1 when any.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { datasetNames } from '../src/data/schema/registry.ts';
import { auxiliaryFiles, validateAll, type RawFiles } from '../src/data/schema/validate.ts';
import { formatProblem } from '../src/data/schema/problems.ts';
import { dictionaryProblem } from './data-dictionary.ts';

const args = process.argv.slice(2);
// --partial: check only the files present (used while datasets are being transcribed).
const partial = args.includes('--partial');
const dir = args.find((a) => !a.startsWith('--')) ?? 'data';
const files: RawFiles = {};
for (const name of [...datasetNames, ...auxiliaryFiles]) {
  const path = join(dir, `${name}.json`);
  if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
}
const { problems } = validateAll(files, { partial });
for (const p of problems) console.error(formatProblem(p));
// The data dictionary in data/README.md is generated from the schema; a stale one fails like bad data.
const dictionary = dir === 'data' ? await dictionaryProblem() : null;
if (dictionary !== null) console.error(dictionary);
const count = problems.length + (dictionary === null ? 0 : 1);
console.log(count === 0 ? 'data: all datasets valid' : `data: ${count} problem(s)`);
process.exit(count === 0 ? 0 : 1);
