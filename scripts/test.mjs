// `npm test`: everything, in the order a failure is cheapest to find — typecheck, lint, data, unit and
// component tests, build, browser tests. Ends with one line "test: N passed, N failed" (tests, not steps).
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

function step(name, command, args, countFrom) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    stdio: countFrom === 'stdout' ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (countFrom === 'stdout') process.stdout.write(result.stdout ?? '');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`✗ ${name} failed (${seconds} s)`);
    return { ok: false, stdout: result.stdout ?? '' };
  }
  console.log(`✓ ${name} (${seconds} s)`);
  return { ok: true, stdout: result.stdout ?? '' };
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

/** Runs a script that ends with "<label>: N passed, N failed" and adds its counts; a crash counts as a failure. */
function countedStep(name, script, label) {
  const run = step(name, 'node', [script], 'stdout');
  const m = new RegExp(`${label}: (\\d+) passed, (\\d+) failed`).exec(run.stdout);
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
  }
  if (!run.ok && (m === null || Number(m[2]) === 0)) failed += 1;
}

countedStep('browser tests', 'tests/e2e/run.mjs', 'e2e');
// Production serving: the same build behind Debian's nginx with deploy/nginx.conf (skipped, with the install
// command, where nginx is not installed; .ci/run installs it).
countedStep('production serving (nginx)', 'tests/e2e/nginx.mjs', 'nginx');
finish();
