import type { Page } from '@playwright/test';
import { expect, expectParam, param, scrollIntoView, sidewaysOverflow, test } from './fixtures.ts';

// Every view drawn: the map, the timeline, and the two views that load when scrolled to.
async function allLoaded(page: Page) {
  await expect.poll(() => page.locator('.leaflet-container path').count()).toBeGreaterThan(100);
  await expect(page.locator('.timeline-chart')).toBeAttached();
  // Each chart's code loads as the reader comes near it: stop at the aid chart until it is drawn.
  await scrollIntoView(page.locator('#aid'));
  await expect(page.locator('.aid-figure .recharts-bar-rectangle').first()).toBeVisible();
  await scrollIntoView(page.locator('#precedents'));
  await expect(page.locator('.compare-table')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
}

for (const theme of ['light', 'dark']) {
  for (const width of [1280, 375]) {
    test.describe(`${theme}, ${width} px`, () => {
      test.use({ viewport: { width, height: 900 } });

      test(`quality: axe finds no violation in every view, ${theme} at ${width} px`, async ({
        page,
        axe,
        saveScreenshot,
      }) => {
        await page.goto(`/?theme=${theme}&area=eastern-pacific-sw-mexico-guatemala&event=x`, {
          waitUntil: 'networkidle',
        });
        await allLoaded(page);
        expect(await axe()).toEqual([]);
        expect(await sidewaysOverflow(page), 'no sideways scroll').toBeLessThanOrEqual(0);
        if (theme === 'dark' && width === 1280) await saveScreenshot('dark-1280');
      });
    });
  }
}

test('quality: Spanish from the URL and from the browser, with <html lang> and Intl dates', async ({
  page,
  newSession,
}) => {
  await page.goto('/?lang=es', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { name: 'Atlas de Sanciones' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('region', { name: 'Mapa' }).getByText('Zonas de ataques').first()).toBeVisible();
  await expect(page.locator('[data-dataset="strikes"] .dataset-strip__asof')).toHaveText(/Datos al \d+ jun 2026/);
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Sanctions Atlas' })).toBeVisible();

  const browserEs = await newSession({ locale: 'es-CO' });
  await browserEs.page.goto('/', { waitUntil: 'networkidle' });
  await expect(browserEs.page.getByRole('heading', { name: 'Atlas de Sanciones' })).toBeVisible();
});

test('quality: the whole app by keyboard alone — timeline, map table, aid table, compare, presenter', async ({
  page,
}) => {
  // Hundreds of Tab presses, each followed by a look at the focus (and each traced): 3 minutes under load.
  test.slow();
  await page.goto('/', { waitUntil: 'networkidle' });
  await allLoaded(page);
  // "TAG|type|aria-label|text|section id" of the focused element.
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el === null
        ? ''
        : `${el.tagName}|${el.getAttribute('type') ?? ''}|${el.getAttribute('aria-label') ?? ''}|${(el.textContent ?? '').trim().slice(0, 60)}|${el.closest('section[id]')?.id ?? ''}`;
    });
  // Tab until an element matching `matches` has focus; fail if it never does.
  const tabTo = async (matches: (f: string) => boolean, label: string, limit = 400) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (matches(await focused())) return;
    }
    throw new Error(`never reached ${label} by Tab (last: ${await focused()})`);
  };
  await tabTo((f) => f.startsWith('A|') && f.includes('Skip to content'), 'skip link', 3);
  // The time window's bar, right below the header: move the window's start with its slider (a day a press).
  await tabTo((f) => f.startsWith('INPUT|range'), 'the window start slider');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => param(page, 'from'), { message: 'window start moved by keyboard' }).not.toBeNull();
  // Map: the zone list and the strikes table.
  await tabTo((f) => f.startsWith('BUTTON') && f.includes('Mexico–Guatemala') && f.endsWith('|map'), 'a strike zone');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/area=eastern-pacific-sw-mexico-guatemala/);
  await tabTo((f) => f.startsWith('BUTTON') && f.includes('Back to all zones'), 'close zone');
  await page.keyboard.press('Enter');
  await tabTo((f) => f.startsWith('SUMMARY') && f.includes('Table of the'), 'strikes table');
  await page.keyboard.press('Enter');
  await tabTo((f) => f.startsWith('BUTTON') && f.includes('Killed') && f.endsWith('|map'), 'sort by killed');
  await page.keyboard.press('Enter');
  await expect(page.locator('.strikes-table th[aria-sort="descending"]')).toHaveText('Killed');
  // Aid: the table of numbers.
  await tabTo((f) => f.startsWith('SUMMARY') && f.includes('Table of the numbers'), 'aid table');
  await page.keyboard.press('Enter');
  await tabTo((f) => f.startsWith('BUTTON') && /FY20\d\d/.test(f) && f.endsWith('|aid'), 'an aid year');
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'year'), { message: 'year chosen by keyboard' }).not.toBeNull();
  // Precedents: compare another case.
  await tabTo((f) => f.startsWith('BUTTON') && f.includes('Compare') && f.endsWith('|precedents'), 'a Compare button');
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'compare'), { message: 'comparison changed by keyboard' }).not.toBeNull();
  // Timeline: move the window a week with the arrow keys.
  const from = param(page, 'from');
  await tabTo((f) => f.startsWith('DIV') && f.includes('Space plays or pauses'), 'the timeline');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => param(page, 'from'), { message: 'window moved a week by keyboard' }).not.toBe(from);
  // Presenter: open the deck, present the built-in story, step, leave.
  await page.keyboard.press('Shift+Tab');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Present', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Presentation' })).toBeVisible();
  await tabTo((f) => f.includes('Present the built-in story'), 'built-in story', 20);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Slide 1 of 6')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Slide 2 of 6')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Slide 2 of 6')).toHaveCount(0);
  await expectParam(page, 'slide', null);
});

test('quality: the print stylesheet prints the view with its source links written out', async ({ page }) => {
  await page.goto('/?area=eastern-pacific-sw-mexico-guatemala', { waitUntil: 'networkidle' });
  const link = page.locator('.area-panel .source-links a').first();
  await expect(link).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after, 'source URL printed after the link').toMatch(/https:\/\//);
  await expect(page.locator('.app-header__actions')).toHaveCSS('display', 'none');
});
