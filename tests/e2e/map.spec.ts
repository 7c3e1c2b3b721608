import type { Page } from '@playwright/test';
import { expect, expectParam, param, sidewaysOverflow, test } from './fixtures.ts';

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });

async function openMap(page: Page, search = '') {
  await page.goto(`/${search}`, { waitUntil: 'networkidle' });
  // The basemap is drawn a few shapes per task; the canvas is aria-busy until every shape is on the map.
  await expect(page.locator('.map-canvas[aria-busy="false"] .leaflet-container path').first()).toBeVisible();
}

const basemapDrawn = (page: Page) =>
  expect.poll(() => page.locator('.leaflet-container path').count(), { message: 'basemap drawn' }).toBeGreaterThan(100);

test('map: Colombia and its neighbours drawn offline, strike zones in both seas', async ({
  page,
  axe,
  saveScreenshot,
}) => {
  await openMap(page);
  expect(await page.locator('.leaflet-container path.leaflet-interactive').count(), 'country shapes').toBeGreaterThan(
    150,
  );
  await expect(page.locator('path.strike-zone--caribbean'), 'Caribbean zones').not.toHaveCount(0);
  await expect(page.locator('path.strike-zone--eastern-pacific'), 'Eastern Pacific zones').not.toHaveCount(0);
  await expect(page.locator('.leaflet-tile'), 'no map tiles').toHaveCount(0);
  await saveScreenshot('map-1280');
  expect(await axe()).toEqual([]);
});

test('map: selecting a zone lists its strikes with linked sources, and the table matches the zones', async ({
  page,
}) => {
  await openMap(page);
  const region = mapRegion(page);
  const zoneButtons = region.locator('.zone-list button');
  const labels = await zoneButtons.allTextContents();
  const killedInZones = labels.reduce((s, l) => s + Number(/, (\d+) killed/.exec(l)?.[1] ?? 0), 0);
  const strikesInZones = labels.reduce((s, l) => s + Number(/— (\d+) strikes?/.exec(l)?.[1] ?? 0), 0);
  await region.getByText(/^Table of the \d+ strikes/).click();
  const caption = (await region.locator('.strikes-table caption').textContent()) ?? '';
  const [, strikes, , killed] = /(\d+) strikes, (\d+) boats, (\d+) killed/.exec(caption) ?? [];
  expect(Number(strikes), 'table strikes = zones + not-reported bucket').toBe(strikesInZones);
  expect(Number(killed), 'table killed = zones total').toBe(killedInZones);
  await expect(region.locator('[data-counter="killed"]'), 'counter = zones').toHaveText(String(killedInZones));

  await zoneButtons.filter({ hasText: 'Mexico–Guatemala' }).click();
  await expect(page).toHaveURL(/area=eastern-pacific-sw-mexico-guatemala/);
  const panel = region.locator('.area-panel');
  await expect(panel.locator('.strike-details').first()).toBeVisible();
  const links = panel.locator('.source-links a');
  await expect(links, 'sources are linked').not.toHaveCount(0);
  await expect(links.first()).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(panel).toContainText('presumed dead');
  await page.goBack();
  await expect(region.locator('.zone-list')).toBeVisible();
});

test('map: toggling a layer and moving the map change the URL, and a reload restores them', async ({ page }) => {
  await openMap(page);
  const region = mapRegion(page);
  await region.getByRole('checkbox', { name: 'Places' }).uncheck();
  await expectParam(page, 'layers', 'strikes,leaders,aid');
  await page.locator('.leaflet-control-zoom-in').click();
  await expect
    .poll(() => param(page, 'map'), { message: 'map position in the URL' })
    .toMatch(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,5$/);
  const map = param(page, 'map');
  await page.reload({ waitUntil: 'networkidle' });
  await basemapDrawn(page);
  await expect(region.getByRole('checkbox', { name: 'Places' })).not.toBeChecked();
  expect(param(page, 'map')).toBe(map);
  await expect(page.locator('.place-marker')).toHaveCount(0);
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('map: phone width, an empty window and an unknown area still draw with a note', async ({
    page,
    axe,
    saveScreenshot,
  }) => {
    await openMap(page, '?from=2025-01-01&to=2025-01-31&area=atlantis');
    const region = mapRegion(page);
    await expect(region.getByText('No strike falls in the current time window.')).toBeVisible();
    await expect(region.getByText('The link names an area "atlantis" that the data does not have.')).toBeVisible();
    expect(await sidewaysOverflow(page), 'no sideways scroll').toBeLessThanOrEqual(0);
    await page.goto('/', { waitUntil: 'networkidle' });
    await basemapDrawn(page);
    await saveScreenshot('map-375');
    expect(await axe()).toEqual([]);
  });
});
