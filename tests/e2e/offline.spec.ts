// Offline after the first visit (issue 18): the service worker precaches the app, its chunks, the basemap and
// every dataset; a second build served under an open tab raises a polite "new data" prompt that loses nothing.
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectParam, param, scrollIntoView, test } from './fixtures.ts';
import { PORT } from './support/env.ts';
import { secondBuild } from './support/secondBuild.ts';
import { startSwitchableServer } from './support/switchableServer.ts';

/** First visit (the worker installs and precaches), then a reload: from then on the worker answers. */
async function visitUntilControlled(page: Page, path = '/') {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // 'prompt' mode does not claim open pages: the first page is controlled from its next load.
  await page.reload({ waitUntil: 'networkidle' });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
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
  await expect(page.getByRole('alert'), 'no view failed').toHaveCount(0);
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

test.describe('a new build under an open tab', () => {
  // Its own server (vite preview cannot swap folders), on the next port of the run's range.
  const port = PORT + 2;
  test.use({ baseURL: `http://127.0.0.1:${port}` });

  test('prompts politely, keeps focus, and reloads into the same view with what was typed', async ({ page }) => {
    const next = secondBuild(process.env.E2E_DIST ?? 'dist', 'events', (data) => {
      data.asOf = '2026-06-20';
    });
    const server = await startSwitchableServer(process.env.E2E_DIST ?? 'dist', port);
    try {
      await visitUntilControlled(page, '/?sea=caribbean&from=2025-09-01');
      await expect(page.locator('[data-dataset="events"] time')).toHaveAttribute('datetime', '2026-06-24');
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      const editor = page.getByRole('dialog', { name: 'Presentation' });
      await editor.getByRole('button', { name: 'Add this view as a slide' }).click();
      const title = editor.getByLabel('Title of slide 1');
      // Typed, not yet saved to the URL (a slide's title is saved when its field loses focus).
      await title.fill('Caribbean strikes, autumn');
      await expect(title).toBeFocused();

      server.serve(next);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const prompt = page.getByRole('status').filter({ hasText: 'New data available — reload to see it.' });
      await expect(prompt).toBeVisible();
      await expect(title, 'the prompt does not steal focus').toBeFocused();

      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
      await expect(page.locator('[data-dataset="events"] time')).toHaveAttribute('datetime', '2026-06-20');
      await expectParam(page, 'sea', 'caribbean');
      await expectParam(page, 'from', '2025-09-01');
      await expect(
        page.getByRole('dialog', { name: 'Presentation' }).getByLabel('Title of slide 1'),
        'what was typed is kept',
      ).toHaveValue('Caribbean strikes, autumn');
      await expect(page.getByText('New data available')).toHaveCount(0);
    } finally {
      await page.close();
      await server.close();
      rmSync(next, { recursive: true, force: true });
    }
  });
});
