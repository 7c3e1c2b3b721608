// A small end-to-end harness: real Debian Chromium through playwright-core, against `vite preview` (or any
// server given by E2E_BASE_URL). Each *.e2e.mjs file registers journeys with `journey(name, fn)`.
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
export const SCREENSHOT_DIR = 'tests/e2e/screenshots';

const journeys = [];
/** Registers one user journey. fn receives { page, context, baseUrl, browser, offOrigin, errors }. */
export function journey(name, fn) {
  journeys.push({ name, fn });
}

export function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing. Install it with: sudo apt-get install --no-install-recommends chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh browser context that records every request leaving the app's origin and every console error or
 * uncaught exception, so each journey can assert "no third-party request" and "no error".
 */
export async function openContext(browser, baseUrl, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const origin = new URL(baseUrl).origin;
  const offOrigin = [];
  const errors = [];
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
  });
  context.on('page', (page) => watchPage(page, errors));
  const page = await context.newPage();
  watchPage(page, errors);
  return { context, page, offOrigin, errors };
}

function watchPage(page, errors) {
  if (page.__watched) return;
  page.__watched = true;
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
}

/** axe-core against WCAG 2.0–2.2 A/AA; returns a readable list of violations (empty when clean). */
export async function axeViolations(page, include) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include !== undefined) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** Runs every registered journey in order; prints one line each and the closing "N passed, N failed". */
export async function runJourneys(baseUrl, filter) {
  const browser = await launchBrowser();
  let passed = 0;
  let failed = 0;
  try {
    for (const { name, fn } of journeys) {
      if (filter !== undefined && !name.includes(filter)) continue;
      const started = Date.now();
      try {
        await fn({ browser, baseUrl });
        passed += 1;
        console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
      } catch (err) {
        failed += 1;
        console.log(
          `  ✗ ${name}\n    ${String(err?.stack ?? err)
            .split('\n')
            .slice(0, 6)
            .map((l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l))
            .join('\n    ')}`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  return { passed, failed };
}
