import type { Locator, Page } from '@playwright/test';
import { expect, expectParam, param, scrollIntoView, sidewaysOverflow, test } from './fixtures.ts';

async function openPrecedents(page: Page, search = '') {
  await page.goto(`/${search}`, { waitUntil: 'networkidle' });
  const region = page.getByRole('region', { name: 'Precedents' });
  await scrollIntoView(region);
  await expect(region.locator('.compare-table')).toBeVisible();
  return region;
}

const headers = (region: Locator) => region.locator('.compare-table thead th');

test('precedents: the default comparison shows Putin, Kim Jong Un and Maduro beside Petro', async ({ page }) => {
  const region = await openPrecedents(page);
  await expect(headers(region)).toHaveCount(4);
  await expect(headers(region).first()).toContainText('Petro');
  for (const name of ['Putin', 'Kim Jong Un', 'Maduro']) {
    await expect(headers(region).filter({ hasText: name }), name).not.toHaveCount(0);
  }
  const differs = region.locator('.compare-table td.differs');
  await expect(differs, 'differences marked').not.toHaveCount(0);
  // The mark is drawn by the stylesheet: seen (≠), and read as words, never as the symbol.
  const marked = await differs.first().ariaSnapshot();
  expect(marked).toMatch(/\(differs from Petro\)/);
  expect(marked).not.toMatch(/≠/);
  // Where sources disagree: the list is built when opened, each value with its linked sources.
  const conflicts = region.locator('details.conflicts');
  await expect(conflicts.locator('li'), 'nothing built while closed').toHaveCount(0);
  await conflicts.locator('summary').click();
  await expect(conflicts.locator('li a[href^="https://"]').first()).toBeVisible();
  await expect(conflicts.locator('li')).not.toHaveCount(0);
});

test('precedents: changing the compared set changes the URL and a reload restores it', async ({ page }) => {
  const region = await openPrecedents(page);
  const card = (name: string) => region.locator('.precedent').filter({ hasText: name });
  await card('Kim Jong Un').getByRole('button', { name: 'Compare' }).click();
  await card('Mugabe').getByRole('button', { name: 'Compare' }).click();
  await expect
    .poll(() => param(page, 'compare') ?? '', { message: 'Mugabe compared, Kim Jong Un not' })
    .toMatch(/^(?!.*prk-kim).*zwe-mugabe-2003/);
  await page.reload({ waitUntil: 'networkidle' });
  await scrollIntoView(region);
  await expect(region.locator('.compare-table')).toBeVisible();
  await expect(headers(region).filter({ hasText: 'Mugabe' })).not.toHaveCount(0);
  await expect(headers(region).filter({ hasText: 'Kim Jong Un' })).toHaveCount(0);
});

test('precedents: filters narrow the list; unknown and extra ids give a notice', async ({ page }) => {
  const region = await openPrecedents(page);
  const shown = region.locator('.precedent-list > li:not([hidden])');
  const all = await shown.count();
  await region.getByLabel('Authority type').selectOption('counternarcotics');
  await expectParam(page, 'authority', 'counternarcotics');
  await expect
    .poll(async () => {
      const narrowed = await shown.count();
      return narrowed < all && narrowed > 0 ? 'narrowed' : `${narrowed} of ${all}`;
    })
    .toBe('narrowed');
  await region.getByLabel('Search by name').fill('Maduro');
  await expectParam(page, 'q', 'Maduro');
  await page.goto('/?compare=rus-putin-2022,atlantis-1', { waitUntil: 'networkidle' });
  await scrollIntoView(region);
  await expect(region.getByText('The link names precedents the data does not have: atlantis-1.')).toBeVisible();
  await expect(headers(region), 'Petro and Putin still compared').toHaveCount(2);
});

test('precedents: selecting a precedent highlights its country on the map; axe clean at 1280 and 375', async ({
  page,
  axe,
  newSession,
  saveScreenshot,
}) => {
  const region = await openPrecedents(page);
  await region
    .locator('.precedent')
    .filter({ has: page.getByRole('heading', { name: /^Venezuela — / }) })
    .getByRole('button', { name: 'Show on map' })
    .click();
  await expectParam(page, 'country', 'VEN');
  await expectParam(page, 'precedent', 'ven-maduro-2017');
  await expect(page.locator('.leaflet-container path[stroke-width="3"]').first()).toBeAttached();
  await saveScreenshot('precedents-1280', region);
  expect(await axe({ include: '#precedents' })).toEqual([]);

  const phone = await newSession({ viewport: { width: 375, height: 800 } });
  const phoneRegion = await openPrecedents(phone.page);
  expect(await sidewaysOverflow(phone.page), 'no sideways scroll').toBeLessThanOrEqual(0);
  await saveScreenshot('precedents-375', phoneRegion);
  expect(await axe({ page: phone.page, include: '#precedents' })).toEqual([]);
});
