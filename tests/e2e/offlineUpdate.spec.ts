// The update prompt (issue 18): a second build served under an open tab raises a polite "new data" prompt that
// loses nothing. Run it repeatedly (`--repeat-each 10`) after touching src/app/pwa: Chromium sometimes never
// activates the new worker while the old page lives, and only some runs meet that path.
import { rmSync } from 'node:fs';
import { expect, expectParam, test } from './fixtures.ts';
import { PORT } from './support/env.ts';
import { secondBuild } from './support/secondBuild.ts';
import { startSwitchableServer } from './support/switchableServer.ts';
import { visitUntilControlled } from './support/visitUntilControlled.ts';

test.describe('a new build under an open tab', () => {
  // Its own server (vite preview cannot swap folders), on the next port of the run's range.
  const port = PORT + 2;
  test.use({ baseURL: `http://127.0.0.1:${port}` });

  test('prompts politely, keeps focus, and reloads into the same view with what was typed', async ({ page }) => {
    const next = secondBuild(process.env.E2E_DIST ?? 'dist', 'events', (data) => {
      data.asOf = '2026-06-20';
    });
    const server = await startSwitchableServer(process.env.E2E_DIST ?? 'dist', port);
    try {
      await visitUntilControlled(page, '/?sea=caribbean&from=2025-09-01');
      await expect(page.locator('[data-dataset="events"] time')).toHaveAttribute('datetime', '2026-06-24');
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      const editor = page.getByRole('dialog', { name: 'Presentation' });
      await editor.getByRole('button', { name: 'Add this view as a slide' }).click();
      const title = editor.getByLabel('Title of slide 1');
      // Typed, not yet saved to the URL (a slide's title is saved when its field loses focus).
      await title.fill('Caribbean strikes, autumn');
      await expect(title).toBeFocused();

      server.serve(next);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const prompt = page.getByRole('status').filter({ hasText: 'New data available — reload to see it.' });
      await expect(prompt).toBeVisible();
      await expect(title, 'the prompt does not steal focus').toBeFocused();

      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
      await expect(page.locator('[data-dataset="events"] time')).toHaveAttribute('datetime', '2026-06-20');
      await expectParam(page, 'sea', 'caribbean');
      await expectParam(page, 'from', '2025-09-01');
      await expect(
        page.getByRole('dialog', { name: 'Presentation' }).getByLabel('Title of slide 1'),
        'what was typed is kept',
      ).toHaveValue('Caribbean strikes, autumn');
      await expect(page.getByText('New data available')).toHaveCount(0);
      // Whichever way the new build took over, the page is ready for the next offline visit.
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), {
          timeout: 30_000,
        })
        .toBe('activated');
    } finally {
      await page.close();
      await server.close();
      rmSync(next, { recursive: true, force: true });
    }
  });
});
