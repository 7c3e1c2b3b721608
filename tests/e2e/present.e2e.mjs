import assert from 'node:assert/strict';
import { axeViolations, journey, openContext, screenshot } from './harness.mjs';

journey(
  'present: build a three-slide deck, open its link in a fresh browser, step through by keyboard',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openContext(browser, baseUrl);
    await page.goto(`${baseUrl}?country=COL`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const editor = page.getByRole('dialog', { name: 'Presentation' });
    await editor.getByRole('button', { name: 'Add this view as a slide' }).click();
    await editor.getByRole('button', { name: 'Add this view as a slide' }).click();
    await editor.getByRole('button', { name: 'Add this view as a slide' }).click();
    await editor.getByLabel('Title of slide 2').fill('The aid cut');
    await editor.getByLabel('Title of slide 3').focus();
    await editor.getByRole('button', { name: 'Move slide 2 up' }).click();
    assert.equal(await editor.getByLabel('Title of slide 1').inputValue(), 'The aid cut');
    await editor.getByLabel('Title of slide 3').fill('Last word');
    await editor.getByLabel('Note').first().focus();
    const link = page.url();
    assert.ok(new URL(link).searchParams.get('deck').length > 20);

    const fresh = await openContext(browser, baseUrl);
    await fresh.page.goto(link, { waitUntil: 'networkidle' });
    const freshEditor = fresh.page.getByRole('dialog', { name: 'Presentation' });
    await freshEditor.getByRole('button', { name: 'Present this deck' }).click();
    const bar = fresh.page.getByRole('region', { name: 'Presentation' });
    await bar.getByRole('heading', { name: 'The aid cut' }).waitFor();
    assert.equal(new URL(fresh.page.url()).searchParams.get('slide'), '1');
    await fresh.page.keyboard.press('ArrowRight');
    await bar.getByText('Slide 2 of 3').waitFor();
    await fresh.page.keyboard.press(' ');
    await bar.getByRole('heading', { name: 'Last word' }).waitFor();
    assert.equal(new URL(fresh.page.url()).searchParams.get('slide'), '3');
    await fresh.page.keyboard.press('ArrowLeft');
    await bar.getByText('Slide 2 of 3').waitFor();
    assert.deepEqual(await axeViolations(fresh.page), [], 'axe in presenter mode');
    await fresh.page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    assert.equal(new URL(fresh.page.url()).searchParams.get('slide'), null);
    assert.deepEqual([...errors, ...fresh.errors], []);
    await fresh.context.close();
    await context.close();
  },
);

journey(
  'present: the built-in story plays, and a damaged deck or slide opens the app with a notice',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openContext(browser, baseUrl);
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('button', { name: 'Present the built-in story' }).click();
    const bar = page.getByRole('region', { name: 'Presentation' });
    await bar.getByText('Slide 1 of 6').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('country'), 'COL');
    await screenshot(page, 'present-1280');
    const deck = new URL(page.url()).searchParams.get('deck');
    await page.goto(`${baseUrl}?deck=${encodeURIComponent(deck.slice(0, 30))}&slide=2&country=VEN`, {
      waitUntil: 'networkidle',
    });
    await page.getByText('The presentation in this link is damaged or cut off').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('country'), 'VEN', 'the rest of the view is kept');
    await page.goto(`${baseUrl}?deck=${encodeURIComponent(deck)}&slide=9`, { waitUntil: 'networkidle' });
    await page.getByText('This link asks for a slide the presentation does not have.').waitFor();
    await page.goto(`${baseUrl}?deck=%3Cscript%3Ealert(1)%3C/script%3E&slide=99999`, { waitUntil: 'networkidle' });
    await page.getByRole('status', { name: 'Part of this link could not be used' }).waitFor();
    assert.equal(await page.locator('#main').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  },
);

journey(
  'embed: ?embed=1 hides the chrome; static=1 makes the views inert; theme applies',
  async ({ browser, baseUrl }) => {
    const { context, page, errors } = await openContext(browser, baseUrl);
    await page.goto(`${baseUrl}?embed=1&static=1&theme=dark`, { waitUntil: 'networkidle' });
    assert.equal(await page.locator('.app-header').count(), 0);
    assert.equal(await page.locator('main[inert]').count(), 1);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.deepEqual(errors, []);
    await context.close();
  },
);
