import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, expectParam, scrollIntoView, sidewaysOverflow, test } from './fixtures.ts';

async function openAid(page: Page, search = '') {
  await page.goto(`/${search}`, { waitUntil: 'networkidle' });
  const region = page.getByRole('region', { name: 'US aid to Colombia' });
  await scrollIntoView(region);
  await expect(region.locator('.recharts-bar-rectangle').first()).toBeVisible();
  return region;
}

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await (file as Download).path());
}

test('aid: switching measure and breakdown changes the chart and the URL', async ({ page }) => {
  const region = await openAid(page);
  const bars = region.locator('.recharts-bar-rectangle');
  const before = await bars.count();
  await region.getByLabel('Measure').selectOption('request');
  await expectParam(page, 'measure', 'request');
  await region.getByRole('button', { name: 'Budget account' }).click();
  await expectParam(page, 'breakdown', 'account');
  await expect
    .poll(
      async () => {
        const now = await bars.count();
        return now > 0 && now !== before;
      },
      { message: 'the chart changed' },
    )
    .toBe(true);
  await expect(region.locator('figcaption')).toContainText('Budget request');
  await page.goBack();
  await expectParam(page, 'breakdown', null);
});

test('aid: picking a year updates the flow; a year without a split says so', async ({ page }) => {
  const region = await openAid(page, '?measure=appropriation&scope=state-usaid&breakdown=account');
  await region.getByText('Table of the numbers in the chart').click();
  await region.locator('.aid-table').getByRole('button', { name: 'FY2018' }).first().click();
  await expectParam(page, 'year', '2018');
  await expect(region.getByRole('heading', { name: 'Where the money went, FY2018' })).toBeVisible();
  expect(await region.locator('.flow-list li').count(), 'FY2018 has an account split').toBeGreaterThanOrEqual(2);
  await expect(region.locator('.recharts-sankey-node, .recharts-sankey-nodes rect').first()).toBeVisible();
  await page.goto('/?measure=appropriation&scope=state-usaid&breakdown=account&year=2011', {
    waitUntil: 'networkidle',
  });
  await scrollIntoView(region);
  await expect(region.getByText(/The research has no split of FY2011/)).toBeVisible();
});

test('aid: CSV holds exactly the displayed rows; PNG and SVG downloads are valid files', async ({ page }) => {
  const region = await openAid(page);
  // The CSV, PNG and SVG are in the view's "Download and cite" panel (issue 17).
  await region.locator('.download-panel summary').click();
  const text = (await download(page, () => region.getByRole('button', { name: /\(CSV\)$/ }).click())).toString('utf8');
  expect(text, 'RFC 4180: every record ends with CRLF').toMatch(/\r\n$/);
  const csv = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  // Header lines (title, filters, as-of date, licence, address), a blank line, then the table's columns.
  const header = csv.indexOf('Fiscal year,Category,US$ millions,Sources');
  expect(header, "the table's column names after the header lines").toBeGreaterThan(0);
  expect(csv.slice(0, header).join('\n'), 'only the shown series').toContain('Measure: Appropriation (enacted)');
  await region.getByText('Table of the numbers in the chart').click();
  await expect(region.locator('.aid-table tbody tr'), 'one CSV line per displayed row').toHaveCount(
    csv.length - header - 1,
  );
  const images = region.getByRole('group', { name: /^Image of “US assistance to Colombia/ });
  const png = await download(page, () => images.getByRole('button', { name: 'Download PNG' }).click());
  expect([...png.subarray(1, 4)], 'PNG signature').toEqual([0x50, 0x4e, 0x47]);
  expect(png.length).toBeGreaterThan(5000);
  const svg = (await download(page, () => images.getByRole('button', { name: 'Download SVG' }).click())).toString(
    'utf8',
  );
  expect(svg).toMatch(/^<svg[\s>]/);
  expect(svg, 'title drawn into the image').toMatch(/US assistance to Colombia/);
  expect(svg, 'as-of date drawn into the image').toMatch(/data as of/);
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test(`aid: axe clean and readable at ${viewport.width} px`, async ({ page, axe, saveScreenshot }) => {
      const region = await openAid(page);
      await saveScreenshot(`aid-${viewport.width}`, region);
      expect(await axe({ include: '#aid' })).toEqual([]);
      expect(await sidewaysOverflow(page), 'no sideways scroll').toBeLessThanOrEqual(0);
    });
  });
}
