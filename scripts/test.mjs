// `npm test`: everything, in the order a failure is cheapest to find — typecheck, lint, data, unit and
// component tests, build, browser tests (Playwright, including production serving with nginx). Ends with one line "test: N passed, N failed" (tests, not steps).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(
    `npm test runs browser tests in Debian's Chromium, and ${CHROMIUM} is missing.\n` +
      'Install it with:\n  sudo apt-get update && sudo apt-get install --no-install-recommends chromium\n' +
      '(or set CHROMIUM_PATH to another Chromium binary).',
  );
  process.exit(1);
}

let passed = 0;
let failed = 0;

function step(name, command, args, env = process.env) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`✗ ${name} failed (${seconds} s)`);
    return { ok: false };
  }
  console.log(`✓ ${name} (${seconds} s)`);
  return { ok: true };
}

function finish() {
  console.log(`\ntest: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

const bin = (name) => `node_modules/.bin/${name}`;

for (const [name, cmd, args] of [
  // The message functions are generated (src/i18n/paraglide, not in git): typecheck and lint read them.
  [
    'messages',
    bin('paraglide-js'),
    [
      'compile',
      '--project',
      './project.inlang',
      '--outdir',
      './src/i18n/paraglide',
      '--strategy',
      'baseLocale',
      '--emit-ts-declarations',
      '--silent',
    ],
  ],
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['format', bin('prettier'), ['--check', '.', '--log-level=warn']],
  ['data', bin('tsx'), ['scripts/validate-data.ts']],
]) {
  if (step(name, cmd, args).ok) passed += 1;
  else {
    failed += 1;
    finish();
  }
}

rmSync('.vitest-results.json', { force: true });
const unit = step('unit and component tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=.vitest-results.json',
]);
if (existsSync('.vitest-results.json')) {
  const report = JSON.parse(readFileSync('.vitest-results.json', 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (unit.ok ? 0 : report.numFailedTests === 0 ? 1 : 0);
} else if (!unit.ok) failed += 1;
if (!unit.ok) finish();

if (!step('build', bin('vite'), ['build']).ok) {
  failed += 1;
  finish();
}
passed += 1;
// Deterministic, so checked here; the timings are the bench's (npm run bench).
if (step('bundle size (entry ≤ 90 KB, default view ≤ 200 KB gzip)', 'node', ['bench/sizes.mjs', '--check']).ok)
  passed += 1;
else failed += 1;

// Browser tests and production serving (the "nginx" project, skipped with the install command where nginx is
// missing): Playwright Test, counted from its JSON report. E2E_PORT (and E2E_NGINX_PORT) pass through.
const E2E_REPORT = 'test-results/e2e-results.json';
rmSync(E2E_REPORT, { force: true });
const e2e = step('browser tests', bin('playwright'), ['test', '--reporter=list,json'], {
  ...process.env,
  PLAYWRIGHT_JSON_OUTPUT_FILE: E2E_REPORT,
});
let e2eFailed = 0;
if (existsSync(E2E_REPORT)) {
  const { stats, errors } = JSON.parse(readFileSync(E2E_REPORT, 'utf8'));
  // expected = passed; unexpected = failed; flaky cannot happen with retries 0 but is no pass either.
  passed += stats.expected;
  e2eFailed = stats.unexpected + stats.flaky + (errors?.length ?? 0);
  if (stats.skipped > 0) console.log(`  (${stats.skipped} browser tests skipped: not counted as passed)`);
}
// A crash, or a failure the report does not count (e.g. a server that did not start), is one failure.
if (!e2e.ok && e2eFailed === 0) e2eFailed = 1;
failed += e2eFailed;
finish();
