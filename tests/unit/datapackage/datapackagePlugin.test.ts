import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { datapackagePlugin } from '../../../scripts/vite-plugin-datapackage';
import { datasetsPlugin } from '../../../scripts/vite-plugin-datasets';
import { asFiles, minimalDatasets } from '../../fixtures/minimalDatasets';

let root = '';

function project(): string {
  root = mkdtempSync(join(tmpdir(), 'atlas-datapackage-'));
  mkdirSync(join(root, 'data'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><body><script type="module" src="/main.js"></script></body></html>',
  );
  writeFileSync(join(root, 'main.js'), 'console.log(1);');
  writeFileSync(join(root, 'package.json'), '{"version": "9.9.9"}');
  writeFileSync(join(root, 'LICENSE-DATA.md'), 'CC BY 4.0 here');
  for (const [name, text] of Object.entries(asFiles(minimalDatasets())))
    writeFileSync(join(root, 'data', `${name}.json`), text);
  return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('data package Vite plugin', () => {
  it('emits the zip with the data the datasets plugin validated, and the data licence', async () => {
    const dir = project();
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [datasetsPlugin(), datapackagePlugin()],
      build: { outDir: join(dir, 'dist') },
    });
    const files = unzipSync(readFileSync(join(dir, 'dist/sanctions-atlas-data.zip')));
    const text = (path: string) => new TextDecoder().decode(files[`sanctions-atlas-data/${path}`]);
    expect(text('LICENSE.md')).toBe('CC BY 4.0 here');
    expect(text('json/strikes.json')).toBe(readFileSync(join(dir, 'dist/data/strikes.json'), 'utf8'));
    expect(JSON.parse(text('datapackage.json'))).toMatchObject({ version: '9.9.9' });
    expect(text('csv/strikes.csv').split('\r\n')[1]).toMatch(/^strike-1,/);
  });

  it('stops the build when the datasets plugin is missing', async () => {
    const dir = project();
    await expect(
      build({
        root: dir,
        configFile: false,
        logLevel: 'silent',
        plugins: [datapackagePlugin()],
        build: { outDir: join(dir, 'dist') },
      }),
    ).rejects.toThrow(/sanctions-atlas-datasets must be in the plugin list/);
  });
});
