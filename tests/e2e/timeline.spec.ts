import type { Page } from '@playwright/test';
import { expect, expectParam, expectSearch, scrollIntoView, test } from './fixtures.ts';

async function ready(page: Page) {
  await expect.poll(() => page.locator('.leaflet-container path').count()).toBeGreaterThan(100);
  await expect(page.locator('.timeline-chart')).toBeAttached();
}

test('share: filters set in three views travel in one link to a fresh browser', async ({
  page,
  context,
  baseURL,
  newSession,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
  await page.goto('/', { waitUntil: 'networkidle' });
  await ready(page);
  // The time window's bar (sticky above the views): a picked date applies at once.
  const windowBar = page.getByRole('region', { name: 'Time window' });
  await windowBar.getByLabel('From', { exact: true }).fill('2025-09-01');
  await windowBar.getByLabel('To', { exact: true }).fill('2025-12-31');
  await page
    .getByRole('region', { name: 'Map', exact: true })
    .getByRole('button', { name: 'Eastern Pacific', exact: true })
    .click();
  const aid = page.getByRole('region', { name: 'US aid to Colombia' });
  await scrollIntoView(aid);
  await aid.getByLabel('Measure').selectOption('request');
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied, 'the copied link is the canonical URL of the view').toBe(page.url().replace(/&?panel=share/, ''));
  for (const p of ['from=2025-09-01', 'to=2025-12-31', 'sea=eastern-pacific', 'measure=request']) {
    expect(copied).toContain(p);
  }
  const counters = (await page.locator('.counters').textContent()) ?? '';
  const chips = await page.locator('.filter-chips li').allTextContents();

  const fresh = await newSession();
  await fresh.page.goto(copied, { waitUntil: 'networkidle' });
  await ready(fresh.page);
  expect(fresh.page.url(), 'same URL').toBe(copied);
  await expect(fresh.page.locator('.counters'), 'same strike counters').toHaveText(counters);
  await expect(fresh.page.locator('.filter-chips li'), 'same filters').toHaveText(chips);
  const freshAid = fresh.page.getByRole('region', { name: 'US aid to Colombia' });
  await scrollIntoView(freshAid);
  await expect(freshAid.getByLabel('Measure')).toHaveValue('request');
});

test('history: Back and Forward walk the views; chips remove filters one by one', async ({ page }) => {
  await page.goto('/?country=COL&sea=caribbean', { waitUntil: 'networkidle' });
  await ready(page);
  await page.getByRole('button', { name: 'Remove filter: Sea' }).click();
  await expectSearch(page, '?v=1&country=COL');
  await page.getByRole('button', { name: 'Reset all filters' }).click();
  await expectSearch(page, '');
  await page.goBack();
  await expectSearch(page, '?v=1&country=COL');
  await page.goBack();
  await expectParam(page, 'sea', 'caribbean');
  await expect(
    page.getByRole('region', { name: 'Map', exact: true }).getByRole('button', { name: 'Caribbean', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expectSearch(page, '?v=1&country=COL');
});

test('timeline: the window moves by keyboard, and an event shows its summary and sources', async ({ page }) => {
  await page.goto('/?from=2025-10-01&to=2025-10-31', { waitUntil: 'networkidle' });
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.locator('.timeline-chart')).toBeVisible();
  await timeline.locator('.timeline-chart-wrap').focus();
  await page.keyboard.press('ArrowRight');
  await expectParam(page, 'from', '2025-10-08');
  await page.keyboard.press('Home');
  await expectParam(page, 'from', null); // Home goes to the first event
  await timeline.getByText(/^List of the \d+ events/).click();
  await timeline.locator('.event-list button').first().click();
  const details = timeline.locator('.event-details');
  await expect(details).toBeVisible();
  await expect(details.locator('a[href^="https://"]'), 'sources linked').not.toHaveCount(0);
  await expect(details).toContainText(/Reported fact:|Claim by/);
  await page.goto('/?from=2019-01-01&to=2030-01-01', { waitUntil: 'networkidle' });
  await expect(timeline.getByText(/outside the data/)).toBeVisible();
});
