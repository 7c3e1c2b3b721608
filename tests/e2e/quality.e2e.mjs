import assert from 'node:assert/strict';
import { axeViolations, journey, openContext, screenshot } from './harness.mjs';

const allLoaded = async (page) => {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.leaflet-container path').length > 100 &&
      document.querySelector('.timeline-chart') !== null,
  );
  for (const id of ['#aid', '#precedents']) {
    await page.locator(id).scrollIntoViewIfNeeded();
  }
  await page.locator('.compare-table').waitFor();
  await page.locator('.aid-figure .recharts-bar-rectangle').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
};

journey(
  'quality: axe finds no violation in every view, light and dark, at 1280 and 375 px',
  async ({ browser, baseUrl }) => {
    for (const theme of ['light', 'dark']) {
      for (const width of [1280, 375]) {
        const { context, page, errors } = await openContext(browser, baseUrl, { viewport: { width, height: 900 } });
        await page.goto(`${baseUrl}?theme=${theme}&area=eastern-pacific-sw-mexico-guatemala&event=${'x'}`, {
          waitUntil: 'networkidle',
        });
        await allLoaded(page);
        assert.deepEqual(await axeViolations(page), [], `${theme} ${width}px`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `no sideways scroll at ${width}px ${theme} (${overflow})`);
        if (theme === 'dark' && width === 1280) await screenshot(page, 'dark-1280');
        assert.deepEqual(errors, []);
        await context.close();
      }
    }
  },
);

journey(
  'quality: Spanish from the URL and from the browser, with <html lang> and Intl dates',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openContext(browser, baseUrl);
    await page.goto(`${baseUrl}?lang=es`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Atlas de Sanciones' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    await page.getByRole('region', { name: 'Mapa' }).getByText('Zonas de ataques').first().waitFor();
    await page.waitForFunction(() =>
      /\d/.test(document.querySelector('[data-dataset="strikes"] .dataset-strip__asof')?.textContent ?? ''),
    );
    assert.match(
      await page.locator('[data-dataset="strikes"] .dataset-strip__asof').textContent(),
      /Datos al \d+ jun 2026/,
    );
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('heading', { name: 'Sanctions Atlas' }).waitFor();
    await context.close();
    const browserEs = await openContext(browser, baseUrl, { locale: 'es-CO' });
    await browserEs.page.goto(baseUrl, { waitUntil: 'networkidle' });
    await browserEs.page.getByRole('heading', { name: 'Atlas de Sanciones' }).waitFor();
    assert.deepEqual([...errors, ...browserEs.errors], []);
    await browserEs.context.close();
  },
);

journey(
  'quality: the whole app by keyboard alone — timeline, map table, aid table, compare, presenter',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openContext(browser, baseUrl);
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await allLoaded(page);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el === null
          ? ''
          : `${el.tagName}|${el.getAttribute('type') ?? ''}|${el.getAttribute('aria-label') ?? ''}|${(el.textContent ?? '').trim().slice(0, 60)}|${el.closest('section[id]')?.id ?? ''}`;
      });
    // Tab until an element matching `test` has focus; fail if it never does.
    const tabTo = async (test, label, limit = 400) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (test(f)) return f;
      }
      throw new Error(`never reached ${label} by Tab (last: ${await focused()})`);
    };
    await tabTo((f) => f.startsWith('A|') && f.includes('Skip to content'), 'skip link', 3);
    // Map: the zone list and the strikes table.
    await tabTo((f) => f.startsWith('BUTTON') && f.includes('Mexico–Guatemala') && f.endsWith('|map'), 'a strike zone');
    await page.keyboard.press('Enter');
    assert.match(new URL(page.url()).search, /area=eastern-pacific-sw-mexico-guatemala/);
    await tabTo((f) => f.startsWith('BUTTON') && f.includes('Back to all zones'), 'close zone');
    await page.keyboard.press('Enter');
    await tabTo((f) => f.startsWith('SUMMARY') && f.includes('Table of the'), 'strikes table');
    await page.keyboard.press('Enter');
    await tabTo((f) => f.startsWith('BUTTON') && f.includes('Killed') && f.endsWith('|map'), 'sort by killed');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.strikes-table th[aria-sort="descending"]').textContent(), 'Killed');
    // Aid: the table of numbers.
    await tabTo((f) => f.startsWith('SUMMARY') && f.includes('Table of the numbers'), 'aid table');
    await page.keyboard.press('Enter');
    await tabTo((f) => f.startsWith('BUTTON') && /FY20\d\d/.test(f) && f.endsWith('|aid'), 'an aid year');
    await page.keyboard.press('Enter');
    assert.ok(new URL(page.url()).searchParams.get('year') !== null, 'year chosen by keyboard');
    // Precedents: compare another case.
    await tabTo(
      (f) => f.startsWith('BUTTON') && f.includes('Compare') && f.endsWith('|precedents'),
      'a Compare button',
    );
    await page.keyboard.press('Enter');
    assert.ok(new URL(page.url()).searchParams.get('compare') !== null, 'comparison changed by keyboard');
    // Timeline: narrow the window with its slider, then move it a week with the arrow keys.
    await tabTo((f) => f.startsWith('INPUT|range'), 'the window start slider');
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
    const from = new URL(page.url()).searchParams.get('from');
    assert.ok(from !== null, 'window start moved by keyboard');
    await tabTo((f) => f.startsWith('DIV') && f.includes('Space plays or pauses'), 'the timeline');
    await page.keyboard.press('ArrowLeft');
    assert.notEqual(new URL(page.url()).searchParams.get('from'), from, 'window moved a week by keyboard');
    // Presenter: open the deck, present the built-in story, step, leave.
    await page.keyboard.press('Shift+Tab');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Present', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Presentation' }).waitFor();
    await tabTo((f) => f.includes('Present the built-in story'), 'built-in story', 20);
    await page.keyboard.press('Enter');
    await page.getByText('Slide 1 of 6').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText('Slide 2 of 6').waitFor();
    await page.keyboard.press('Escape');
    await page.getByText('Slide 2 of 6').waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await context.close();
  },
);

journey(
  'quality: the print stylesheet prints the view with its source links written out',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openContext(browser, baseUrl);
    await page.goto(`${baseUrl}?area=eastern-pacific-sw-mexico-guatemala`, { waitUntil: 'networkidle' });
    await page.locator('.area-panel .source-links a').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const after = await page.evaluate(
      () => getComputedStyle(document.querySelector('.area-panel .source-links a'), '::after').content,
    );
    assert.match(after, /https:\/\//, 'source URL printed after the link');
    assert.equal(await page.locator('.app-header__actions').evaluate((el) => getComputedStyle(el).display), 'none');
    assert.deepEqual(errors, []);
    await context.close();
  },
);
