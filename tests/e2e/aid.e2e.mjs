import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeViolations, journey, openContext, screenshot } from './harness.mjs';

async function openAid(browser, baseUrl, search = '', options = {}) {
  const session = await openContext(browser, baseUrl, { acceptDownloads: true, ...options });
  await session.page.goto(`${baseUrl}${search}`, { waitUntil: 'networkidle' });
  const region = session.page.getByRole('region', { name: 'US aid to Colombia' });
  await region.scrollIntoViewIfNeeded();
  await region.locator('.recharts-bar-rectangle').first().waitFor();
  return { ...session, region };
}

journey('aid: switching measure and breakdown changes the chart and the URL', async ({ browser, baseUrl }) => {
  const { context, page, region, errors } = await openAid(browser, baseUrl);
  const bars = async () => region.locator('.recharts-bar-rectangle').count();
  const before = await bars();
  await region.getByLabel('Measure').selectOption('request');
  assert.equal(new URL(page.url()).searchParams.get('measure'), 'request');
  await region.getByRole('button', { name: 'Budget account' }).click();
  assert.equal(new URL(page.url()).searchParams.get('breakdown'), 'account');
  await page.waitForFunction(() => document.querySelectorAll('.aid-figure .recharts-bar-rectangle').length > 0);
  assert.notEqual(await bars(), before, 'the chart changed');
  assert.match(await region.locator('figcaption').textContent(), /Budget request/);
  await page.goBack();
  assert.equal(new URL(page.url()).searchParams.get('breakdown'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

journey('aid: picking a year updates the flow; a year without a split says so', async ({ browser, baseUrl }) => {
  const { context, page, region, errors } = await openAid(
    browser,
    baseUrl,
    '?measure=appropriation&scope=state-usaid&breakdown=account',
  );
  await region.getByText('Table of the numbers in the chart').click();
  await region.locator('.aid-table').getByRole('button', { name: 'FY2018' }).first().click();
  assert.equal(new URL(page.url()).searchParams.get('year'), '2018');
  await region.getByRole('heading', { name: 'Where the money went, FY2018' }).waitFor();
  assert.ok((await region.locator('.flow-list li').count()) >= 2, 'FY2018 has an account split');
  await region.locator('.recharts-sankey-node, .recharts-sankey-nodes rect').first().waitFor();
  await page.goto(`${baseUrl}?measure=appropriation&scope=state-usaid&breakdown=account&year=2011`, {
    waitUntil: 'networkidle',
  });
  await region.scrollIntoViewIfNeeded();
  await region.getByText(/The research has no split of FY2011/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

journey(
  'aid: CSV holds exactly the displayed rows; PNG and SVG downloads are valid files',
  async ({ browser, baseUrl }) => {
    const { context, page, region, errors } = await openAid(browser, baseUrl);
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync(await csvDownload.path(), 'utf8')
      .trim()
      .split('\n');
    assert.equal(csv[0], 'fiscal_year,category,amount_usd_millions,measure,scope,unit');
    await region.getByText('Table of the numbers in the chart').click();
    const tableRows = await region.locator('.aid-table tbody tr:not(.gap-row)').count();
    assert.equal(csv.length - 1, tableRows, 'one CSV line per displayed figure row');
    assert.ok(
      csv.slice(1).every((l) => l.includes(',appropriation,state-usaid,')),
      'only the shown series',
    );
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const pngBytes = readFileSync(await png.path());
    assert.deepEqual([...pngBytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'PNG signature');
    assert.ok(pngBytes.length > 5000);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svgText = readFileSync(await svg.path(), 'utf8');
    assert.match(svgText, /^<svg[\s>]/);
    assert.match(svgText, /US assistance to Colombia/, 'title drawn into the image');
    assert.match(svgText, /data as of/, 'as-of date drawn into the image');
    assert.deepEqual(errors, []);
    await context.close();
  },
);

journey('aid: axe clean and readable at 1280 and 375 px', async ({ browser, baseUrl }) => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 800 },
  ]) {
    const { context, page, region, errors } = await openAid(browser, baseUrl, '', { viewport });
    await region.screenshot({ path: `tests/e2e/screenshots/aid-${viewport.width}.png` });
    assert.deepEqual(await axeViolations(page, '#aid'), []);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `no sideways scroll (${overflow})`);
    assert.deepEqual(errors, []);
    await context.close();
  }
  void screenshot;
});
