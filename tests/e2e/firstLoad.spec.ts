import { expect, test } from './fixtures.ts';

declare global {
  interface Window {
    /** Chromium's find-in-page (what Ctrl+F searches), not in the DOM typings. */
    find(text: string): boolean;
  }
}

// Issue 16 (items 5 and 10): every section's text is in the page as soon as it arrives — before any script runs —
// so find-in-page and printing work at once; a Spanish link never shows English first.

/** Text from each view that only its data can give (a precedent, an aid year, a timeline event, a strike zone). */
const EACH_VIEW = [
  { region: '#map', text: /strikes?/i },
  { region: '#aid', text: /FY ?20\d\d|20\d\d/ },
  { region: '#precedents', text: /Maduro/ },
  { region: '#timeline', text: /OFAC|Treasury/ },
];

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test(`every view's text is in the page with no script run, so find and print have it at once (${viewport.width} px)`, async ({
      newSession,
    }) => {
      const { page } = await newSession({ javaScriptEnabled: false });
      await page.goto('/');
      for (const { region, text } of EACH_VIEW) {
        await expect(page.locator(region), `${region} has its text before any script`).toContainText(text);
        await expect(page.locator(`${region} .loading`)).toHaveCount(0);
      }
      // What Ctrl+F searches: the browser's own find, on the page as served.
      expect(await page.evaluate(() => window.find('Noriega'))).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const region of ['#aid', '#precedents'])
        expect((await page.locator(region).innerText()).length, `${region} prints with its text`).toBeGreaterThan(500);
    });

    test(`the served page becomes the live app (${viewport.width} px)`, async ({ page }) => {
      // Marks a prerendered paragraph as soon as the HTML is parsed: a page drawn afresh would lose the mark.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () =>
          document.querySelector('#precedents p')?.setAttribute('data-served', ''),
        );
      });
      await page.goto('/', { waitUntil: 'networkidle' });
      // Adopted, not redrawn: once the reader comes near the precedents, the served paragraph is still the one there,
      // and the view answers its controls.
      const precedents = page.locator('#precedents');
      await precedents.scrollIntoViewIfNeeded();
      await precedents.getByLabel('Search by name').fill('Maduro');
      await expect(page).toHaveURL(/[?&]q=Maduro/);
      await expect(page.locator('#precedents p[data-served]'), 'the prerendered paragraph was kept').toHaveCount(1);

      // Live: the map is drawn (only the browser draws it), and the language switch redraws the page in Spanish
      // (no hydration error is logged: the fixture checks).
      await expect(page.locator('.leaflet-container').first()).toBeVisible();
      await page.getByLabel('Language').selectOption('es');
      await expect(page.locator('#precedents-title')).toHaveText('Precedentes');
    });

    test(`once the page settles, the regions below keep their length and find still reaches them (${viewport.width} px)`, async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-settled', '');
      const precedents = page.locator('#precedents');
      // Off-screen, the browser now skips the region's layout...
      expect(await precedents.evaluate((region) => getComputedStyle(region).contentVisibility)).toBe('auto');
      // ...at the size it was drawn at, not a placeholder's: the page does not shrink under the reader's scroll bar.
      expect((await precedents.boundingBox())?.height).toBeGreaterThan(1000);
      expect(await page.evaluate(() => window.find('Noriega'))).toBe(true);
    });

    test(`the page answers at once, before its data has arrived (${viewport.width} px)`, async ({ page, context }) => {
      // The datasets take two seconds: a control used in that time must still work (the shell is live at once;
      // only the parts drawn from the data wait for it, showing their prerendered text meanwhile).
      let held = 0;
      await context.route('**/data/*.json', async (route) => {
        held += 1;
        await new Promise((resolve) => setTimeout(resolve, 2000));
        await route.continue();
      });
      await page.goto('/', { waitUntil: 'domcontentloaded' });
      await expect(page.locator('#precedents')).toContainText('Maduro');
      await page.getByLabel('Language').selectOption('es');
      await expect(page).toHaveURL(/[?&]lang=es/);
      expect(held, 'the data was still on its way').toBeGreaterThan(0);
      await expect(page.locator('h1')).toHaveText('Atlas de Sanciones');
      await expect(page.locator('#precedents-title')).toHaveText('Precedentes');
      await expect(page.locator('#map .leaflet-container').first()).toBeVisible();
    });

    test(`a Spanish link never paints English (${viewport.width} px)`, async ({ page, newSession }) => {
      // What the reader could see when the HTML is first painted, before the app's script runs.
      const firstPaint = () =>
        new Promise<void>((resolve) => {
          document.addEventListener('DOMContentLoaded', () => {
            const root = document.getElementById('root');
            document.documentElement.dataset.firstPaint = root === null ? 'none' : getComputedStyle(root).visibility;
            resolve();
          });
        });
      await page.addInitScript(firstPaint);
      await page.goto('/?lang=es');
      await expect(page.locator('html')).toHaveAttribute('data-first-paint', 'hidden');
      await expect(page.locator('#precedents-title')).toHaveText('Precedentes');
      await expect(page.locator('#root')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');

      // A browser that prefers Spanish, with no language in the address: the same.
      const spanish = await newSession({ locale: 'es-CO' });
      await spanish.page.addInitScript(firstPaint);
      await spanish.page.goto('/');
      await expect(spanish.page.locator('html')).toHaveAttribute('data-first-paint', 'hidden');
      await expect(spanish.page.locator('#aid-title')).toHaveText(/ayuda/i);

      // English is shown at once.
      const english = await newSession();
      await english.page.addInitScript(firstPaint);
      await english.page.goto('/');
      await expect(english.page.locator('html')).toHaveAttribute('data-first-paint', 'visible');
    });
  });
}
