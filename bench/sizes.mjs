// JS sizes (gzip -9) of the built site, read from dist/ alone, so they are the same on every machine: what the
// entry needs, what the default view needs, every chunk. Used by the bench and by `npm test` (bundle-size step).
// Usage: node bench/sizes.mjs [--check] [dist]   (--check: exit 1 when a size budget is missed)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const SIZE_BUDGETS = { entryKb: 90, defaultViewKb: 200 };

/**
 * The chunks the default view loads besides the entry: the time-window bar, the two views drawn without scrolling
 * (the page is prerendered with all four; src/app/Regions.tsx loads aid and precedents when the reader comes near
 * them), the map's canvas with Leaflet (loaded with the map view), the dataset loader (src/data/queries.ts) and
 * the worker that fetches and validates the datasets (src/data/datasetWorker.ts). Each comes with what it imports.
 */
const DEFAULT_VIEW_CHUNKS = ['MapView', 'MapCanvas', 'TimelineView', 'WindowBar', 'loadDataset', 'datasetWorker'];
/** Chunks whose dynamic imports always run at start: the worker loads the schema as soon as it starts. */
const EAGER_DYNAMIC_IMPORTS = new Set(['datasetWorker']);

export const gzipKb = (path) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

const chunkName = (file) => file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '');
const STATIC_IMPORT = /(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;

/** The files `start` needs in dist/assets: itself and, transitively, what it imports. */
function withImports(dist, start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(`${dist}/assets/${file}`)) return;
    seen.add(file);
    const code = readFileSync(`${dist}/assets/${file}`, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(m[1]);
    if (EAGER_DYNAMIC_IMPORTS.has(chunkName(file))) for (const m of code.matchAll(DYNAMIC_IMPORT)) visit(m[1]);
  };
  visit(start);
  return seen;
}

export function bundleSizes(dist = 'dist') {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const entryFiles = [
    ...new Set([
      ...[...html.matchAll(/<script[^>]+src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]),
    ]),
  ];
  const chunks = readdirSync(`${dist}/assets`)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, gzipKb: gzipKb(`${dist}/assets/${f}`) }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  const kbOf = (files) => [...files].reduce((sum, f) => sum + gzipKb(`${dist}/assets/${f}`), 0);
  const entry = new Set(entryFiles.flatMap((f) => [...withImports(dist, f)]));
  const defaultView = new Set(entry);
  for (const name of DEFAULT_VIEW_CHUNKS) {
    const file = chunks.find((c) => chunkName(c.file) === name)?.file;
    if (file === undefined) throw new Error(`bench/sizes.mjs: no chunk named ${name} in ${dist}/assets`);
    for (const f of withImports(dist, file)) defaultView.add(f);
  }
  return {
    entryFiles: [...entry],
    entryKb: kbOf(entry),
    defaultViewFiles: [...defaultView],
    defaultViewKb: kbOf(defaultView),
    chunks,
    totalKb: chunks.reduce((s, c) => s + c.gzipKb, 0),
  };
}

/** One row per size budget: name, figure, budget, ok. */
export function sizeRows(sizes) {
  return [
    ['entry JS (script + what it imports), gzip', sizes.entryKb, SIZE_BUDGETS.entryKb],
    ['default view JS (map, timeline, data loader), gzip', sizes.defaultViewKb, SIZE_BUDGETS.defaultViewKb],
  ].map(([name, kb, budget]) => ({ name, value: `${kb.toFixed(1)} KB`, budget: `≤ ${budget} KB`, ok: kb <= budget }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
  const sizes = bundleSizes(dist);
  const rows = sizeRows(sizes);
  for (const r of rows)
    console.log(`${r.name.padEnd(52)} ${r.value.padStart(9)}   ${r.budget.padEnd(9)} ${r.ok ? 'ok' : 'MISS'}`);
  console.log(`${'all JS chunks, gzip (no budget)'.padEnd(52)} ${`${sizes.totalKb.toFixed(1)} KB`.padStart(9)}`);
  if (process.argv.includes('--check') && rows.some((r) => !r.ok)) {
    console.error('bundle size over budget (see MISS above)');
    process.exit(1);
  }
}
