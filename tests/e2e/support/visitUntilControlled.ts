import { expect, type Page } from '@playwright/test';

/** First visit (the worker installs and precaches), then a reload: from then on the worker answers. */
export async function visitUntilControlled(page: Page, path = '/') {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // 'prompt' mode does not claim open pages: the first page is controlled from its next load.
  await page.reload({ waitUntil: 'networkidle' });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}
