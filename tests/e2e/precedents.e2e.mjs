import assert from 'node:assert/strict';
import { axeViolations, journey, openContext } from './harness.mjs';

async function openPrecedents(browser, baseUrl, search = '', options = {}) {
  const session = await openContext(browser, baseUrl, options);
  await session.page.goto(`${baseUrl}${search}`, { waitUntil: 'networkidle' });
  const region = session.page.getByRole('region', { name: 'Precedents' });
  await region.scrollIntoViewIfNeeded();
  await region.locator('.compare-table').waitFor();
  return { ...session, region };
}

const headers = (region) => region.locator('.compare-table thead th').allTextContents();

journey(
  'precedents: the default comparison shows Putin, Kim Jong Un and Maduro beside Petro',
  async ({ browser, baseUrl }) => {
    const { context, region, errors } = await openPrecedents(browser, baseUrl);
    const cols = await headers(region);
    assert.equal(cols.length, 4);
    assert.match(cols[0], /Petro/);
    for (const name of ['Putin', 'Kim Jong Un', 'Maduro'])
      assert.ok(
        cols.some((c) => c.includes(name)),
        name,
      );
    assert.ok((await region.locator('.compare-table td.differs').count()) > 0, 'differences marked');
    // The mark is drawn by the stylesheet: seen (≠), and read as words, never as the symbol.
    const marked = await region.locator('.compare-table td.differs').first().ariaSnapshot();
    assert.match(marked, /\(differs from Petro\)/);
    assert.doesNotMatch(marked, /≠/);
    // Where sources disagree: the list is built when opened, each value with its linked sources.
    const conflicts = region.locator('details.conflicts');
    assert.equal(await conflicts.locator('li').count(), 0, 'nothing built while closed');
    await conflicts.locator('summary').click();
    await conflicts.locator('li a[href^="https://"]').first().waitFor();
    assert.ok((await conflicts.locator('li').count()) > 0);
    assert.deepEqual(errors, []);
    await context.close();
  },
);

journey(
  'precedents: changing the compared set changes the URL and a reload restores it',
  async ({ browser, baseUrl }) => {
    const { context, page, region, errors } = await openPrecedents(browser, baseUrl);
    const card = (name) => region.locator('.precedent').filter({ hasText: name });
    await card('Kim Jong Un').getByRole('button', { name: 'Compare' }).click();
    await card('Mugabe').getByRole('button', { name: 'Compare' }).click();
    const compare = new URL(page.url()).searchParams.get('compare');
    assert.ok(compare.includes('zwe-mugabe-2003') && !compare.includes('prk-kim'), compare);
    await page.reload({ waitUntil: 'networkidle' });
    await region.scrollIntoViewIfNeeded();
    await region.locator('.compare-table').waitFor();
    const cols = await headers(region);
    assert.ok(cols.some((c) => c.includes('Mugabe')) && !cols.some((c) => c.includes('Kim Jong Un')));
    assert.deepEqual(errors, []);
    await context.close();
  },
);

journey('precedents: filters narrow the list; unknown and extra ids give a notice', async ({ browser, baseUrl }) => {
  const { context, page, region, errors } = await openPrecedents(browser, baseUrl);
  const count = () => region.locator('.precedent-list > li:not([hidden])').count();
  const all = await count();
  await region.getByLabel('Authority type').selectOption('counternarcotics');
  assert.equal(new URL(page.url()).searchParams.get('authority'), 'counternarcotics');
  const narrowed = await count();
  assert.ok(narrowed < all && narrowed > 0, `${narrowed} of ${all}`);
  await region.getByLabel('Search by name').fill('Maduro');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Maduro');
  await page.goto(`${baseUrl}?compare=rus-putin-2022,atlantis-1`, { waitUntil: 'networkidle' });
  await region.scrollIntoViewIfNeeded();
  await region.getByText('The link names precedents the data does not have: atlantis-1.').waitFor();
  assert.equal((await headers(region)).length, 2, 'Petro and Putin still compared');
  assert.deepEqual(errors, []);
  await context.close();
});

journey(
  'precedents: selecting a precedent highlights its country on the map; axe clean at 1280 and 375',
  async ({ browser, baseUrl }) => {
    const { context, page, region, errors } = await openPrecedents(browser, baseUrl);
    await region
      .locator('.precedent')
      .filter({ has: page.getByRole('heading', { name: /^Venezuela — / }) })
      .getByRole('button', { name: 'Show on map' })
      .click();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('country'), 'VEN');
    assert.equal(url.searchParams.get('precedent'), 'ven-maduro-2017');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.leaflet-container path')].some((p) => p.getAttribute('stroke-width') === '3'),
    );
    await region.screenshot({ path: 'tests/e2e/screenshots/precedents-1280.png' });
    assert.deepEqual(await axeViolations(page, '#precedents'), []);
    await context.close();
    const phone = await openPrecedents(browser, baseUrl, '', { viewport: { width: 375, height: 800 } });
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `no sideways scroll (${overflow})`);
    await phone.region.screenshot({ path: 'tests/e2e/screenshots/precedents-375.png' });
    assert.deepEqual(await axeViolations(phone.page, '#precedents'), []);
    assert.deepEqual([...errors, ...phone.errors], []);
    await phone.context.close();
  },
);
