import assert from 'node:assert/strict';
import { journey, openContext } from './harness.mjs';

const ready = (page) =>
  page.waitForFunction(
    () =>
      document.querySelectorAll('.leaflet-container path').length > 100 &&
      document.querySelector('.timeline-chart') !== null,
  );

journey('share: filters set in three views travel in one link to a fresh browser', async ({ browser, baseUrl }) => {
  const { context, page, errors } = await openContext(browser, baseUrl);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
  await ready(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByLabel('From', { exact: true }).fill('2025-09-01');
  await timeline.getByLabel('To', { exact: true }).fill('2025-12-31');
  await page
    .getByRole('region', { name: 'Map', exact: true })
    .getByRole('button', { name: 'Eastern Pacific', exact: true })
    .click();
  const aid = page.getByRole('region', { name: 'US aid to Colombia' });
  await aid.scrollIntoViewIfNeeded();
  await aid.getByLabel('Measure').selectOption('request');
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url().replace(/&?panel=share/, ''), 'the copied link is the canonical URL of the view');
  for (const p of ['from=2025-09-01', 'to=2025-12-31', 'sea=eastern-pacific', 'measure=request'])
    assert.ok(copied.includes(p), p);
  const counters = await page.locator('.counters').textContent();
  const chips = await page.locator('.filter-chips li').allTextContents();

  const fresh = await openContext(browser, baseUrl);
  await fresh.page.goto(copied, { waitUntil: 'networkidle' });
  await ready(fresh.page);
  assert.equal(fresh.page.url(), copied, 'same URL');
  assert.equal(await fresh.page.locator('.counters').textContent(), counters, 'same strike counters');
  assert.deepEqual(await fresh.page.locator('.filter-chips li').allTextContents(), chips, 'same filters');
  const freshAid = fresh.page.getByRole('region', { name: 'US aid to Colombia' });
  await freshAid.scrollIntoViewIfNeeded();
  assert.equal(await freshAid.getByLabel('Measure').inputValue(), 'request');
  assert.deepEqual([...errors, ...fresh.errors], []);
  await fresh.context.close();
  await context.close();
});

journey('history: Back and Forward walk the views; chips remove filters one by one', async ({ browser, baseUrl }) => {
  const { context, page, errors } = await openContext(browser, baseUrl);
  await page.goto(`${baseUrl}?country=COL&sea=caribbean`, { waitUntil: 'networkidle' });
  await ready(page);
  await page.getByRole('button', { name: 'Remove filter: Sea' }).click();
  assert.equal(new URL(page.url()).search, '?v=1&country=COL');
  await page.getByRole('button', { name: 'Reset all filters' }).click();
  assert.equal(new URL(page.url()).search, '');
  await page.goBack();
  assert.equal(new URL(page.url()).search, '?v=1&country=COL');
  await page.goBack();
  assert.equal(new URL(page.url()).searchParams.get('sea'), 'caribbean');
  assert.equal(
    await page
      .getByRole('region', { name: 'Map', exact: true })
      .getByRole('button', { name: 'Caribbean', exact: true })
      .getAttribute('aria-pressed'),
    'true',
  );
  await page.goForward();
  assert.equal(new URL(page.url()).search, '?v=1&country=COL');
  assert.deepEqual(errors, []);
  await context.close();
});

journey(
  'timeline: the window moves by keyboard, and an event shows its summary and sources',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openContext(browser, baseUrl);
    await page.goto(`${baseUrl}?from=2025-10-01&to=2025-10-31`, { waitUntil: 'networkidle' });
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.locator('.timeline-chart').waitFor();
    await timeline.locator('.timeline-chart-wrap').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(new URL(page.url()).searchParams.get('from'), '2025-10-08');
    await page.keyboard.press('Home');
    assert.equal(new URL(page.url()).searchParams.get('from'), null, 'Home goes to the first event');
    await timeline.getByText(/^List of the \d+ events/).click();
    await timeline.locator('.event-list button').first().click();
    const details = timeline.locator('.event-details');
    await details.waitFor();
    assert.ok((await details.locator('a[href^="https://"]').count()) > 0, 'sources linked');
    assert.match(await details.textContent(), /Reported fact:|Claim by/);
    await page.goto(`${baseUrl}?from=2019-01-01&to=2030-01-01`, { waitUntil: 'networkidle' });
    await timeline.getByText(/outside the data/).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  },
);
