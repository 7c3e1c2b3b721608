// Lighthouse 12 against Debian Chromium: median category scores over several runs, mobile and desktop.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let launches = 0;

export async function lighthouseScores(url, runs = 3) {
  const result = {};
  for (const [name, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        chromeFlags: [...FLAGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'lh-'))}`],
        userDataDir: false,
        // Debugging ports from LH_PORT where the machine assigns ports, a new one per launch (a port just closed
        // may not be free again yet); otherwise any free one.
        ...(process.env.LH_PORT === undefined ? {} : { port: Number(process.env.LH_PORT) + (launches++ % 6) }),
      });
      try {
        const run = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          config,
        );
        const lhr = run.lhr;
        samples.push({
          ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
          fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? null,
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
          siMs: lhr.audits['speed-index']?.numericValue ?? null,
          failed: Object.values(lhr.audits)
            .filter(
              (a) =>
                a.score !== null &&
                a.score < 1 &&
                ['accessibility', 'best-practices', 'seo'].some((c) =>
                  lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
                ),
            )
            .map((a) => a.id),
        });
      } finally {
        await chrome.kill();
      }
    }
    result[name] = {
      runs: samples.length,
      ...Object.fromEntries(
        [...CATEGORIES, 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'siMs'].map((k) => [k, median(samples.map((s) => s[k]))]),
      ),
      failedAudits: [...new Set(samples.flatMap((s) => s.failed))],
    };
  }
  return result;
}
