// The one import for every spec: `import { expect, test } from './fixtures.ts'`. It extends Playwright's `test`
// with what each journey checks or needs:
// - every browser context of a test (the default `page` and any `newSession()`) records requests leaving the
//   app's origin and console errors / uncaught exceptions; after the test both lists must be empty
//   (`allowErrors(/…/)` lets a test expect some console errors, e.g. a fetch it fails on purpose);
// - `newSession(options)`: another, fresh browser context ("open the link in a new browser");
// - `axe({ page, include })`: axe-core's WCAG 2.0–2.2 A/AA violations as readable lines (empty when clean);
// - `saveScreenshot(name, target)`: a PNG into tests/e2e/screenshots/ (for looking at, not compared).
import { AxeBuilder } from '@axe-core/playwright';
import {
  expect,
  test as base,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { HAS_NGINX, NGINX_MISSING } from './support/env.ts';

export { expect };
export const SCREENSHOT_DIR = 'tests/e2e/screenshots';

interface Watch {
  offOrigin: string[];
  errors: string[];
  allowed: RegExp[];
}

export interface Session {
  context: BrowserContext;
  page: Page;
}

interface AtlasFixtures {
  /** Console errors matching this pattern do not fail the test (uncaught exceptions still do unless matched). */
  allowErrors: (pattern: RegExp) => void;
  /** A fresh browser context with the project's options (plus these), watched like `page`, closed after the test. */
  newSession: (options?: BrowserContextOptions) => Promise<Session>;
  /** axe-core against WCAG 2.0–2.2 A/AA on `page` (default: the test's page), optionally inside one selector. */
  axe: (options?: { page?: Page; include?: string }) => Promise<string[]>;
  /** Saves a PNG of a whole page (default: the test's page) or of one locator into tests/e2e/screenshots/. */
  saveScreenshot: (name: string, target?: Page | Locator) => Promise<void>;
  watch: Watch;
}

function watchContext(context: BrowserContext, origin: string, watch: Watch): void {
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.offOrigin.push(url);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
  });
  context.on('weberror', (error) => watch.errors.push(`pageerror: ${error.error().message}`));
}

export const test = base.extend<AtlasFixtures>({
  watch: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      // The nginx project needs nginx: without it, its tests are skipped with the install command.
      testInfo.skip(testInfo.project.name === 'nginx' && !HAS_NGINX, NGINX_MISSING);
      const watch: Watch = { offOrigin: [], errors: [], allowed: [] };
      await use(watch);
      // Runs after every context of the test is closed, so nothing logged while closing escapes.
      expect(watch.offOrigin, 'no request leaves the origin').toEqual([]);
      expect(
        watch.errors.filter((e) => !watch.allowed.some((pattern) => pattern.test(e))),
        'no console error or uncaught exception',
      ).toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, baseURL, watch }, use) => {
    watchContext(context, new URL(baseURL ?? 'http://127.0.0.1').origin, watch);
    await use(context);
  },
  allowErrors: async ({ watch }, use) => {
    await use((pattern) => {
      watch.allowed.push(pattern);
    });
  },
  newSession: async ({ browser, baseURL, watch }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      // Contexts made by browser.newContext() inside a test get the project's `use` options (baseURL, viewport…).
      const context = await browser.newContext(options);
      contexts.push(context);
      watchContext(context, new URL(baseURL ?? 'http://127.0.0.1').origin, watch);
      return { context, page: await context.newPage() };
    });
    for (const context of contexts) await context.close();
  },
  axe: async ({ page }, use) => {
    await use(async ({ page: target = page, include } = {}) => {
      let builder = new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
      if (include !== undefined) builder = builder.include(include);
      // The sticky time-window bar (issue 16) lies over whatever control the scroll position puts under it, and
      // axe's target-size counts its buttons as obscuring that control: a fact of the moment, not of the page.
      // Put back in its place in the flow (nothing else moves: a sticky element keeps its room), it is still checked.
      const unstick = (on: boolean) =>
        target.evaluate(
          (state) => {
            for (const bar of document.querySelectorAll<HTMLElement>('.window-bar')) bar.style.position = state;
          },
          on ? 'static' : '',
        );
      await unstick(true);
      const result = await builder.analyze().finally(() => unstick(false));
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')})`,
      );
    });
  },
  saveScreenshot: async ({ page }, use, testInfo) => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    // Another project (nginx) draws the same journeys: keep its pictures apart.
    const prefix = testInfo.project.name === 'chromium' ? '' : `${testInfo.project.name}-`;
    await use(async (name, target = page) => {
      const path = `${SCREENSHOT_DIR}/${prefix}${name}.png`;
      if ('goto' in target) await target.screenshot({ path, fullPage: true });
      else await target.screenshot({ path });
    });
  },
});

/** The value of one query parameter of the page's current URL (null when absent). */
export const param = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name);

/** Waits until the URL's query parameter `name` is `value` (null: absent); fails with both values if it never is. */
export async function expectParam(page: Page, name: string, value: string | null): Promise<void> {
  await expect.poll(() => param(page, name), { message: `URL parameter "${name}"` }).toBe(value);
}

/** Waits until the URL's whole query string is `search` ('' for none). */
export async function expectSearch(page: Page, search: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).search, { message: 'URL query string' }).toBe(search);
}

/** How many CSS pixels the page is wider than the window (> 0 means sideways scrolling). */
export const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Scrolls a region into view. The first render replaces the pre-rendered page, so an element found early can be
 * detached mid-scroll: retry with the element the locator finds then.
 */
export async function scrollIntoView(locator: Locator): Promise<void> {
  await expect(async () => {
    await locator.scrollIntoViewIfNeeded({ timeout: 2_000 });
  }).toPass();
}
