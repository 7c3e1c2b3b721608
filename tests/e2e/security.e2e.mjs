import assert from 'node:assert/strict';
import { journey, openContext } from './harness.mjs';
import { sampleHostileQueries } from './hostileUrls.mjs';

const NAVIGATE_EVENT = 'atlas:navigate'; // src/state/urlStore.ts

journey(
  '200 hostile query strings: no exception, no script, no request outside the origin',
  async ({ browser, baseUrl }) => {
    const { context, page, offOrigin, errors } = await openContext(browser, baseUrl);
    const dialogs = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const queries = sampleHostileQueries(200);
    // Twenty as opening links (the whole start-up path; servers refuse request lines over ~8 KB, so those stay
    // in-app), the rest as in-app navigations (the Back/Forward path).
    const opening = queries.filter((q) => q.length < 4000).slice(0, 20);
    for (const q of opening) {
      await page.goto(`${baseUrl}?${q}`, { waitUntil: 'load' });
      await page.locator('#main').waitFor();
    }
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    for (const q of queries.filter((q) => !opening.includes(q))) {
      await page.evaluate(
        ({ q, NAVIGATE_EVENT }) => {
          history.pushState(null, '', `${location.pathname}?${q}`);
          window.dispatchEvent(new Event(NAVIGATE_EVENT));
        },
        { q, NAVIGATE_EVENT },
      );
    }
    await page.waitForTimeout(500);
    assert.equal(
      await page.evaluate(() => ('window.__pwned' in window && window.__pwned !== undefined ? 1 : 0)),
      0,
      'no injected script ran',
    );
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script element');
    assert.equal(await page.locator('#main').count(), 1, 'the app is still on screen');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(offOrigin, []);
    // Data fetches for ids that do not exist are fine; uncaught errors are not.
    assert.deepEqual(
      errors.filter((e) => e.startsWith('pageerror')),
      [],
    );
    await context.close();
  },
);
