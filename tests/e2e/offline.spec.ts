// Offline after the first visit (issue 18): the service worker precaches the app, its chunks, the basemap and
// every dataset, and deep links open with no network. The update prompt is in offlineUpdate.spec.ts.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectParam, param, scrollIntoView, test } from './fixtures.ts';
import { visitUntilControlled } from './support/visitUntilControlled.ts';

// Chromium 150 keeps the network blocked for a document loaded while the context is offline, but that document's
// navigator.onLine says true until the connection changes again. The app trusts the browser's report (it has no
// other signal: the worker answers from its cache), so the report is renewed here, as a real network change does.
async function renewOfflineReport(context: BrowserContext) {
  await context.setOffline(false);
  await context.setOffline(true);
}

const mapDrawn = (page: Page) =>
  expect(page.locator('.map-canvas[aria-busy="false"] .leaflet-container path').first()).toBeVisible();

async function everyViewDraws(page: Page) {
  const map = page.getByRole('region', { name: 'Map', exact: true });
  await mapDrawn(page);
  await expect(map.locator('path.strike-zone--caribbean').first()).toBeAttached();
  await expect(page.locator('.timeline-chart')).toBeAttached();
  const aid = page.getByRole('region', { name: 'US aid to Colombia' });
  await scrollIntoView(aid);
  await expect(aid.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const precedents = page.getByRole('region', { name: 'Precedents' });
  await scrollIntoView(precedents);
  await expect(precedents.locator('.compare-table')).toBeVisible();
  // In the views (the time bar keeps an empty alert region for its date messages).
  await expect(page.locator('main').getByRole('alert'), 'no view failed').toHaveCount(0);
  for (const name of ['sources', 'events', 'sanctions', 'aid', 'strikes', 'precedents']) {
    await expect(page.locator(`[data-dataset="${name}"] .dataset-strip__count`)).toHaveText(/^[1-9]/);
  }
}

test('offline: after one visit the app reloads with no network and every view draws', async ({
  page,
  context,
  axe,
  saveScreenshot,
}) => {
  await visitUntilControlled(page);
  await expect(page.getByText(/^Offline/)).toHaveCount(0);
  await context.setOffline(true);
  await page.reload({ waitUntil: 'networkidle' });
  await everyViewDraws(page);
  await renewOfflineReport(context);
  // The newest "as of" of the datasets, in the reader's language.
  const notice = page.getByRole('status').filter({ hasText: /^Offline — showing data as of \w{3} \d{1,2}, \d{4}$/ });
  await expect(notice).toBeVisible();
  expect(await axe()).toEqual([]);
  await saveScreenshot('offline-1280');
  await context.setOffline(false);
  await expect(notice).toHaveCount(0);
});

test('offline: deep links with filters, a deck and a slide open with no network', async ({ page, context }) => {
  await visitUntilControlled(page);
  // The built-in story's second slide, online first (its deck is a long compressed URL field).
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.getByRole('button', { name: 'Present the built-in story' }).click();
  await page.keyboard.press('ArrowRight');
  await expectParam(page, 'slide', '2');
  const slideLink = page.url();
  const deck = param(page, 'deck');
  await context.setOffline(true);

  const offline = await context.newPage();
  await offline.goto('/?from=2025-09-01&to=2025-12-31&sea=eastern-pacific&lang=es', { waitUntil: 'networkidle' });
  await expect(offline.getByRole('heading', { level: 1 })).toHaveText('Atlas de Sanciones');
  await expect(
    offline
      .getByRole('region', { name: 'Mapa', exact: true })
      .getByRole('button', { name: 'Pacífico oriental', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await mapDrawn(offline);
  await renewOfflineReport(context);
  await expect(offline.getByRole('status').filter({ hasText: /^Sin conexión: datos al / })).toBeVisible();
  await expectParam(offline, 'sea', 'eastern-pacific');

  await offline.goto(slideLink, { waitUntil: 'networkidle' });
  await expect(offline.getByRole('region', { name: 'Presentation' }).getByText('Slide 2 of 6')).toBeVisible();
  await expectParam(offline, 'deck', deck);
  await mapDrawn(offline);
});

test('the map degrades per layer: with the aid file missing, strikes and the basemap still draw', async ({
  page,
  allowErrors,
}) => {
  allowErrors(/404/);
  let missing = true;
  await page.route('**/data/aid.json', (route) =>
    missing ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback(),
  );
  await page.goto('/?layers=strikes,leaders,aid', { waitUntil: 'networkidle' });
  const map = page.getByRole('region', { name: 'Map', exact: true });
  await mapDrawn(page);
  await expect(map.locator('path.strike-zone--caribbean').first()).toBeAttached();
  const alert = map.getByRole('alert');
  await expect(alert).toContainText('The Aid data could not be loaded. The server answered with status 404.');
  await expect(map).toContainText("The map's “US aid” layer is not drawn until its data loads");
  // The leaders layer (precedents) still colours countries; the aid label is simply not there.
  await expect(map.locator('.leaflet-container path[fill]:not([fill="none"])').first()).toBeAttached();
  missing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(map.getByRole('alert')).toHaveCount(0);
  await expect(map).not.toContainText('is not drawn');
});
