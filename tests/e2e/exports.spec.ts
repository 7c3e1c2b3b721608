import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, scrollIntoView, SCREENSHOT_DIR, test } from './fixtures.ts';

const LICENCE = 'Data: CC BY 4.0 — Sanctions Atlas contributors; each source keeps its own rights.';

interface Chart {
  name: string;
  search: string;
  region: string;
  /** The export group's accessible name starts with this. */
  group: RegExp;
  title: RegExp;
  /** Words the chart's own drawing or its key must carry into the image. */
  says?: string[];
}

const CHARTS: Chart[] = [
  { name: 'map', search: '', region: 'Map', group: /^Image of “US strikes at sea/, title: /US strikes at sea/ },
  {
    name: 'aid-series',
    search: '',
    region: 'US aid to Colombia',
    group: /^Image of “US assistance to Colombia/,
    title: /US assistance to Colombia/,
  },
  {
    name: 'aid-flow',
    search: '?measure=appropriation&scope=state-usaid&breakdown=account&year=2018',
    region: 'US aid to Colombia',
    group: /^Image of “Where the money went, FY2018/,
    title: /Where the money went, FY2018/,
    // The key with amounts, and the amount drawn beside each bar.
    says: ['ESF: $187.3 million', 'NADR (demining): $21 million', '$143 million'],
  },
  {
    name: 'outcomes',
    search: '',
    region: 'Precedents',
    group: /^Image of “Time in office after designation/,
    title: /Time in office after designation/,
  },
  {
    name: 'timeline',
    search: '?from=2025-09-01',
    region: 'Timeline',
    group: /^Image of “Timeline of the 2025–26/,
    title: /Timeline of the 2025–26 US–Colombia crisis/,
  },
];

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await file.path());
}

/** The exported SVG parsed by the browser: whether it parsed, what it contains, its lines of text. */
async function readSvg(page: Page, svg: string) {
  return page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return {
      parsed: doc.querySelector('parsererror') === null && doc.documentElement.localName === 'svg',
      foreign: doc.querySelectorAll('foreignObject, image, img').length,
      lines: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      shapes: doc.querySelectorAll('path, rect, circle, line').length,
    };
  }, svg);
}

async function exportGroup(page: Page, chart: Chart): Promise<Locator> {
  await page.goto(`/${chart.search}`, { waitUntil: 'networkidle' });
  const region = page.getByRole('region', { name: chart.region, exact: true });
  const group = region.getByRole('group', { name: chart.group });
  // The aid and precedents views load when scrolled to.
  await scrollIntoView(region);
  // A shared, loaded machine can take a while to load a dataset: the wait is for the view, not the export.
  await expect(group).toBeVisible({ timeout: 90_000 });
  await group.scrollIntoViewIfNeeded();
  if (chart.name === 'map') await expect(region.locator('.map-canvas[aria-busy="false"]')).toHaveCount(1);
  // The chart itself, not a key's colour swatch: a chart's code loads as it comes near the viewport.
  else await expect(region.locator(`[data-chart="${chart.name}"] svg:not(.aid-swatch)`).first()).toBeVisible();
  return group;
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const chart of CHARTS) {
      test(`exports: ${chart.name} as vector SVG and PNG, with every word a publisher needs`, async ({ page }) => {
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        const group = await exportGroup(page, chart);
        const viewUrl = page.url();
        const svgText = (
          await download(page, () => group.getByRole('button', { name: 'Download SVG' }).click())
        ).toString('utf8');
        await writeFile(`${SCREENSHOT_DIR}/export-${chart.name}-${viewport.width}.svg`, svgText);
        const svg = await readSvg(page, svgText);
        expect(svg.parsed, 'parses as SVG').toBe(true);
        expect(svg.foreign, 'no foreignObject, no embedded bitmap').toBe(0);
        expect(svg.shapes, 'the figure is drawn as vector shapes').toBeGreaterThan(5);
        const words = svg.lines.join(' ');
        expect(words).toMatch(chart.title);
        for (const said of chart.says ?? []) expect(svg.lines, 'the key and value labels').toContain(said);
        expect(words, 'licence line').toContain(LICENCE);
        expect(words, 'credit with the as-of date').toMatch(/Sanctions Atlas · data as of [\w ,]+ 20\d\d/);
        const sourceLine = svg.lines.findIndex((l) => l.startsWith('Sources: '));
        expect(sourceLine, 'a source line').toBeGreaterThan(-1);
        expect(words, 'the source line is never cut').not.toContain('…');
        // The URL is the last paragraph; wrapped lines joined give it back whole.
        const urlStart = svg.lines.findIndex((l) => l.startsWith(`${new URL(viewUrl).origin}/`));
        expect(urlStart, "the view's URL").toBeGreaterThan(sourceLine);
        expect(svg.lines.slice(urlStart).join('')).toBe(viewUrl);

        const png = await download(page, () => group.getByRole('button', { name: 'Download PNG' }).click());
        await writeFile(`${SCREENSHOT_DIR}/export-${chart.name}-${viewport.width}.png`, png);
        expect([...png.subarray(1, 4)], 'PNG signature').toEqual([0x50, 0x4e, 0x47]);
        const width = png.readUInt32BE(16);
        const height = png.readUInt32BE(20);
        expect(width, 'at least 560 px at 2×').toBeGreaterThanOrEqual(1120);
        expect(height).toBeGreaterThan(600);
        expect(png.length).toBeGreaterThan(20_000);
      });
    }

    test(`embed: whole view and one chart carry a title, the credit and a link back (${viewport.width} px)`, async ({
      page,
      saveScreenshot,
      axe,
    }) => {
      await page.goto('/?sea=caribbean&embed=1&theme=light', { waitUntil: 'networkidle' });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const credit = page.locator('.embed-credit');
      await expect(credit).toContainText(/Sanctions Atlas · data as of [\w ,]+ 20\d\d/);
      const back = credit.getByRole('link', { name: /Open the full interactive view/ });
      const origin = new URL(page.url()).origin;
      await expect(back).toHaveAttribute('href', `${origin}/?v=1&sea=caribbean`);
      await expect(back).toHaveAttribute('target', '_blank');
      await expect(back).toHaveAttribute('rel', 'noopener noreferrer');
      await saveScreenshot(`embed-view-${viewport.width}`);

      await page.goto('/?embed=1&chart=outcomes', { waitUntil: 'networkidle' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Sanctioned leaders: time in office after designation',
      );
      await expect(page.locator('[data-chart="outcomes"] .recharts-surface')).toBeVisible({ timeout: 90_000 });
      await expect(page.locator('#map, #aid, #timeline'), 'only the chart’s own view is loaded').toHaveCount(0);
      await expect(page.locator('.precedent-filters'), 'nothing but the chart').toBeHidden();
      await expect(page.locator('.embed-credit a')).toHaveAttribute('href', `${origin}/?v=1`);
      await saveScreenshot(`embed-outcomes-${viewport.width}`);
      expect(await axe()).toEqual([]);

      const [full] = await Promise.all([page.context().waitForEvent('page'), page.locator('.embed-credit a').click()]);
      await full.waitForLoadState('networkidle');
      await expect(full.locator('.app-header'), 'the full interactive view').toHaveCount(1);
    });

    test(`embed: a static embed shows no dead controls (${viewport.width} px)`, async ({ page, saveScreenshot }) => {
      for (const search of ['?embed=1&static=1', '?embed=1&static=1&chart=aid-series']) {
        await page.goto(`/${search}`, { waitUntil: 'networkidle' });
        await expect(page.locator('main[inert]')).toHaveCount(1);
        for (const id of ['#aid', '#precedents', '#timeline']) {
          const region = page.locator(id);
          if ((await region.count()) > 0) await scrollIntoView(region);
        }
        // Charts draw when they come near: on a phone the aid view may load only after the loop has scrolled past it.
        await page.locator('[data-chart="aid-series"]').scrollIntoViewIfNeeded();
        await expect(page.locator('[data-chart="aid-series"] .recharts-surface')).toBeVisible({ timeout: 90_000 });
        const controls = page.locator(
          'main :is(button, select, input, textarea, summary, [role="slider"], .leaflet-control-zoom a)',
        );
        const visible = await controls.evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
        expect(visible, `${search}: no visible control in an inert view`).toBe(0);
        await expect(page.locator('.embed-credit a'), 'the way out still works').toBeVisible();
      }
      await saveScreenshot(`embed-static-aid-${viewport.width}`);
    });
  });
}

test('share: the embed code can show one chart', async ({ page }) => {
  await page.goto('/?country=COL', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await dialog.getByLabel('What to embed').selectOption('timeline');
  const code = await dialog.getByLabel('Embed code').inputValue();
  expect(code).toContain('embed=1');
  expect(code).toContain('chart=timeline');
  expect(code).toContain('title="Timeline of the 2025–26 US–Colombia crisis"');
});
