// Issue 17: "Download and cite" in every view (the view's rows as CSV, the full data package, the licence, Cite
// this) and the licence in the footer, at 1280 and 375 px.
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, scrollIntoView, sidewaysOverflow, test } from './fixtures.ts';

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: (file as Download).suggestedFilename(), bytes: await readFile(await (file as Download).path()) };
}

/** Opens a view's "Download and cite" panel and returns it. */
async function openPanel(scope: Locator): Promise<Locator> {
  const panel = scope.locator('details.download-panel');
  await scrollIntoView(panel);
  await panel.locator('summary').click();
  await expect(panel.getByRole('button', { name: /\(CSV\)$/ })).toBeVisible();
  return panel;
}

interface ViewCsv {
  name: string;
  /** The lines above the header row: title, filters, as-of date, licence, address. */
  preamble: string[][];
  header: string[];
  rows: string[][];
}

/** Downloads the panel's CSV and reads it as a spreadsheet would (RFC 4180, UTF-8 with a byte order mark). */
async function downloadCsv(page: Page, panel: Locator): Promise<ViewCsv> {
  const { name, bytes } = await download(page, () => panel.getByRole('button', { name: /\(CSV\)$/ }).click());
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text, 'RFC 4180: every record ends with CRLF').toMatch(/\r\n$/);
  const lines = Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;
  const blank = lines.findIndex((l) => l.length === 1 && l[0] === '');
  const [header = [], ...rows] = lines.slice(blank + 1);
  return { name, preamble: lines.slice(0, blank), header, rows };
}

const lineOf = (csv: ViewCsv, label: string) => csv.preamble.find((l) => l[0] === label) ?? [];

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test(`map: the CSV holds the strikes table's rows and columns, with filters, licence and URL (${viewport.width} px)`, async ({
      page,
      axe,
      saveScreenshot,
    }) => {
      await page.goto('/?sea=caribbean', { waitUntil: 'networkidle' });
      const region = page.getByRole('region', { name: 'Map', exact: true });
      const table = region.locator('.strikes-table');
      await table.locator('summary').click();
      const headers = await table.locator('thead th').allInnerTexts();
      const rowCount = await table.locator('tbody tr').count();
      const panel = await openPanel(region);
      const csv = await downloadCsv(page, panel);
      expect(csv.name).toBe('sanctions-atlas-strikes.csv');
      expect(csv.header).toEqual(headers.map((h) => h.trim()));
      expect(csv.rows).toHaveLength(rowCount);
      expect(new Set(csv.rows.map((r) => r[1])), 'only the filtered sea').toEqual(new Set(['Caribbean']));
      expect(lineOf(csv, 'Filters')).toEqual(['Filters', 'Sea: Caribbean']);
      expect(lineOf(csv, 'Data as of')[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(lineOf(csv, 'Licence')[1]).toBe(
        'Data: CC BY 4.0 — Sanctions Atlas contributors; each source keeps its own rights. Code: MIT.',
      );
      expect(lineOf(csv, 'Address of this view')[1]).toBe(`${page.url()}#map`);
      await expect(panel).toContainText('each source keeps its own rights');
      expect(await axe({ include: '#map .download-panel' })).toEqual([]);
      expect(await sidewaysOverflow(page), 'no sideways scroll').toBeLessThanOrEqual(0);
      await saveScreenshot(`download-map-${viewport.width}`, panel);
    });

    test(`footer: the licence, linked, and Cite this for the whole work and this view (${viewport.width} px)`, async ({
      page,
      context,
      baseURL,
      axe,
      saveScreenshot,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
      await page.goto('/?sea=eastern-pacific', { waitUntil: 'networkidle' });
      const footer = page.getByRole('contentinfo');
      await expect(footer).toContainText(
        'Data: CC BY 4.0 — Sanctions Atlas contributors; each source keeps its own rights. Code: MIT.',
      );
      await expect(footer.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
        'href',
        'https://creativecommons.org/licenses/by/4.0/',
      );
      await expect(footer.getByRole('link', { name: 'MIT' })).toHaveAttribute('rel', 'noopener noreferrer');
      await footer.locator('summary', { hasText: 'Cite this' }).click();
      const view = footer.getByRole('region', { name: /^This view/ });
      await view.getByRole('button', { name: 'Copy APA citation' }).click();
      await expect(footer.getByText('Copied to the clipboard.')).toBeVisible();
      const apa = await page.evaluate(() => navigator.clipboard.readText());
      expect(apa).toContain(page.url());
      expect(apa).toMatch(/^Sanctions Atlas contributors\. \(\d{4}\)\. Sanctions Atlas \[Data set; data as of /);
      const work = footer.getByRole('region', { name: 'The whole work' });
      await work.getByRole('button', { name: 'Copy BibTeX' }).click();
      const bibtex = await page.evaluate(() => navigator.clipboard.readText());
      expect(bibtex).toMatch(/^@misc\{sanctionsatlas\d{4},/);
      expect(bibtex).toContain(`url = {${new URL('/', page.url()).href}}`);
      expect(await axe({ include: 'footer' })).toEqual([]);
      expect(await sidewaysOverflow(page), 'no sideways scroll').toBeLessThanOrEqual(0);
      await saveScreenshot(`download-footer-${viewport.width}`, footer);
    });
  });
}

test('aid: the CSV holds the aid table’s rows under its column names, and names the series', async ({ page }) => {
  await page.goto('/?measure=appropriation&scope=state-usaid&breakdown=account', { waitUntil: 'networkidle' });
  const region = page.getByRole('region', { name: 'US aid to Colombia' });
  await scrollIntoView(region);
  await expect(region.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await region.getByText('Table of the numbers in the chart').click();
  const rowCount = await region.locator('.aid-table tbody tr').count();
  const csv = await downloadCsv(page, await openPanel(region));
  expect(csv.header).toEqual(['Fiscal year', 'Category', 'US$ millions', 'Sources']);
  expect(csv.rows).toHaveLength(rowCount);
  expect(lineOf(csv, 'Filters')).toEqual([
    'Filters',
    'Measure: Appropriation (enacted)',
    expect.stringMatching(/^Scope: /),
    expect.stringMatching(/^Split by: /),
  ]);
});

test('precedents: the CSV holds the cases the filters leave in the list, in Spanish for a Spanish reader', async ({
  page,
  saveScreenshot,
}) => {
  await page.goto('/?lang=es&relation=adversary', { waitUntil: 'networkidle' });
  const region = page.getByRole('region', { name: 'Precedentes' });
  await scrollIntoView(region);
  const shown = region.locator('.precedent-list > li:not([hidden])');
  await expect(shown.first()).toBeVisible();
  // Text content, not innerText: the region skips its rendering off-screen (content-visibility) until the next frame
  // after the scroll, and the text of skipped content reads as empty.
  const leaders = await shown.locator('h3').allTextContents();
  const panel = await openPanel(region);
  const csv = await downloadCsv(page, panel);
  expect(csv.header[0]).toBe('País');
  expect(csv.rows.map((r) => `${r[0]} — ${r[1]}`)).toEqual(
    leaders.map((h) => h.replace(/(Referencia|Destacado)$/, '').trim()),
  );
  expect(lineOf(csv, 'Filtros')).toEqual(['Filtros', 'Relación con EE. UU.: Adversario']);
  expect(lineOf(csv, 'Licencia')[1]).toContain('cada fuente conserva sus propios derechos');
  await saveScreenshot('download-precedents-es', panel);
});

test('timeline: the CSV holds the window’s events; the package link downloads the zip', async ({ page }) => {
  await page.goto('/?from=2025-09-01&to=2025-10-31', { waitUntil: 'networkidle' });
  const region = page.getByRole('region', { name: 'Timeline' });
  const list = region.locator('.event-list:not(.sanctions-list)');
  await scrollIntoView(list);
  await list.locator('summary').click();
  // The list is built when it opens.
  await expect(list.locator('li').first()).toBeVisible();
  const items = await list.locator('li').count();
  const panel = await openPanel(region);
  const csv = await downloadCsv(page, panel);
  expect(csv.header).toEqual(['Date', 'Kind', 'Event']);
  expect(csv.rows).toHaveLength(items);
  // An approximate date is written "~2025-09": the bounds compare the date itself.
  const dates = csv.rows.map((r) => (r[0] ?? '').replace(/^~/, ''));
  expect(dates.every((date) => date >= '2025-09' && date <= '2025-10-31')).toBe(true);
  expect(lineOf(csv, 'Filters')[1]).toMatch(/^Window: Sep 1, 2025 – Oct 31, 2025$/);
  const zip = await download(page, () => panel.getByRole('link', { name: 'Full data package (ZIP)' }).click());
  expect(zip.name).toBe('sanctions-atlas-data.zip');
  expect(zip.bytes.subarray(0, 2).toString('latin1'), 'a zip file').toBe('PK');
});

test('sources: the CSV holds the listed sources; Cite this copies the panel’s address', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto('/?panel=sources', { waitUntil: 'networkidle' });
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  await dialog.getByLabel('Filter sources').fill('treasury');
  await expect(dialog.locator('.source-list > li').first()).toBeVisible();
  const listed = await dialog.locator('.source-list > li').count();
  expect(listed).toBeGreaterThan(0);
  const panel = await openPanel(dialog);
  const csv = await downloadCsv(page, panel);
  expect(csv.header).toEqual(['Title', 'URL', 'Publisher', 'Published', 'Accessed', 'Source class', 'Cited by']);
  expect(csv.rows).toHaveLength(listed);
  expect(lineOf(csv, 'Filters')).toEqual(['Filters', 'Filter sources: treasury']);
  await panel.getByRole('button', { name: 'Copy APA citation' }).click();
  const apa = await page.evaluate(() => navigator.clipboard.readText());
  expect(apa).toContain(page.url());
});
