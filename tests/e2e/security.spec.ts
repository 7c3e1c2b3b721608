import { expect, test } from './fixtures.ts';
import { sampleHostileQueries } from './hostileUrls.mjs';

const NAVIGATE_EVENT = 'atlas:navigate'; // src/state/urlStore.ts

test('200 hostile query strings: no exception, no script, no request outside the origin', async ({
  page,
  allowErrors,
}) => {
  // Data fetches for ids that do not exist may log; uncaught exceptions still fail the test.
  allowErrors(/^console: /);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const queries = sampleHostileQueries(200);
  // Twenty as opening links (the whole start-up path; servers refuse request lines over ~8 KB, so those stay
  // in-app), the rest as in-app navigations (the Back/Forward path).
  const opening = queries.filter((q) => q.length < 4000).slice(0, 20);
  for (const q of opening) {
    await page.goto(`/?${q}`, { waitUntil: 'load' });
    await expect(page.locator('#main')).toBeAttached();
  }
  await page.goto('/', { waitUntil: 'networkidle' });
  const navigate = (q: string) =>
    page.evaluate(
      ({ q, event }) => {
        history.pushState(null, '', `${location.pathname}?${q}`);
        window.dispatchEvent(new Event(event));
      },
      { q, event: NAVIGATE_EVENT },
    );
  for (const q of queries.filter((q) => !opening.includes(q))) await navigate(q);
  // Two known views after them: once the second is drawn, every hostile one before it has been handled
  // (and the app still follows navigation).
  await navigate('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanctions Atlas');
  await navigate('lang=es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atlas de Sanciones');
  expect(await page.evaluate(() => '__pwned' in window), 'no injected script ran').toBe(false);
  await expect(page.locator('script:not([src])'), 'no inline script element').toHaveCount(0);
  await expect(page.locator('#main'), 'the app is still on screen').toHaveCount(1);
  expect(dialogs).toEqual([]);
});
