import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dictionaryProblem, README, renderDictionary } from '../../../scripts/data-dictionary';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function readmeCopy(edit: (text: string) => string): string {
  dir = mkdtempSync(join(tmpdir(), 'atlas-dictionary-'));
  const path = join(dir, 'README.md');
  writeFileSync(path, edit(readFileSync(README, 'utf8')));
  return path;
}

describe('data dictionary in data/README.md (generated from the schema)', () => {
  it('documents the strike grade with its five values and its meaning', () => {
    const row = renderDictionary()
      .split('\n')
      .find((line) => line.startsWith('| `grade` |'));
    expect(row).toContain('`confirmed` \\| `fair` \\| `weak` \\| `contested` \\| `discounted`');
    expect(row).toContain('rubric in data/README.md');
  });

  it('is up to date in the repository', async () => {
    expect(await dictionaryProblem()).toBeNull();
  });

  it('is reported stale when a field changes without regenerating it', async () => {
    const path = readmeCopy((text) => text.replace('| `grade`', '| `evidenceGrade`'));
    expect(await dictionaryProblem(path)).toBe(
      `${path} › data dictionary: out of date with the schema in src/data/schema: run \`npm run data-dictionary\``,
    );
  });

  it('is reported when its markers are gone', async () => {
    const path = readmeCopy((text) => text.replace(/<!-- data-dictionary:end -->/, ''));
    expect(await dictionaryProblem(path)).toMatch(/the data dictionary markers are missing/);
  });
});
