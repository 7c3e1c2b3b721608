// Issue 16, items 4, 6 and 7: presenting shows only the slide; dialogs close on Escape and give focus back;
// chips and labels name things; disabled Compare looks and reads disabled; "Show on map" brings the map into view.
import type { Locator, Page } from '@playwright/test';
import { expect, expectParam, param, scrollIntoView, test } from './fixtures.ts';

const REGIONS = ['map', 'aid', 'precedents', 'timeline'] as const;
// The built-in story's slides, in order, by the region each one is about.
const BUILT_IN = ['timeline', 'map', 'aid', 'precedents', 'precedents', 'precedents'] as const;

/** Landmarks (banner, navigation, main, regions, contentinfo…) by role and name: no two may share both. */
async function duplicateLandmarks(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const landmarks = snapshot
    .split('\n')
    .map((line) => /^\s*- (banner|navigation|main|region|contentinfo|complementary|search|form)\b(.*?):?$/.exec(line))
    .flatMap((match) => (match === null ? [] : [`${match[1]}${match[2] ?? ''}`]));
  return landmarks.filter((l, i) => landmarks.indexOf(l) !== i);
}

/** Presenting: the slide's region is in view and is the only part of the page shown besides the presenter bar. */
async function expectOnlySlide(page: Page, region: string) {
  await expect(page.locator('.app-header'), 'header hidden').toBeHidden();
  await expect(page.locator('.app-footer'), 'footer hidden').toBeHidden();
  await expect(page.locator(`#${region}`)).toBeInViewport();
  for (const other of REGIONS.filter((r) => r !== region)) {
    await expect(page.locator(`#${other}`), `${other} hidden on a ${region} slide`).toBeHidden();
  }
}

const presentButton = (page: Page) => page.getByRole('button', { name: 'Present', exact: true });

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    const w = viewport.width;

    test(`present: the built-in story shows only each slide, in view; Esc leaves and focus returns (${w} px)`, async ({
      page,
      axe,
      saveScreenshot,
    }) => {
      await page.goto('/', { waitUntil: 'networkidle' });
      await presentButton(page).click();
      await page.getByRole('button', { name: 'Present the built-in story' }).click();
      const bar = page.getByRole('region', { name: 'Presentation' });
      for (const [i, region] of BUILT_IN.entries()) {
        await expect(bar.getByText(`Slide ${i + 1} of 6`)).toBeVisible();
        await expectParam(page, 'slide', String(i + 1));
        await expectOnlySlide(page, region);
        await expect(page.locator(`#${region} .loading`), 'the slide’s view has drawn').toHaveCount(0);
        if (i === 0) {
          await expect(bar.getByRole('button', { name: 'Full screen' })).toBeVisible();
          expect(await duplicateLandmarks(page), 'landmark names unique while presenting').toEqual([]);
          expect(await axe(), 'axe in presenter mode').toEqual([]);
        }
        await saveScreenshot(`present-only-slide-${i + 1}-${w}`);
        await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('Escape');
      await expect(bar).toHaveCount(0);
      await expectParam(page, 'slide', null);
      await expect(page.locator('.app-header')).toBeVisible();
      for (const r of REGIONS) await expect(page.locator(`#${r}`)).toBeVisible();
      await expect(presentButton(page), 'focus back on what started presenting').toBeFocused();
    });

    test(`present: a presenter's own slide opens at its view (${w} px)`, async ({ page, saveScreenshot }) => {
      await page.goto('/?sort=tenure', { waitUntil: 'networkidle' });
      await presentButton(page).click();
      const editor = page.getByRole('dialog', { name: 'Presentation' });
      await editor.getByRole('button', { name: 'Add this view as a slide' }).click();
      // A view with a precedents filter is about the precedents; the presenter may pick another region.
      await expect(editor.getByLabel('Slide 1 shows')).toHaveValue('precedents');
      await editor.getByRole('button', { name: 'Add this view as a slide' }).click();
      await editor.getByLabel('Slide 2 shows').selectOption('timeline');
      await expect.poll(() => param(page, 'deck')?.length ?? 0).toBeGreaterThan(20);
      await editor.getByRole('button', { name: 'Present this deck' }).click();
      const bar = page.getByRole('region', { name: 'Presentation' });
      await expect(bar.getByText('Slide 1 of 2')).toBeVisible();
      await expectOnlySlide(page, 'precedents');
      await saveScreenshot(`present-own-slide-${w}`);
      await bar.getByRole('button', { name: 'Next →' }).click();
      await expect(bar.getByText('Slide 2 of 2')).toBeVisible();
      await expectOnlySlide(page, 'timeline');
      // Opening the link at a slide (a shared deck) lands on that slide's view too.
      await page.reload({ waitUntil: 'networkidle' });
      await expectOnlySlide(page, 'timeline');
      await page.keyboard.press('Escape');
      await expect(bar).toHaveCount(0);
      await expect(page.locator('#main'), 'no opener in a fresh page: focus on the content').toBeFocused();
    });

    test(`dialogs: Escape closes Share and Sources and focus returns to their buttons; landmarks unique (${w} px)`, async ({
      page,
      axe,
    }) => {
      await page.goto('/', { waitUntil: 'networkidle' });
      const share = page.getByRole('button', { name: 'Share', exact: true });
      await share.click();
      const dialog = page.getByRole('dialog', { name: 'Share this view' });
      await expect(dialog.getByRole('heading', { name: 'Share this view' })).toBeFocused();
      expect(await duplicateLandmarks(page), 'landmark names unique with Share open').toEqual([]);
      expect(await axe({ include: '.share-dialog' })).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expectParam(page, 'panel', null);
      await expect(share).toBeFocused();

      // The deck editor and the sources panel the same way, by keyboard.
      await presentButton(page).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: 'Presentation' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Presentation' })).toHaveCount(0);
      await expect(presentButton(page)).toBeFocused();
      const sources = page.getByRole('button', { name: 'Sources', exact: true });
      await sources.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: 'Sources' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(sources).toBeFocused();
    });

    test(`chips name countries and records, in English and Spanish (${w} px)`, async ({ page, saveScreenshot }) => {
      const chips = (p: Page) => p.getByRole('group', { name: /Active filters|Filtros activos/ });
      await page.goto('/?country=PRK&event=ofac-sanctions-petro-2025-10-24&compare=ven-maduro-2017', {
        waitUntil: 'networkidle',
      });
      await expect(chips(page)).toContainText('Country: North Korea');
      await expect(chips(page)).toContainText('Event: US Treasury sanctions Petro');
      await expect(chips(page)).toContainText('Venezuela — ');
      await expect(chips(page)).not.toContainText('PRK');
      await expect(chips(page)).not.toContainText('ofac-sanctions');
      await expect(chips(page)).not.toContainText('ven-maduro');
      await expect(chips(page).getByRole('button', { name: 'Remove filter: Country: North Korea' })).toBeVisible();
      await saveScreenshot(`chips-en-${w}`, chips(page));
      await page.goto('/?lang=es&country=PRK&event=ofac-sanctions-petro-2025-10-24', { waitUntil: 'networkidle' });
      await expect(chips(page)).toContainText('Corea del Norte');
      await expect(chips(page)).not.toContainText('PRK');
      await expect(chips(page)).not.toContainText('ofac-sanctions');
      await saveScreenshot(`chips-es-${w}`, chips(page));
    });

    test(`precedents: a full Compare reads and looks disabled and says why; Show on map brings the map into view (${w} px)`, async ({
      page,
      saveScreenshot,
    }) => {
      await page.goto('/', { waitUntil: 'networkidle' });
      const region = page.getByRole('region', { name: 'Precedents' });
      await scrollIntoView(region);
      await expect(region.locator('.compare-table')).toBeVisible();
      const card = (name: string): Locator => region.locator('.precedent').filter({ hasText: name });
      // Three compared by default: a fourth Compare cannot act.
      const compare = card('Mugabe').getByRole('button', { name: 'Compare' });
      await expect(compare).toHaveAttribute('aria-disabled', 'true');
      await expect(compare).toHaveAccessibleDescription(/3 precedents are compared already/);
      const style = await compare.evaluate((el) => getComputedStyle(el).borderStyle);
      expect(style, 'a disabled button looks different (dashed)').toBe('dashed');
      const before = param(page, 'compare');
      // Playwright will not click an aria-disabled button; a keyboard reader presses it all the same.
      await compare.focus();
      await page.keyboard.press('Enter');
      await expect(card('Mugabe').getByText('3 precedents are compared already')).toBeVisible();
      expect(param(page, 'compare'), 'nothing changed').toBe(before);
      await saveScreenshot(`compare-disabled-${w}`, card('Mugabe'));

      await region
        .locator('.precedent')
        .filter({ has: page.getByRole('heading', { name: /^Venezuela — / }) })
        .getByRole('button', { name: 'Show on map' })
        .click();
      await expectParam(page, 'precedent', 'ven-maduro-2017');
      const map = page.getByRole('region', { name: 'Map', exact: true });
      await expect(map).toBeInViewport();
      await expect(page.locator('#map-title')).toBeFocused();
      await saveScreenshot(`show-on-map-${w}`);
    });
  });
}
