// Issue #16 items 1 and 8: strike details readable at any width and reachable from the table; every strike on
// the map at the precision it has (zone, sea-level marker, or "sea not stated" beside it), labels that never
// overlap, a default view that fits every zone on a phone, countries named on hover and focus.
import type { Locator, Page } from '@playwright/test';
import { expect, param, test } from './fixtures.ts';

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });

async function openMap(page: Page, search = '') {
  await page.goto(`/${search}`, { waitUntil: 'networkidle' });
  await expect(page.locator('.map-canvas[aria-busy="false"] .leaflet-container path').first()).toBeVisible();
}

interface Rect {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Labels a reader can see: shown, not made invisible by the declutter, and at least partly inside the map. */
function visibleLabels(page: Page): Promise<Rect[]> {
  return page.locator('.leaflet-container').evaluate((map) => {
    const m = map.getBoundingClientRect();
    return [...map.querySelectorAll<HTMLElement>('.map-label__box')]
      .filter((el) => !el.hidden && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.right > m.left && r.left < m.right && r.bottom > m.top && r.top < m.bottom)
      .map(({ el, r }) => ({ text: el.textContent ?? '', x: r.left, y: r.top, width: r.width, height: r.height }));
  });
}

function overlappingPairs(rects: readonly Rect[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]!;
      const b = rects[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        pairs.push(`${a.text} × ${b.text}`);
    }
  return pairs;
}

/** A point of the map where the topmost element is the named country's shape (for a real hover). */
async function pointOnCountry(page: Page, name: string): Promise<{ x: number; y: number }> {
  // elementFromPoint sees only what is in the viewport.
  await page.locator('.leaflet-container').scrollIntoViewIfNeeded();
  const point = await page.locator('.leaflet-container').evaluate((map, label) => {
    const m = map.getBoundingClientRect();
    for (let y = Math.max(0, m.top) + 5; y < Math.min(m.bottom, innerHeight); y += 6)
      for (let x = m.left + 5; x < m.right; x += 6) {
        const el = document.elementFromPoint(x, y);
        if (el instanceof SVGPathElement && el.getAttribute('data-iso') === label) return { x, y };
      }
    return null;
  }, name);
  expect(point, `${name} is on the map`).not.toBeNull();
  return point ?? { x: 0, y: 0 };
}

const box = async (l: Locator) => {
  const b = await l.boundingBox();
  expect(b, 'has a box').not.toBeNull();
  return b ?? { x: 0, y: 0, width: 0, height: 0 };
};

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test(`map: a strike opened from the table shows readable details, in view and focused (${viewport.width} px)`, async ({
      page,
      axe,
      saveScreenshot,
    }) => {
      await openMap(page);
      const region = mapRegion(page);
      await region.getByText(/^Table of the \d+ strikes/).click();
      const firstRow = region.locator('.strikes-table tbody tr').first();
      const link = firstRow.getByRole('link');
      const date = (await link.textContent()) ?? '';
      await link.click();
      await expect(page).toHaveURL(/[?&]strike=strike-/);
      const panel = region.locator('.strike-panel');
      await expect(panel.locator('#strike-panel-title'), 'focus lands on the details').toBeFocused();
      await expect(panel, 'the details are brought into view').toBeInViewport();
      await expect(panel.locator('.strike-details h4')).toContainText(date);

      // Readable: each value either has a wide column or sits under its label.
      const facts = panel.locator('.facts');
      const dts = facts.locator('dt');
      const count = await dts.count();
      expect(count).toBeGreaterThan(4);
      for (let i = 0; i < count; i++) {
        const dt = await box(dts.nth(i));
        const dd = await box(facts.locator('dt + dd').nth(i));
        const stacked = dd.y >= dt.y + dt.height - 1 && Math.abs(dd.x - dt.x) < 2;
        expect(stacked || dd.width > 120, `value ${i} is ${Math.round(dd.width)} px wide beside its label`).toBe(true);
      }
      await saveScreenshot(`map-strike-details-${viewport.width}`, panel);
      expect(await axe({ include: '.map-layout' })).toEqual([]);

      // The permalink opens the same details on a fresh load.
      const id = param(page, 'strike');
      await openMap(page, `?strike=${id}`);
      await expect(region.locator('.strike-panel .strike-details h4')).toContainText(date);
      await expect(region.locator('.strike-panel')).toBeInViewport();
    });

    test(`map: every strike is counted on the map, and a sea-level marker opens its strikes (${viewport.width} px)`, async ({
      page,
      axe,
      saveScreenshot,
    }) => {
      await openMap(page);
      const region = mapRegion(page);
      const summary = (await region.getByText(/^Table of the \d+ strikes/).textContent()) ?? '';
      const total = Number(/(\d+)/.exec(summary)?.[1]);
      expect(total).toBeGreaterThan(0);
      const kinds = region.locator('.map-legend__kinds li[data-count]');
      const counts = await kinds.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))));
      expect(
        counts.reduce((a, b) => a + b, 0),
        'the legend accounts for every strike',
      ).toBe(total);
      await expect(region.locator('.map-legend__kinds li[data-kind="zone"]')).toContainText(/\d+ strikes?/);
      await expect(region.locator('.map-legend__kinds li[data-kind="sea"]')).toContainText(/\d+ strikes?/);

      // The badges on the map add up to the legend's sea-level count.
      const seaCount = Number(
        await region.locator('.map-legend__kinds li[data-kind="sea"]').getAttribute('data-count'),
      );
      const badgeNumbers = await region
        .locator('.leaflet-container .sea-marker > span[aria-hidden="true"]')
        .allTextContents();
      expect(badgeNumbers.reduce((a, b) => a + Number(b), 0)).toBe(seaCount);

      // Clicking the Eastern Pacific marker opens its strikes, as many as it shows.
      const pacific = region.getByRole('button', { name: /^Eastern Pacific, location not published: \d+ strikes$/ });
      const shown = Number(/(\d+) strikes/.exec((await pacific.textContent()) ?? '')?.[1]);
      await pacific.click();
      await expect(page).toHaveURL(/[?&]area=sea-eastern-pacific(&|$)/);
      const panel = region.locator('.area-panel');
      await expect(panel.getByRole('heading', { name: 'Eastern Pacific, location not published' })).toBeVisible();
      await expect(panel.locator('.strike-details')).toHaveCount(shown);
      await saveScreenshot(`map-sea-marker-${viewport.width}`, page);
      expect(await axe({ include: '.map-layout' })).toEqual([]);

      // The keyboard reaches the Caribbean marker and Enter opens it.
      const caribbean = region.getByRole('button', { name: /^Caribbean, location not published: \d+ strikes?$/ });
      await caribbean.focus();
      await expect(caribbean).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/[?&]area=sea-caribbean(&|$)/);
      await expect(panel.getByRole('heading', { name: 'Caribbean, location not published' })).toBeVisible();

      // Strikes whose sea is not stated are a button beside the map, opened the same way.
      const offMap = region.locator('.off-map-marker');
      if ((await offMap.count()) > 0) {
        await offMap.first().click();
        await expect(page).toHaveURL(/[?&]area=sea-unspecified(&|$)/);
        await expect(panel.locator('.strike-details')).not.toHaveCount(0);
      }

      // Old links keep working; a made-up sea is reported, not trusted.
      await openMap(page, '?area=not-reported');
      await expect(panel.getByRole('heading', { name: 'Area not reported' })).toBeVisible();
      await openMap(page, '?area=sea-atlantic');
      await expect(
        region.getByText('The link names an area "sea-atlantic" that the data does not have.'),
      ).toBeVisible();
    });

    test(`map: labels never overlap and the default view holds every zone (${viewport.width} px)`, async ({
      page,
      saveScreenshot,
    }) => {
      await openMap(page);
      const map = page.locator('.leaflet-container');
      await expect.poll(async () => (await visibleLabels(page)).length, { message: 'labels drawn' }).toBeGreaterThan(3);
      await expect.poll(async () => overlappingPairs(await visibleLabels(page)), { message: 'no overlap' }).toEqual([]);

      // fitBounds to every zone and marker: each zone's whole circle and each badge is inside the map.
      const frame = await box(map);
      const zones = page.locator('path.strike-zone');
      expect(await zones.count()).toBeGreaterThan(5);
      for (const shape of [...(await zones.all()), ...(await page.locator('.leaflet-container .sea-marker').all())]) {
        const b = await box(shape);
        expect(b.x, 'left edge inside').toBeGreaterThanOrEqual(frame.x - 1);
        expect(b.y, 'top edge inside').toBeGreaterThanOrEqual(frame.y - 1);
        expect(b.x + b.width, 'right edge inside').toBeLessThanOrEqual(frame.x + frame.width + 1);
        expect(b.y + b.height, 'bottom edge inside').toBeLessThanOrEqual(frame.y + frame.height + 1);
      }
      expect(param(page, 'map'), 'the framed default stays out of the URL').toBeNull();
      await saveScreenshot(`map-default-view-${viewport.width}`, map);

      // After zooming in, the labels are laid out again.
      await page.locator('.leaflet-control-zoom-in').click();
      await expect.poll(() => param(page, 'map')).not.toBeNull();
      await expect.poll(async () => overlappingPairs(await visibleLabels(page)), { message: 'no overlap' }).toEqual([]);
      // In Spanish too (longer labels).
      await openMap(page, '?lang=es');
      await expect.poll(async () => (await visibleLabels(page)).length).toBeGreaterThan(3);
      await expect.poll(async () => overlappingPairs(await visibleLabels(page)), { message: 'no overlap' }).toEqual([]);
    });

    test(`map: hovering a country names it, in both languages (${viewport.width} px)`, async ({ page, axe }) => {
      await openMap(page);
      // Hover: a point of Brazil's shape that nothing covers.
      const brazil = await pointOnCountry(page, 'BRA');
      await page.mouse.move(brazil.x, brazil.y);
      await expect(page.getByRole('tooltip', { name: 'Brazil' })).toBeVisible();
      expect(await axe({ include: '.map-canvas' })).toEqual([]);

      await openMap(page, '?lang=es');
      const peru = await pointOnCountry(page, 'PER');
      await page.mouse.move(peru.x, peru.y);
      await expect(page.getByRole('tooltip', { name: 'Perú' })).toBeVisible();
    });
  });
}
