// Validates data/*.json with the app's own schema module and prints every problem; exit 1 when any.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { datasetNames } from '../src/data/schema/registry.ts';
import { auxiliaryFiles, validateAll, type RawFiles } from '../src/data/schema/validate.ts';
import { formatProblem } from '../src/data/schema/problems.ts';

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
console.log(problems.length === 0 ? 'data: all datasets valid' : `data: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
