// `npm run bench`: builds, measures the budgets on this machine, prints a table (budget, figure, ok/MISS),
// writes bench/results.json and exits 1 when any budget is missed. Timings live here only; `npm test` checks the
// bundle sizes alone (they are the same on every machine).
// Usage: npm run bench [-- --quick]   (--quick: one run of each measure instead of three)
// BENCH_PORT picks the preview server's port, LH_PORT the first of Lighthouse's Chromium debugging ports.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { defaultViewJs, interactionRuns } from './browser.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { bundleSizes, sizeRows } from './sizes.mjs';
import { syntheticStrikesDataset } from './syntheticStrikes.mjs';

const quick = process.argv.includes('--quick');
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const baseUrl = `http://127.0.0.1:${PORT}/`;

const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
const results = { date: new Date().toISOString(), machine: '2 cores, Node ' + process.version };
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(baseUrl)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  results.sizes = bundleSizes();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  try {
    results.defaultView = await defaultViewJs(browser, baseUrl);
    const runs = quick ? 1 : 3;
    results.interaction = await interactionRuns(browser, baseUrl, {}, runs);
    results.interaction10k = await interactionRuns(
      browser,
      baseUrl,
      { strikesJson: syntheticStrikesDataset(10000) },
      runs,
    );
    results.interactionBackToBack = await interactionRuns(browser, baseUrl, { settleMs: 0 }, runs);
  } finally {
    await browser.close();
  }
  try {
    results.lighthouse = await lighthouseScores(baseUrl, quick ? 1 : 3);
  } catch (error) {
    // A run that cannot finish is a miss, reported with the rest rather than losing the other figures.
    results.lighthouse = { error: String(error).slice(0, 300) };
  }
  if (existsSync('bench/mapStrikes.bench.ts')) {
    const map = spawnSync('node_modules/.bin/tsx', ['bench/mapStrikes.bench.ts'], { encoding: 'utf8' });
    const last = (map.stdout ?? '').trim().split('\n').pop() ?? '';
    try {
      results.mapStrikes10k = JSON.parse(last);
    } catch {
      results.mapStrikes10k = { error: (map.stderr ?? '').slice(0, 300) };
    }
  }
} finally {
  server.kill();
}

const ms = (n) => `${n.toFixed(1)} ms`;
const lh = results.lighthouse;
const lhMobile = lh.mobile ?? { performance: NaN, tbtMs: NaN };
const rows = [
  ...sizeRows(results.sizes),
  {
    name: 'Lighthouse mobile performance (median)',
    value: String(lhMobile.performance),
    budget: '≥ 95',
    ok: lhMobile.performance >= 95,
  },
  {
    name: 'Lighthouse mobile total blocking time (median)',
    value: ms(lhMobile.tbtMs),
    budget: '≤ 150 ms',
    ok: lhMobile.tbtMs <= 150,
  },
  {
    name: 'filter change → all views settled, p95 (4× CPU)',
    value: ms(results.interaction.p95Ms),
    budget: '≤ 50 ms',
    ok: results.interaction.p95Ms <= 50,
  },
  {
    name: 'filter changes back to back, p95 (4× CPU)',
    value: ms(results.interactionBackToBack.p95Ms),
    budget: '≤ 50 ms',
    ok: results.interactionBackToBack.p95Ms <= 50,
  },
  {
    name: 'filter change with 10,000 synthetic strikes, p95 (4× CPU)',
    value: ms(results.interaction10k.p95Ms),
    budget: '≤ 100 ms',
    ok: results.interaction10k.p95Ms <= 100,
  },
];
results.budgets = rows;
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

console.log(`\n${'budget'.padEnd(58)} ${'figure'.padStart(10)}   ${'limit'.padEnd(9)} result`);
for (const r of rows)
  console.log(`${r.name.padEnd(58)} ${r.value.padStart(10)}   ${r.budget.padEnd(9)} ${r.ok ? 'ok' : 'MISS'}`);
console.log('\nfor information (no budget):');
console.log(`  all JS chunks, gzip: ${results.sizes.totalKb.toFixed(1)} KB`);
console.log(`  JS the browser fetched for the default view, gzip: ${results.defaultView.kb.toFixed(1)} KB`);
if (lh.error !== undefined) console.log(`  Lighthouse failed: ${lh.error}`);
else {
  const cat = (r) =>
    `performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r['best-practices']}, SEO ${r.seo}`;
  console.log(`  Lighthouse mobile: ${cat(lh.mobile)}; desktop: ${cat(lh.desktop)}`);
}
const runP95s = (r) => r.runs.map((x) => x.p95Ms.toFixed(1)).join(', ');
console.log(
  `  p95 per run: settled ${runP95s(results.interaction)} ms; back to back ${runP95s(results.interactionBackToBack)} ms; 10,000 strikes ${runP95s(results.interaction10k)} ms`,
);
if (results.mapStrikes10k !== undefined)
  console.log('  map strikes layer, 10,000 synthetic strikes:', JSON.stringify(results.mapStrikes10k));
console.log('\nwrote bench/results.json');
const missed = rows.filter((r) => !r.ok);
if (missed.length > 0) {
  console.error(`bench: ${missed.length} budget(s) missed: ${missed.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
