import assert from 'node:assert/strict';
import { axeViolations, journey, openContext, screenshot } from './harness.mjs';

const mapRegion = (page) => page.getByRole('region', { name: 'Map', exact: true });

async function openMap(browser, baseUrl, search = '', viewport) {
  const session = await openContext(browser, baseUrl, viewport === undefined ? {} : { viewport });
  await session.page.goto(`${baseUrl}${search}`, { waitUntil: 'networkidle' });
  // The basemap is drawn a few shapes per task; the canvas is aria-busy until every shape is on the map.
  await session.page.waitForSelector('.map-canvas[aria-busy="false"] .leaflet-container path');
  return session;
}

journey('map: Colombia and its neighbours drawn offline, strike zones in both seas', async ({ browser, baseUrl }) => {
  const { context, page, offOrigin, errors } = await openMap(browser, baseUrl);
  const countries = await page.locator('.leaflet-container path.leaflet-interactive').count();
  assert.ok(countries > 150, `country shapes drawn (${countries})`);
  assert.equal((await page.locator('path.strike-zone--caribbean').count()) > 0, true, 'Caribbean zones');
  assert.equal((await page.locator('path.strike-zone--eastern-pacific').count()) > 0, true, 'Eastern Pacific zones');
  assert.equal(await page.locator('.leaflet-tile').count(), 0, 'no map tiles');
  assert.deepEqual(offOrigin, []);
  assert.deepEqual(errors, []);
  await screenshot(page, 'map-1280');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

journey(
  'map: selecting a zone lists its strikes with linked sources, and the table matches the zones',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openMap(browser, baseUrl);
    const region = mapRegion(page);
    const zoneButtons = region.locator('.zone-list button');
    const labels = await zoneButtons.allTextContents();
    const killedInZones = labels.reduce((s, l) => s + Number(/, (\d+) killed/.exec(l)?.[1] ?? 0), 0);
    const strikesInZones = labels.reduce((s, l) => s + Number(/— (\d+) strikes?/.exec(l)?.[1] ?? 0), 0);
    await region.getByText(/^Table of the \d+ strikes/).click();
    const caption = await region.locator('.strikes-table caption').textContent();
    const [, strikes, , killed] = /(\d+) strikes, (\d+) boats, (\d+) killed/.exec(caption) ?? [];
    assert.equal(Number(strikes), strikesInZones, 'table strikes = zones + not-reported bucket');
    assert.equal(Number(killed), killedInZones, 'table killed = zones total');
    assert.equal(
      Number(await region.locator('[data-counter="killed"]').textContent()),
      killedInZones,
      'counter = zones',
    );

    await zoneButtons.filter({ hasText: 'Mexico–Guatemala' }).click();
    assert.match(new URL(page.url()).search, /area=eastern-pacific-sw-mexico-guatemala/);
    const panel = region.locator('.area-panel');
    await panel.locator('.strike-details').first().waitFor();
    const links = panel.locator('.source-links a');
    assert.ok((await links.count()) > 0, 'sources are linked');
    assert.equal(await links.first().getAttribute('rel'), 'noopener noreferrer');
    assert.match(await panel.textContent(), /presumed dead/);
    await page.goBack();
    await region.locator('.zone-list').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  },
);

journey(
  'map: toggling a layer and moving the map change the URL, and a reload restores them',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openMap(browser, baseUrl);
    const region = mapRegion(page);
    await region.getByRole('checkbox', { name: 'Places' }).uncheck();
    assert.equal(new URL(page.url()).searchParams.get('layers'), 'strikes,leaders,aid');
    await page.locator('.leaflet-control-zoom-in').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('map') !== null);
    const map = new URL(page.url()).searchParams.get('map');
    assert.match(map, /^-?\d+(\.\d+)?,-?\d+(\.\d+)?,5$/);
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('.leaflet-container path').length > 100);
    assert.equal(await region.getByRole('checkbox', { name: 'Places' }).isChecked(), false);
    assert.equal(new URL(page.url()).searchParams.get('map'), map);
    assert.equal(await page.locator('.place-marker').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  },
);

journey(
  'map: phone width, an empty window and an unknown area still draw with a note',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openMap(browser, baseUrl, '?from=2025-01-01&to=2025-01-31&area=atlantis', {
      width: 375,
      height: 800,
    });
    const region = mapRegion(page);
    await region.getByText('No strike falls in the current time window.').waitFor();
    await region.getByText('The link names an area "atlantis" that the data does not have.').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `no sideways scroll (${overflow})`);
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('.leaflet-container path').length > 100);
    await screenshot(page, 'map-375');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  },
);
