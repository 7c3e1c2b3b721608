// `npm run bench`: builds, then measures the issue budgets on this machine and prints a table;
// writes bench/results.json. Figures are reported, not asserted: tests never time anything.
// Usage: npm run bench [-- --quick]   (--quick: one run of each measure instead of three)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { defaultViewJs, interactionRuns } from './browser.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { entrySizes } from './sizes.mjs';
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
  results.sizes = entrySizes();
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
    // For comparison, not a budget: the same 50 changes with no pause between them.
    results.interactionBackToBack = await interactionRuns(browser, baseUrl, { settleMs: 0 }, 1);
  } finally {
    await browser.close();
  }
  results.lighthouse = await lighthouseScores(baseUrl, quick ? 1 : 3);
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

writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

const row = (name, value, budget, ok) =>
  console.log(`${name.padEnd(58)} ${String(value).padStart(12)}   ${budget.padEnd(10)} ${ok ? 'ok' : 'OVER'}`);
const kb = (n) => `${n.toFixed(1)} KB`;
const lh = results.lighthouse;
console.log(`\n${'measure'.padEnd(58)} ${'value'.padStart(12)}   budget`);
row('entry JS (script + modulepreloads), gzip', kb(results.sizes.entryKb), '≤ 90 KB', results.sizes.entryKb <= 90);
row('all JS the default view loads, gzip', kb(results.defaultView.kb), '≤ 260 KB', results.defaultView.kb <= 260);
row(
  'filter change → views updated, p95 (4× CPU, median of runs)',
  `${results.interaction.p95Ms.toFixed(1)} ms`,
  '≤ 50 ms',
  results.interaction.p95Ms <= 50,
);
row(
  'same with 10,000 synthetic strikes, p95 (median of runs)',
  `${results.interaction10k.p95Ms.toFixed(1)} ms`,
  '≤ 100 ms',
  results.interaction10k.p95Ms <= 100,
);
row('Lighthouse mobile performance (median)', lh.mobile.performance, '≥ 95', lh.mobile.performance >= 95);
row('Lighthouse mobile accessibility', lh.mobile.accessibility, '= 100', lh.mobile.accessibility === 100);
row('Lighthouse mobile best practices', lh.mobile['best-practices'], '= 100', lh.mobile['best-practices'] === 100);
row('Lighthouse mobile SEO', lh.mobile.seo, '≥ 95', lh.mobile.seo >= 95);
row('Lighthouse desktop performance (median)', lh.desktop.performance, '≥ 98', lh.desktop.performance >= 98);
const runP95s = (r) => r.runs.map((x) => x.p95Ms.toFixed(1)).join(', ');
console.log(
  `interaction p95 per run: real data ${runP95s(results.interaction)} ms; 10,000 strikes ${runP95s(results.interaction10k)} ms`,
);
console.log(`the same changes back to back (no pause between them): p95 ${runP95s(results.interactionBackToBack)} ms`);
if (results.mapStrikes10k !== undefined)
  console.log('map strikes layer, 10,000 synthetic strikes:', JSON.stringify(results.mapStrikes10k));
console.log('\nwrote bench/results.json');
