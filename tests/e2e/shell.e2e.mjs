import assert from 'node:assert/strict';
import { axeViolations, journey, openContext, screenshot } from './harness.mjs';

const DATASETS = ['sources', 'events', 'sanctions', 'aid', 'strikes', 'precedents'];

journey(
  'the app loads with no console error, no request outside its origin, and every dataset counted',
  async ({ browser, baseUrl }) => {
    const { context, page, offOrigin, errors } = await openContext(browser, baseUrl);
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    for (const name of DATASETS) {
      const count = page.locator(`[data-dataset="${name}"] .dataset-strip__count`);
      await page.waitForFunction(
        (n) => /\d/.test(document.querySelector(`[data-dataset="${n}"] .dataset-strip__count`)?.textContent ?? ''),
        name,
      );
      const text = await count.textContent();
      assert.match(text ?? '', /^[\d,]+ records?$/, `${name} shows a record count`);
      assert.ok(Number((text ?? '').replace(/\D/g, '')) > 0, `${name} has records`);
    }
    await screenshot(page, 'shell-1280');
    assert.deepEqual(offOrigin, [], 'no request leaves the origin');
    assert.deepEqual(errors, [], 'no console error');
    await context.close();
  },
);

journey('axe finds no violation on the default view, desktop and phone', async ({ browser, baseUrl }) => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 800 },
  ]) {
    const { context, page, errors } = await openContext(browser, baseUrl, { viewport });
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await page.waitForFunction(() =>
      /\d/.test(document.querySelector('[data-dataset="strikes"] .dataset-strip__count')?.textContent ?? ''),
    );
    assert.deepEqual(await axeViolations(page), [], `axe at ${viewport.width}px`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `no sideways scrolling at ${viewport.width}px (overflow ${overflow}px)`);
    if (viewport.width === 375) await screenshot(page, 'shell-375');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

journey(
  'a garbage link opens the default view with a notice listing what was ignored',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openContext(browser, baseUrl);
    await page.goto(`${baseUrl}?zzz=1&year=%3Cscript%3Ealert(1)%3C/script%3E&from=2025-13-45`, {
      waitUntil: 'networkidle',
    });
    const notice = page.getByRole('status', { name: 'Part of this link could not be used' });
    await notice.waitFor();
    const items = await notice.getByRole('listitem').allTextContents();
    assert.deepEqual(items, [
      'zzz=1 — unknown parameter',
      'year=<script>alert(1)</script> — not a valid value',
      'from=2025-13-45 — not a valid value',
    ]);
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script was injected');
    assert.equal(new URL(page.url()).search, '', 'the address bar is cleaned to the canonical (default) view');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await notice.count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  },
);

journey('a dataset that fails to load blanks only its views, with Retry', async ({ browser, baseUrl }) => {
  const { context, page, errors } = await openContext(browser, baseUrl);
  let fail = true;
  await page.route('**/data/strikes.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
  );
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
  const alert = page.getByRole('region', { name: 'Map' }).getByRole('alert');
  await alert.waitFor({ timeout: 15000 });
  assert.match(
    await alert.textContent(),
    /The Strikes data could not be loaded\. The server answered with status 503\./,
  );
  assert.equal(
    await page.getByRole('region', { name: 'Precedents' }).getByRole('alert').count(),
    0,
    'other views keep working',
  );
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await alert.waitFor({ state: 'detached' });
  // The failed fetch itself is logged by the browser; nothing else may be.
  assert.deepEqual(
    errors.filter((e) => !e.includes('503')),
    [],
  );
  await context.close();
});

journey(
  'a malformed dataset, checked in the dataset worker, names its file, record and field in the views that need it',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openContext(browser, baseUrl);
    await page.route('**/data/strikes.json', async (route) => {
      const dataset = await (await route.fetch()).json();
      dataset.records[0].killed = 'many';
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) });
    });
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    const alert = page.getByRole('region', { name: 'Map' }).getByRole('alert');
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.textContent(), /data\/strikes\.json › record "strike-2025-09-02" › killed/);
    assert.equal(
      await page.getByRole('region', { name: 'Precedents' }).getByRole('alert').count(),
      0,
      'other views keep working',
    );
    assert.deepEqual(errors, []);
    await context.close();
  },
);

journey(
  'with JavaScript off, the pre-rendered page still shows the title, the lede and every view heading',
  async ({ browser, baseUrl }) => {
    const { context, page } = await openContext(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(baseUrl);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Sanctions Atlas');
    assert.match(
      await page.locator('.lede').textContent(),
      /^On 24 October 2025 the US Treasury sanctioned Colombia's sitting president, Gustavo Petro/,
    );
    assert.deepEqual(await page.getByRole('heading', { level: 2 }).allTextContents(), [
      'Map',
      'US aid to Colombia',
      'Precedents',
      'Timeline',
    ]);
    await context.close();
  },
);

journey('the sources panel opens from the header, is in the URL, and Back closes it', async ({ browser, baseUrl }) => {
  const { context, page, errors } = await openContext(browser, baseUrl);
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Sources' });
  await panel.waitFor();
  assert.equal(new URL(page.url()).searchParams.get('panel'), 'sources');
  const links = panel.locator('a[href]');
  assert.ok((await links.count()) > 10, 'many sources listed');
  const hrefs = await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
  assert.ok(
    hrefs.every(([href, rel]) => href.startsWith('https://') && rel === 'noopener noreferrer'),
    'https only, with noopener',
  );
  assert.deepEqual(await axeViolations(page), []);
  await page.goBack();
  await panel.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});
