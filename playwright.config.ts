// Browser tests: @playwright/test driving Debian's Chromium (never a downloaded browser) against `vite preview`
// of the existing dist/, plus a small "nginx" project that serves the same build the way production does.
// `npx vite build` first; then `npx playwright test`. Ports: E2E_PORT (vite preview, default 4173) and
// E2E_NGINX_PORT (default E2E_PORT + 1). See tests/e2e/README.md.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS, HAS_NGINX, NGINX_PORT, PORT } from './tests/e2e/support/env.ts';

const dist = process.env.E2E_DIST ?? 'dist';
if (!existsSync(CHROMIUM)) {
  throw new Error(
    `Browser tests need Debian's Chromium at ${CHROMIUM}. Install it with:\n` +
      '  sudo apt-get update && sudo apt-get install --no-install-recommends chromium\n' +
      '(or set CHROMIUM_PATH to another Chromium binary).',
  );
}
if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npx vite build\` first.`);

const previewUrl = `http://127.0.0.1:${PORT}`;
const nginxUrl = `http://127.0.0.1:${NGINX_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  // Journeys are independent (each gets fresh browser contexts), so they may run in any order.
  fullyParallel: true,
  // Two cores: a third worker only makes every journey slower.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // A test that needs a retry is a bug to fix, not to hide.
  retries: 0,
  forbidOnly: process.env.CI !== undefined,
  // Whole journeys with several page loads and axe runs, on a shared two-core machine: the map alone can take
  // 20 s to draw under load. Waits get the 30 s the old harness's waitFor had.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: previewUrl,
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', testIgnore: 'nginx.spec.ts' },
    // Production serving: header checks plus every journey tagged @serving, against nginx + deploy/nginx.conf.
    // Skipped (with the install command) where nginx is not installed; .ci/run installs it.
    {
      name: 'nginx',
      testMatch: ['nginx.spec.ts', 'shell.spec.ts'],
      grep: /@serving/,
      use: { baseURL: nginxUrl },
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${dist}`,
      url: previewUrl,
      reuseExistingServer: process.env.CI === undefined,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...(HAS_NGINX
      ? [
          {
            command: `node_modules/.bin/tsx tests/e2e/support/serveNginx.ts ${dist}`,
            url: nginxUrl,
            reuseExistingServer: process.env.CI === undefined,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
});
