import { expect, expectParam, expectSearch, sidewaysOverflow, test } from './fixtures.ts';

const DATASETS = ['sources', 'events', 'sanctions', 'aid', 'strikes', 'precedents'];

// Tagged @serving: the nginx project runs it again against the production server configuration.
test(
  'the app loads with no console error, no request outside its origin, and every dataset counted',
  { tag: '@serving' },
  async ({ page, saveScreenshot }) => {
    await page.goto('/', { waitUntil: 'networkidle' });
    for (const name of DATASETS) {
      // A record count that is not zero ("1 record", "1,234 records").
      await expect(
        page.locator(`[data-dataset="${name}"] .dataset-strip__count`),
        `${name} shows its record count`,
      ).toHaveText(/^[1-9][\d,]* records?$/);
    }
    await saveScreenshot('shell-1280');
  },
);

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test(`axe finds no violation on the default view, and nothing scrolls sideways, at ${viewport.width} px`, async ({
      page,
      axe,
      saveScreenshot,
    }) => {
      await page.goto('/', { waitUntil: 'networkidle' });
      await expect(page.locator('[data-dataset="strikes"] .dataset-strip__count')).toHaveText(/\d/);
      expect(await axe()).toEqual([]);
      expect(await sidewaysOverflow(page), 'no sideways scrolling').toBeLessThanOrEqual(0);
      if (viewport.width === 375) await saveScreenshot('shell-375');
    });
  });
}

test('a garbage link opens the default view with a notice listing what was ignored', async ({ page }) => {
  await page.goto('/?zzz=1&year=%3Cscript%3Ealert(1)%3C/script%3E&from=2025-13-45', { waitUntil: 'networkidle' });
  const notice = page.getByRole('status', { name: 'Part of this link could not be used' });
  await expect(notice.getByRole('listitem')).toHaveText([
    'zzz=1 — unknown parameter',
    'year=<script>alert(1)</script> — not a valid value',
    'from=2025-13-45 — not a valid value',
  ]);
  await expect(page.locator('script:not([src])'), 'no inline script was injected').toHaveCount(0);
  // The address bar is cleaned to the canonical (default) view.
  await expectSearch(page, '');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a dataset that fails to load blanks only its views, with Retry', async ({ page, allowErrors }) => {
  // The failed fetch itself is logged by the browser; nothing else may be.
  allowErrors(/503/);
  let fail = true;
  await page.route('**/data/strikes.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
  );
  await page.goto('/', { waitUntil: 'networkidle' });
  const alert = page.getByRole('region', { name: 'Map' }).getByRole('alert');
  await expect(alert).toContainText('The Strikes data could not be loaded. The server answered with status 503.');
  await expect(
    page.getByRole('region', { name: 'Precedents' }).getByRole('alert'),
    'other views keep working',
  ).toHaveCount(0);
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toHaveCount(0);
});

test('a malformed dataset, checked in the dataset worker, names its file, record and field in the views that need it', async ({
  page,
}) => {
  await page.route('**/data/strikes.json', async (route) => {
    const dataset = (await (await route.fetch()).json()) as { records: Record<string, unknown>[] };
    const [first] = dataset.records;
    if (first !== undefined) first.killed = 'many';
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) });
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  const alert = page.getByRole('region', { name: 'Map' }).getByRole('alert');
  await expect(alert).toContainText('data/strikes.json › record "strike-2025-09-02" › killed');
  await expect(
    page.getByRole('region', { name: 'Precedents' }).getByRole('alert'),
    'other views keep working',
  ).toHaveCount(0);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-rendered page still shows the title, the lede and every view heading', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanctions Atlas');
    await expect(page.locator('.lede')).toHaveText(
      /^On 24 October 2025 the US Treasury sanctioned Colombia's sitting president, Gustavo Petro/,
    );
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'Map',
      'US aid to Colombia',
      'Precedents',
      'Timeline',
    ]);
  });
});

test('the sources panel opens from the header, is in the URL, and Back closes it', async ({ page, axe }) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Sources' });
  await expect(panel).toBeVisible();
  await expectParam(page, 'panel', 'sources');
  const links = panel.locator('a[href]');
  await expect.poll(() => links.count(), { message: 'many sources listed' }).toBeGreaterThan(10);
  const hrefs = await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
  expect(
    hrefs.filter(([href, rel]) => !(href?.startsWith('https://') === true && rel === 'noopener noreferrer')),
    'https only, with noopener',
  ).toEqual([]);
  expect(await axe()).toEqual([]);
  await page.goBack();
  await expect(panel).toHaveCount(0);
});
