import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, expectParam, scrollIntoView, sidewaysOverflow, test } from './fixtures.ts';

async function openAid(page: Page, search = '') {
  await page.goto(`/${search}`, { waitUntil: 'networkidle' });
  const region = page.getByRole('region', { name: 'US aid to Colombia' });
  await scrollIntoView(region);
  await expect(region.locator('.aid-figure .recharts-bar-rectangle').first()).toBeVisible();
  return region;
}

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await (file as Download).path());
}

test('aid: switching measure and breakdown changes the chart and the URL', async ({ page }) => {
  const region = await openAid(page);
  const bars = region.locator('.aid-figure .recharts-bar-rectangle');
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

test('aid: picking a year updates the split; a year without a split says so', async ({ page }) => {
  const region = await openAid(page, '?measure=appropriation&scope=state-usaid&breakdown=account');
  await region.getByText('Table of the numbers in the chart').click();
  await region.locator('.aid-table').getByRole('button', { name: 'FY2018' }).first().click();
  await expectParam(page, 'year', '2018');
  const split = region.locator('[data-chart="aid-flow"]');
  await expect(split.getByRole('heading', { name: 'Where the money went, FY2018' })).toBeVisible();
  await expect(split.locator('.aid-split-table tbody tr'), 'FY2018 has four accounts').toHaveCount(4);
  await page.goto('/?measure=appropriation&scope=state-usaid&breakdown=account&year=2011', {
    waitUntil: 'networkidle',
  });
  await scrollIntoView(region);
  await expect(region.getByText(/The research has no split of FY2011/)).toBeVisible();
  await expect(split.locator('.aid-split-chart'), 'no empty chart').toHaveCount(0);
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

/** The split chart's amounts (its labels) and its key, as drawn, and the same rows in its table. */
async function splitReadout(region: Locator) {
  const split = region.locator('[data-chart="aid-flow"]');
  // The chart's code loads as the reader scrolls near it (its title, key and table are in the page before).
  await split.scrollIntoViewIfNeeded();
  await expect(split.locator('.aid-split-value').first()).toBeVisible();
  return {
    labels: await split.locator('.aid-split-name').allTextContents(),
    amounts: await split.locator('.aid-split-value').allTextContents(),
    key: await split.locator('.aid-legend li').allTextContents(),
    tableNames: await split.locator('.aid-split-table tbody th').allTextContents(),
    tableAmounts: await split.locator('.aid-split-table tbody td').allTextContents(),
    total: await split.locator('.aid-split-table tfoot td').textContent(),
  };
}

const FY2018_ACCOUNTS = '?measure=appropriation&scope=state-usaid&breakdown=account&year=2018';

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
]) {
  test.describe(`split and keys at ${viewport.width} px`, () => {
    test.use({ viewport });

    test(`aid: the split chart names and values every segment, as its table does (${viewport.width} px)`, async ({
      page,
      axe,
      saveScreenshot,
    }) => {
      const region = await openAid(page, FY2018_ACCOUNTS);
      const split = region.locator('[data-chart="aid-flow"]');
      await split.scrollIntoViewIfNeeded();
      const r = await splitReadout(region);
      // FY2018 appropriations by account, largest first (data/aid.json): the bars, labels, key and table agree.
      expect(r.labels).toEqual(['ESF', 'INCLE', 'FMF', 'NADR (demining)']);
      expect(r.amounts).toEqual(['$187.3 million', '$143 million', '$38.5 million', '$21 million']);
      expect(r.key).toEqual(r.labels);
      expect(r.tableNames).toEqual(r.labels);
      expect(r.tableAmounts).toEqual(r.amounts);
      expect(r.total).toBe('$389.8 million');
      await expect(split.locator('.aid-split-strip rect'), 'one strip segment per category').toHaveCount(4);
      await expect(split.locator('.recharts-bar-rectangle'), 'one bar per category').toHaveCount(4);
      await expect(
        split.getByRole('img', { name: /^FY2018: \$389\.8 million in all, by budget account: ESF/ }),
      ).toHaveCount(1);
      // Every label lies inside the chart: none cut at the edge, at either width.
      const box = await split.locator('.aid-split-chart').boundingBox();
      for (const label of await split.locator('.aid-split-value, .aid-split-name').all()) {
        const b = await label.boundingBox();
        expect(b !== null && box !== null && b.x >= box.x && b.x + b.width <= box.x + box.width + 0.5).toBe(true);
      }
      // The series chart above has its key and a total over each year with a figure.
      const series = region.locator('[data-chart="aid-series"]');
      await expect(series.locator('.aid-legend li')).toHaveText([
        'Andean Counterdrug Initiative (Colombia share)',
        'ESF',
        'INCLE',
        'FMF',
        'NADR (demining)',
        'DA',
        'IMET',
        'NADR',
        'UN OHCHR',
      ]);
      // FY2005, 2016, 2017, 2018, 2020 and 2023 have figures; FY2018 is 187.3 + 143 + 38.5 + 21.
      await expect(series.locator('.aid-total-label')).toHaveText(['478', '258', '330', '390', '448', '486']);
      await saveScreenshot(`aid-split-${viewport.width}`, split);
      await saveScreenshot(`aid-series-${viewport.width}`, series);
      expect(await axe({ include: '#aid' })).toEqual([]);
      expect(await sidewaysOverflow(page), 'no sideways scroll').toBeLessThanOrEqual(0);
    });

    test(`aid: in Spanish, the split, its key and its money are Spanish (${viewport.width} px)`, async ({
      page,
      axe,
      saveScreenshot,
    }) => {
      await page.goto(`/${FY2018_ACCOUNTS}&lang=es`, { waitUntil: 'networkidle' });
      const region = page.getByRole('region', { name: 'Ayuda de EE. UU. a Colombia' });
      await scrollIntoView(region);
      const split = region.locator('[data-chart="aid-flow"]');
      await expect(split.getByRole('heading', { name: 'Adónde fue el dinero, año fiscal 2018' })).toBeVisible();
      const r = await splitReadout(region);
      // Accounts keep their US budget names; a described one is described in Spanish (data/aid.json categoryNames).
      expect(r.labels).toEqual(['ESF', 'INCLE', 'FMF', 'NADR (desminado)']);
      expect(r.key).toEqual(r.labels);
      expect(r.tableNames).toEqual(r.labels);
      expect(r.amounts).toEqual(['187,3 millones US$', '143 millones US$', '38,5 millones US$', '21 millones US$']);
      expect(r.tableAmounts).toEqual(r.amounts);
      expect(r.total).toBe('389,8 millones US$');
      await expect(split.getByRole('list', { name: 'Leyenda' })).toBeVisible();
      await expect(split.locator('caption')).toHaveText(
        'Año fiscal 2018 por cuenta presupuestaria, dólares estadounidenses corrientes',
      );
      await expect(split.getByText(/Para ver otro año/)).toBeVisible();
      await split.scrollIntoViewIfNeeded();
      await saveScreenshot(`aid-split-es-${viewport.width}`, split);
      await page.goto('/?lang=es', { waitUntil: 'networkidle' });
      await scrollIntoView(region);
      const series = region.locator('[data-chart="aid-series"]');
      await expect(series.getByRole('list', { name: 'Leyenda' }).locator('li')).toHaveText(['Total']);
      await expect(series.locator('.aid-total-label').first()).toBeVisible();
      await expect(split.getByRole('status')).toContainText('no hay nada que desglosar');
      await expect(region.locator('.chart-export'), 'no image buttons for a split that is not drawn').toHaveCount(1);
      await saveScreenshot(`aid-series-es-${viewport.width}`, region);
      expect(await axe({ include: '#aid' })).toEqual([]);
      expect(await sidewaysOverflow(page), 'no sideways scroll').toBeLessThanOrEqual(0);
      // By sector, the key and the table name each sector in Spanish.
      await page.goto('/?lang=es&measure=appropriation&scope=state-usaid&breakdown=sector', {
        waitUntil: 'networkidle',
      });
      await scrollIntoView(region);
      const sectors = series.getByRole('list', { name: 'Leyenda' }).locator('li');
      await expect(sectors).toContainText(['Militar y policial', 'Económica y social', 'Derechos humanos']);
      await expect(region.locator('.aid-table tbody')).toContainText('Comunidades afrocolombianas e indígenas');
      await expect(region.locator('.aid-table tbody')).not.toContainText('Military and police');
    });
  });
}
