import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { datasetNames } from '../src/data/schema/datasetNames.ts';
import { formatProblem } from '../src/data/schema/problems.ts';
import type { AllDatasets } from '../src/data/schema/registry.ts';
import { auxiliaryFiles, validateAll, type RawFiles } from '../src/data/schema/validate.ts';

export type CheckedDatasets = { files: Map<string, string>; data: AllDatasets } | { error: string };

/** What the plugin offers other plugins (the data package): the datasets it validated, and their shipped files. */
export interface DatasetsApi {
  current(): CheckedDatasets;
}

export const DATASETS_PLUGIN = 'sanctions-atlas-datasets';

/** Reads data/*.json and validates it with the app's schema module; returns the data and minified files, or the problems. */
export function checkDatasets(dir: string): CheckedDatasets {
  const raw: RawFiles = {};
  for (const name of [...datasetNames, ...auxiliaryFiles]) {
    const path = resolve(dir, `${name}.json`);
    if (existsSync(path)) raw[name] = readFileSync(path, 'utf8');
  }
  const { problems, data, changelog } = validateAll(raw);
  if (problems.length > 0 || data === null || changelog === null) {
    const lines = problems.map(formatProblem);
    return {
      error: `Invalid data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${lines.join('\n  ')}`,
    };
  }
  const files = new Map<string, string>(datasetNames.map((name) => [name, JSON.stringify(data[name])]));
  files.set('changelog', JSON.stringify(changelog));
  return { data, files };
}

/**
 * Validates the datasets when `vite` or `vite build` starts (bad data stops both, naming file, record and
 * field) and ships them as static files under /data/. In dev they are re-checked whenever they change.
 */
export function datasetsPlugin(options: { dir?: string } = {}): Plugin<DatasetsApi> {
  let dir = '';
  let current: CheckedDatasets = { error: 'not checked yet' };

  const serve = (server: ViteDevServer) => {
    server.middlewares.use((req, res, next) => {
      const match = /^\/data\/([a-z-]+)\.json(\?.*)?$/.exec(req.url ?? '');
      if (match === null) return next();
      if ('error' in current) {
        res.statusCode = 500;
        res.end(current.error);
        return;
      }
      const body = current.files.get(match[1] ?? '');
      if (body === undefined) return next();
      res.setHeader('Content-Type', 'application/json');
      res.end(body);
    });
    server.watcher.add(dir);
    server.watcher.on('change', (path) => {
      if (!path.startsWith(dir)) return;
      current = checkDatasets(dir);
      if ('error' in current) {
        server.config.logger.error(current.error);
        server.ws.send({ type: 'error', err: { message: current.error, stack: '' } });
      } else server.ws.send({ type: 'full-reload' });
    });
  };

  return {
    name: DATASETS_PLUGIN,
    api: { current: () => current },
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'data');
    },
    buildStart() {
      current = checkDatasets(dir);
      if ('error' in current) this.error(current.error);
    },
    configureServer: serve,
    generateBundle() {
      if ('error' in current) return;
      for (const [name, source] of current.files)
        this.emitFile({ type: 'asset', fileName: `data/${name}.json`, source });
    },
  };
}
