import type { Locator, Page } from '@playwright/test';
import { expect, expectParam, SCREENSHOT_DIR, scrollIntoView, test } from './fixtures.ts';

/** One record of each kind, the parameter its link uses, and where its details show. */
const RECORDS = [
  { kind: 'strike', param: 'strike', id: 'strike-2025-09-02', details: (p: Page) => p.locator('.strike-panel') },
  {
    kind: 'event',
    param: 'event',
    id: 'ofac-sanctions-petro-2025-10-24',
    details: (p: Page) => p.locator('.event-details:not(.sanction-details)'),
  },
  {
    kind: 'precedent',
    param: 'precedent',
    id: 'syr-assad-2011',
    details: (p: Page) => p.locator('.precedent--selected'),
  },
  {
    kind: 'sanction',
    param: 'sanction',
    id: 'ofac-2025-10-24-gustavo-petro',
    details: (p: Page) => p.locator('.sanction-details'),
  },
] as const;

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 375, height: 740 },
] as const;

/** The record's own words: what must be on screen, not just in the page. */
const EXPECTED_TEXT: Record<(typeof RECORDS)[number]['kind'], RegExp> = {
  strike: /Caribbean/,
  event: /sanction/i,
  precedent: /Assad/,
  sanction: /PETRO URREGO/,
};

async function expectOpen(details: Locator, kind: (typeof RECORDS)[number]['kind']) {
  // A fresh browser loads every dataset over a shared, busy machine: the first paint of the view can be slow.
  await expect(details).toBeVisible({ timeout: 90_000 });
  await expect(details).toContainText(EXPECTED_TEXT[kind]);
  // Late content above (the map, the charts) must not push the details back out of sight.
  await expect(details).toBeInViewport({ ratio: 0.2 });
}

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const record of RECORDS) {
      test(`a ${record.kind} link opens that ${record.kind} in a fresh browser; Copy link copies it`, async ({
        baseURL,
        newSession,
        axe,
      }) => {
        const origin = new URL(baseURL ?? '').origin;
        const link = `${origin}/?v=1&${record.param}=${record.id}`;
        const first = await newSession({ viewport });
        await first.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
        await first.page.goto(link, { waitUntil: 'networkidle' });
        const details = record.details(first.page);
        await expectOpen(details, record.kind);
        await first.page.screenshot({ path: `${SCREENSHOT_DIR}/permalink-${record.kind}-${viewport.width}.png` });

        await details.getByRole('button', { name: /^Copy link/ }).click();
        await expect(details.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
        const copied = await first.page.evaluate(() => navigator.clipboard.readText());
        expect(copied, 'the record link, whatever else the view holds').toBe(link);
        expect(await axe({ page: first.page, include: 'main' })).toEqual([]);

        const second = await newSession({ viewport });
        await second.page.goto(copied, { waitUntil: 'networkidle' });
        await expectOpen(record.details(second.page), record.kind);
        await expectParam(second.page, record.param, record.id);
      });
    }

    test('a row of the strikes table opens its strike with its details in sight', async ({ page }) => {
      await page.goto('/', { waitUntil: 'networkidle' });
      const map = page.getByRole('region', { name: 'Map', exact: true });
      const table = map.locator('.strikes-table');
      await scrollIntoView(table);
      await table.locator('summary').click();
      const row = table.locator('tbody tr').first();
      const rowLink = row.getByRole('link').first();
      const href = (await rowLink.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\?v=1&strike=strike-[\w-]+$/);
      await rowLink.click();
      const id = new URLSearchParams(href).get('strike');
      await expectParam(page, 'strike', id);
      const panel = page.locator('.strike-panel');
      await expect(panel).toBeInViewport({ ratio: 0.2 });
      await expect(panel.getByRole('heading', { name: 'Selected strike' })).toBeFocused();
      await expect(panel.locator('.strike-details')).toHaveCount(1);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/permalink-table-row-${viewport.width}.png` });
      await panel.getByRole('button', { name: 'Close strike' }).click();
      await expectParam(page, 'strike', null);
    });
  });
}

test('an unknown record id says so and keeps the rest of the link', async ({ page }) => {
  await page.goto('/?v=1&sea=caribbean&strike=no-such-strike&precedent=no-such-case', { waitUntil: 'networkidle' });
  await expect(page.getByText('The link names a strike "no-such-strike" that the data does not have.')).toBeVisible();
  await expectParam(page, 'sea', 'caribbean');
  await expect(page.locator('.filter-chips')).toContainText('Caribbean');
  const precedents = page.getByRole('region', { name: 'Precedents' });
  await scrollIntoView(precedents);
  await expect(precedents).toContainText('The link names a precedent "no-such-case" that the data does not have.');
});

test('"+N more sources" shows every source in place, and hides them again (mouse and keyboard)', async ({
  page,
  saveScreenshot,
}) => {
  await page.goto('/?v=1&precedent=syr-assad-2011', { waitUntil: 'networkidle' });
  const card = page.locator('.precedent--selected');
  await expect(card).toBeInViewport({ ratio: 0.2 });
  const toggle = card.getByRole('button', { name: '+7 more sources' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const links = card.locator('.source-links-inline a');
  await expect(links).toHaveCount(3);
  await toggle.click();
  await expect(links).toHaveCount(10);
  const less = card.getByRole('button', { name: 'Show fewer sources' });
  await expect(less).toHaveAttribute('aria-expanded', 'true');
  await saveScreenshot('permalink-sources-expanded', card);
  await less.focus();
  await page.keyboard.press('Enter');
  await expect(links).toHaveCount(3);
  await expect(card.getByRole('button', { name: '+7 more sources' })).toBeFocused();
});
