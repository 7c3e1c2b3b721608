// Builds nothing: serves the existing dist/ with `vite preview` on 127.0.0.1, runs every tests/e2e/*.e2e.mjs
// journey in Debian Chromium and ends with "e2e: N passed, N failed". E2E_BASE_URL targets another server
// (e.g. nginx) instead; E2E_PORT and E2E_DIST pick the port and build folder. Usage: node tests/e2e/run.mjs [name-filter]
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, runJourneys } from './harness.mjs';

if (!existsSync(CHROMIUM)) {
  console.error(
    `Browser tests need Debian's Chromium at ${CHROMIUM}.\nInstall it with:\n  sudo apt-get update && sudo apt-get install --no-install-recommends chromium`,
  );
  process.exit(1);
}
// E2E_DIST serves another build folder (several builds can then be tested side by side).
const dist = process.env.E2E_DIST ?? 'dist';
if (!existsSync(`${dist}/index.html`) && process.env.E2E_BASE_URL === undefined) {
  console.error(`${dist}/ is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const port = Number(process.env.E2E_PORT ?? 4173);
const baseUrl = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}/`;

async function waitForServer(url, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
}

let server = null;
if (process.env.E2E_BASE_URL === undefined) {
  server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

let result = { passed: 0, failed: 1 };
try {
  await waitForServer(baseUrl);
  const files = readdirSync('tests/e2e')
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort();
  for (const f of files) await import(pathToFileURL(`tests/e2e/${f}`).href);
  result = await runJourneys(baseUrl, process.argv[2]);
} catch (err) {
  console.error(err);
} finally {
  server?.kill();
}
console.log(`e2e: ${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed === 0 ? 0 : 1);
