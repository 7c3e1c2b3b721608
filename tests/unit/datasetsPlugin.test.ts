import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetsPlugin } from '../../scripts/vite-plugin-datasets';
import { asFiles, minimalDatasets } from '../fixtures/minimalDatasets';

let root = '';

function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'atlas-plugin-'));
  mkdirSync(join(root, 'data'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><body><script type="module" src="/main.js"></script></body></html>',
  );
  writeFileSync(join(root, 'main.js'), 'console.log(1);');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'data', `${name}.json`), text);
  return root;
}

const runBuild = (dir: string) =>
  build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [datasetsPlugin()],
    build: { outDir: join(dir, 'dist') },
  });

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('datasets Vite plugin', () => {
  it('emits every validated dataset as a static file', async () => {
    const dir = project(asFiles(minimalDatasets()));
    await runBuild(dir);
    const strikes = JSON.parse(readFileSync(join(dir, 'dist/data/strikes.json'), 'utf8')) as { records: unknown[] };
    expect(strikes.records).toHaveLength(1);
  });

  it('stops the build on bad data, naming file, record and field', async () => {
    const data = minimalDatasets();
    data.strikes.records[0] = { ...data.strikes.records[0]!, killed: -3 };
    const dir = project(asFiles(data));
    await expect(runBuild(dir)).rejects.toThrow(
      'data/strikes.json › record "strike-1" › killed: must be a non-negative integer',
    );
  });

  it('stops the build on broken JSON', async () => {
    const files = asFiles(minimalDatasets());
    const dir = project({ ...files, events: '{"dataset": "events",' });
    await expect(runBuild(dir)).rejects.toThrow(/data\/events\.json › \(file\): is not valid JSON/);
  });
});
