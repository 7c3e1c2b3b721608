// Production serving (project "nginx"): dist/ behind Debian's nginx with deploy/nginx.conf, started by
// playwright.config.ts's webServer (tests/e2e/support/serveNginx.ts). The journeys tagged @serving run against
// the same server. Skipped, with the install command, where nginx is not installed.
import { expect, test } from './fixtures.ts';
import { deployedCsp } from './support/nginxSite.ts';

test.describe('nginx with deploy/nginx.conf', { tag: '@serving' }, () => {
  test('serves index.html with the CSP header and no-cache', async ({ request }) => {
    const csp = deployedCsp();
    expect(csp, 'deploy/nginx.conf sets $csp').toBeDefined();
    const res = await request.get('/');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-security-policy']).toBe(csp);
    expect(res.headers()['cache-control']).toBe('no-cache');
  });

  test('hashed assets are cached for a year, immutable', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset, 'index.html references a hashed script').toBeDefined();
    const res = await request.get(asset ?? '');
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers()['content-type']).toMatch(/javascript/);
  });

  test('datasets are revalidated and deep links fall back to the app', async ({ request }) => {
    const data = await request.get('/data/strikes.json');
    expect(data.status()).toBe(200);
    expect(data.headers()['cache-control']).toBe('no-cache');
    const deep = await request.get('/some/deep/link?country=COL');
    expect(deep.status()).toBe(200);
    expect(await deep.text(), 'the fallback is the app').toContain('<div id="root"');
  });

  test('the data package downloads as a zip, never stale', async ({ request }) => {
    const res = await request.get('/sanctions-atlas-data.zip');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/zip');
    expect(res.headers()['content-disposition']).toMatch(/^attachment/);
    expect(res.headers()['cache-control']).toBe('no-cache');
    expect([...(await res.body()).subarray(0, 2)], 'zip signature PK').toEqual([0x50, 0x4b]);
  });

  test('the offline worker and its Workbox runtime are never cached long', async ({ request }) => {
    const csp = deployedCsp();
    const sw = await request.get('/sw.js');
    expect(sw.status()).toBe(200);
    expect(sw.headers()['cache-control']).toBe('no-cache');
    expect(sw.headers()['content-security-policy']).toBe(csp);
    expect(sw.headers()['x-content-type-options']).toBe('nosniff');
    expect(sw.headers()['content-type']).toMatch(/javascript/);
    // sw.js names its runtime module without the extension: define(["./workbox-2fbc6a65"], …).
    const runtime = /\.\/(workbox-[A-Za-z0-9_-]+)"/.exec(await sw.text())?.[1];
    expect(runtime, 'sw.js imports the Workbox runtime').toBeDefined();
    const res = await request.get(`/${runtime ?? ''}.js`);
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('no-cache');
    expect(res.headers()['content-security-policy']).toBe(csp);
  });
});
