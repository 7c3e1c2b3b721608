// Issue 16, items 2 and 3: the time window is typed or picked whole (one history entry per applied change, an
// inline message and no change when a date is refused), and its bar stays in reach, over the map, on desktop and
// phone; Play brings the animated views into sight.
import type { Locator, Page } from '@playwright/test';
import { expect, expectParam, SCREENSHOT_DIR, scrollIntoView, test } from './fixtures.ts';

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 375, height: 740 },
] as const;

const START = '/?from=2025-09-01&to=2025-12-31';

const windowBar = (page: Page) => page.getByRole('region', { name: 'Time window' });

async function ready(page: Page) {
  await expect(windowBar(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await expect.poll(() => page.locator('.leaflet-container path').count()).toBeGreaterThan(100);
  await expect(page.locator('.counters')).toBeVisible();
}

/** On a phone the date fields fold into the bar: open them as a reader would. */
async function dateFields(page: Page): Promise<{ from: Locator; to: Locator }> {
  const bar = windowBar(page);
  const toggle = bar.getByRole('button', { name: /^Dates:/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  const fields = {
    from: bar.getByLabel('From', { exact: true }),
    to: bar.getByLabel('To', { exact: true }),
  };
  await expect(fields.from).toBeVisible();
  return fields;
}

/** Tab until focus leaves the field (Chromium's calendar button, inside the field, may take one Tab). */
async function tabOut(page: Page, field: Locator) {
  for (let i = 0; i < 3 && (await field.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  expect(await field.evaluate((el) => el === document.activeElement), 'focus left the field').toBe(false);
}

const historyLength = (page: Page) => page.evaluate(() => window.history.length);
const counters = async (page: Page) => (await page.locator('.counters').textContent()) ?? '';

/** Each point of the bar (its centre, its Play button, a row across it) is the bar's, not the map's above it. */
async function expectBarOnTop(page: Page) {
  const covered = await windowBar(page).evaluate((bar) => {
    const box = bar.getBoundingClientRect();
    const play = bar.querySelector('button')?.getBoundingClientRect() ?? box;
    const y = box.top + box.height / 2;
    const points = [
      [box.left + box.width / 2, y],
      [play.left + play.width / 2, play.top + play.height / 2],
      ...Array.from({ length: 9 }, (_, i) => [box.left + ((i + 0.5) * box.width) / 9, y]),
    ];
    return points.flatMap(([x = 0, py = 0]) => {
      const hit = document.elementFromPoint(x, py);
      return hit !== null && bar.contains(hit) ? [] : [`(${Math.round(x)}, ${Math.round(py)}): ${hit?.className}`];
    });
  });
  expect(covered, 'points of the bar covered by something else').toEqual([]);
}

/** How much of an element is on screen below the bar, as a share of what could be. */
const shareInSight = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const bar = document.querySelector('.window-bar');
    if (el === null || bar === null) return -1;
    const box = el.getBoundingClientRect();
    const top = bar.getBoundingClientRect().bottom;
    const seen = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, top);
    return Math.max(0, seen) / Math.min(box.height, window.innerHeight - top);
  }, selector);

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport, locale: 'en-US' });

    test('a typed date applies only on Enter or leaving the field, as one step for Back', async ({ page, axe }) => {
      await page.goto(START, { waitUntil: 'networkidle' });
      await ready(page);
      const before = { url: page.url(), counters: await counters(page), history: await historyLength(page) };
      const { from, to } = await dateFields(page);

      // Month, day, year as a reader in the US types them: each keystroke makes the input report a (wrong) date.
      await from.focus();
      await page.keyboard.type('10/01/2025');
      await expect(from).toHaveValue('2025-10-01');
      await page.waitForTimeout(700); // long enough for any keystroke's change to have reached the URL
      expect(page.url(), 'nothing applied while typing').toBe(before.url);
      expect(await counters(page), 'counts unchanged while typing').toBe(before.counters);
      await page.keyboard.press('Enter');
      await expectParam(page, 'from', '2025-10-01');
      await expect.poll(() => counters(page), 'counts follow the applied window').not.toBe(before.counters);
      expect(await historyLength(page), 'one history entry').toBe(before.history + 1);

      // Leaving the field applies what was typed, too.
      await to.focus();
      await page.keyboard.type('11/30/2025');
      await page.waitForTimeout(700);
      await expect(to).toHaveValue('2025-11-30');
      await expectParam(page, 'to', '2025-12-31');
      await tabOut(page, to);
      await expectParam(page, 'to', '2025-11-30');
      expect(await historyLength(page), 'one more history entry').toBe(before.history + 2);

      await page.goBack();
      await expectParam(page, 'to', '2025-12-31');
      await expectParam(page, 'from', '2025-10-01');
      await page.goBack();
      await expectParam(page, 'from', '2025-09-01');
      await expect(from, 'the field shows the window Back returned to').toHaveValue('2025-09-01');
      await expect.poll(() => counters(page)).toBe(before.counters);
      expect(await axe({ include: '.window-bar' })).toEqual([]);
    });

    test('a date after the end, or outside the data, is refused with a message and changes nothing', async ({
      page,
      axe,
    }) => {
      await page.goto(START, { waitUntil: 'networkidle' });
      await ready(page);
      const before = { url: page.url(), counters: await counters(page), history: await historyLength(page) };
      const { from, to } = await dateFields(page);
      const message = windowBar(page).getByRole('alert');

      await from.focus();
      await page.keyboard.type('01/15/2026');
      await page.keyboard.press('Enter');
      await expect(message).toHaveText(/From must be on or before To \(Dec 31, 2025\)\. The window is unchanged\./);
      await expect(from).toHaveAttribute('aria-invalid', 'true');
      const describedBy = (await from.getAttribute('aria-describedby')) ?? '';
      expect(describedBy, 'the field names its message').not.toBe('');
      await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(/From must be on or before To/);
      await expect(from, 'what was typed stays, to correct').toHaveValue('2026-01-15');
      await tabOut(page, from);
      await expect(message, 'leaving the field does not apply it either').not.toHaveText('');
      expect(page.url()).toBe(before.url);
      expect(await counters(page)).toBe(before.counters);
      expect(await historyLength(page)).toBe(before.history);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/time-refused-${viewport.width}.png` });
      expect(await axe({ include: '.window-bar' })).toEqual([]);

      // Escape puts the applied date back and the message goes.
      await from.focus();
      await page.keyboard.press('Escape');
      await expect(from).toHaveValue('2025-09-01');
      await expect(message).toHaveText('');
      await expect(from).not.toHaveAttribute('aria-invalid', 'true');

      await to.focus();
      await page.keyboard.type('01/01/2030');
      await page.keyboard.press('Enter');
      await expect(message).toHaveText(/^The data runs from .+ to .+: choose a date in that range/);
      await expect(to).toHaveAttribute('aria-invalid', 'true');
      expect(page.url()).toBe(before.url);
      expect(await historyLength(page)).toBe(before.history);
    });

    test('the bar stays in sight and over the map while reading every view', async ({ page }) => {
      await page.goto(START, { waitUntil: 'networkidle' });
      await ready(page);
      const bar = windowBar(page);
      const height = async () => (await bar.boundingBox())?.height ?? 0;
      // The room the page keeps before the bar loads (app.css): the bar fills it, so nothing below moves.
      const reserved = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.className = 'window-bar-space';
        document.body.append(probe);
        const room = probe.getBoundingClientRect().height;
        probe.remove();
        return room;
      });
      expect(Math.abs((await height()) - reserved), 'the bar is as tall as the room kept for it').toBeLessThanOrEqual(
        1,
      );
      if (viewport.width < 640) {
        expect(await height(), 'folded on a phone: one row').toBeLessThanOrEqual(56);
        await dateFields(page);
        expect(await height(), 'open on a phone: two rows at most').toBeLessThanOrEqual(96);
      } else expect(await height(), 'one row on a desktop').toBeLessThanOrEqual(60);

      // The map's top under the bar, its zoom buttons under Play: the bar must still be what is there.
      await page
        .locator('.leaflet-container')
        .evaluate((map) => window.scrollTo(0, map.getBoundingClientRect().top + window.scrollY - 4));
      await expect(bar).toBeInViewport();
      await expectBarOnTop(page);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/time-over-map-${viewport.width}.png` });

      for (const name of ['US aid to Colombia', 'Precedents', 'Timeline']) {
        await scrollIntoView(page.getByRole('region', { name, exact: true }));
        await expect(bar, `in sight at ${name}`).toBeInViewport();
        await expectBarOnTop(page);
      }
      await page.screenshot({ path: `${SCREENSHOT_DIR}/time-mid-${viewport.width}.png` });
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(page.getByRole('contentinfo')).toBeInViewport();
      await expect(bar, 'in sight at the bottom').toBeInViewport();
      await expectBarOnTop(page);
    });

    test('Play brings the map into sight and the window moves; the bar says where it is', async ({ page }) => {
      // A two-month window plays from where it is (a longer one would restart at the data's first weeks).
      await page.goto('/?from=2025-09-01&to=2025-10-31', { waitUntil: 'networkidle' });
      await ready(page);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/time-top-${viewport.width}.png` });
      // Once the precedents have drawn (their table pushes the timeline down), their heading at the top.
      const precedents = page.getByRole('region', { name: 'Precedents' });
      await scrollIntoView(precedents);
      await expect(precedents.getByRole('table').first()).toBeVisible();
      await precedents.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      expect(await shareInSight(page, '[data-chart="map"]'), 'map out of sight before Play').toBeLessThan(0.1);
      expect(await shareInSight(page, '[data-chart="timeline"]'), 'timeline out of sight').toBeLessThan(0.1);

      const bar = windowBar(page);
      await bar.getByRole('button', { name: 'Play' }).click();
      await expect(bar.getByRole('button', { name: 'Pause' })).toBeVisible();
      await expect.poll(() => shareInSight(page, '[data-chart="map"]'), 'map in sight').toBeGreaterThan(0.5);
      await expect(page.locator('.leaflet-container')).toBeInViewport();
      await expectBarOnTop(page);
      await expect
        .poll(() => (new URL(page.url()).searchParams.get('from') ?? '') > '2025-09-01', 'the window moves on')
        .toBe(true);
      const live = bar.locator('[aria-live="polite"]');
      await expect(live).toHaveText(/^.+ to .+: \d+ events?$/);
      const said = await live.textContent();
      await expect(live, 'announced again as the window moves').not.toHaveText(said ?? '');
      await page.screenshot({ path: `${SCREENSHOT_DIR}/time-playing-${viewport.width}.png` });
      await bar.getByRole('button', { name: 'Pause' }).click();
      const stopped = page.url();
      await page.waitForTimeout(1200);
      expect(page.url(), 'Pause stops the window').toBe(stopped);
    });
  });
}
