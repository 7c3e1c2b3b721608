import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { datasetSchemas } from '../src/data/schema/registry.ts';
import { buildDataPackage, PACKAGE_FILE } from './datapackage/build.ts';
import { DATASETS_PLUGIN, type DatasetsApi } from './vite-plugin-datasets.ts';

/**
 * Writes dist/sanctions-atlas-data.zip at build time: one CSV per table, the JSON datasets, datapackage.json,
 * README.md and the data licence. It reuses what the datasets plugin validated (that plugin must come first in
 * the list), so the data is read and checked once; the app itself never loads any of this code.
 */
export function datapackagePlugin(options: { licenseFile?: string; siteUrl?: string } = {}): Plugin {
  let datasets: DatasetsApi | undefined;
  let root = '';
  let version: string | undefined;

  return {
    name: 'sanctions-atlas-datapackage',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      datasets = config.plugins.find((p) => p.name === DATASETS_PLUGIN)?.api as DatasetsApi | undefined;
      const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version?: unknown };
      version = typeof pkg.version === 'string' ? pkg.version : undefined;
    },
    generateBundle() {
      if (datasets === undefined) return this.error(`${DATASETS_PLUGIN} must be in the plugin list`);
      const current = datasets.current();
      // Bad data has already stopped the build in the datasets plugin, naming file, record and field.
      if ('error' in current) return;
      const license = readFileSync(resolve(root, options.licenseFile ?? 'LICENSE-DATA.md'), 'utf8');
      const siteUrl = options.siteUrl ?? process.env.SITE_URL;
      const { zip } = buildDataPackage({
        datasets: current.data,
        schemas: datasetSchemas,
        json: current.files,
        license,
        ...(siteUrl === undefined || siteUrl === '' ? {} : { siteUrl }),
        ...(version === undefined ? {} : { version }),
        // SOURCE_DATE_EPOCH (reproducible-builds.org) pins the date; otherwise the latest as-of date is used.
        ...(process.env.SOURCE_DATE_EPOCH === undefined
          ? {}
          : { created: new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) }),
      });
      this.emitFile({ type: 'asset', fileName: PACKAGE_FILE, source: zip });
    },
  };
}
