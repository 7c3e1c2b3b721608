import { expect, expectParam, param, test } from './fixtures.ts';

test('present: build a three-slide deck, open its link in a fresh browser, step through by keyboard', async ({
  page,
  axe,
  newSession,
}) => {
  await page.goto('/?country=COL', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const editor = page.getByRole('dialog', { name: 'Presentation' });
  const add = editor.getByRole('button', { name: 'Add this view as a slide' });
  await add.click();
  await add.click();
  await add.click();
  await editor.getByLabel('Title of slide 2').fill('The aid cut');
  await editor.getByLabel('Title of slide 3').focus();
  await editor.getByRole('button', { name: 'Move slide 2 up' }).click();
  await expect(editor.getByLabel('Title of slide 1')).toHaveValue('The aid cut');
  await editor.getByLabel('Title of slide 3').fill('Last word');
  await editor.getByLabel('Note').first().focus();
  await expect.poll(() => param(page, 'deck')?.length ?? 0, { message: 'the deck is in the URL' }).toBeGreaterThan(20);
  const link = page.url();

  const fresh = await newSession();
  await fresh.page.goto(link, { waitUntil: 'networkidle' });
  await fresh.page
    .getByRole('dialog', { name: 'Presentation' })
    .getByRole('button', { name: 'Present this deck' })
    .click();
  const bar = fresh.page.getByRole('region', { name: 'Presentation' });
  await expect(bar.getByRole('heading', { name: 'The aid cut' })).toBeVisible();
  await expectParam(fresh.page, 'slide', '1');
  await fresh.page.keyboard.press('ArrowRight');
  await expect(bar.getByText('Slide 2 of 3')).toBeVisible();
  await fresh.page.keyboard.press(' ');
  await expect(bar.getByRole('heading', { name: 'Last word' })).toBeVisible();
  await expectParam(fresh.page, 'slide', '3');
  await fresh.page.keyboard.press('ArrowLeft');
  await expect(bar.getByText('Slide 2 of 3')).toBeVisible();
  expect(await axe({ page: fresh.page }), 'axe in presenter mode').toEqual([]);
  await fresh.page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expectParam(fresh.page, 'slide', null);
});

test('present: the built-in story plays, and a damaged deck or slide opens the app with a notice', async ({
  page,
  saveScreenshot,
}) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.getByRole('button', { name: 'Present the built-in story' }).click();
  const bar = page.getByRole('region', { name: 'Presentation' });
  await expect(bar.getByText('Slide 1 of 6')).toBeVisible();
  await expectParam(page, 'country', 'COL');
  await saveScreenshot('present-1280');
  const deck = param(page, 'deck') ?? '';
  expect(deck.length, 'the story is a deck in the URL').toBeGreaterThan(30);
  await page.goto(`/?deck=${encodeURIComponent(deck.slice(0, 30))}&slide=2&country=VEN`, { waitUntil: 'networkidle' });
  await expect(page.getByText('The presentation in this link is damaged or cut off')).toBeVisible();
  await expectParam(page, 'country', 'VEN'); // the rest of the view is kept
  await page.goto(`/?deck=${encodeURIComponent(deck)}&slide=9`, { waitUntil: 'networkidle' });
  await expect(page.getByText('This link asks for a slide the presentation does not have.')).toBeVisible();
  await page.goto('/?deck=%3Cscript%3Ealert(1)%3C/script%3E&slide=99999', { waitUntil: 'networkidle' });
  await expect(page.getByRole('status', { name: 'Part of this link could not be used' })).toBeVisible();
  await expect(page.locator('#main')).toHaveCount(1);
});

test('embed: ?embed=1 hides the chrome; static=1 makes the views inert; theme applies', async ({ page }) => {
  await page.goto('/?embed=1&static=1&theme=dark', { waitUntil: 'networkidle' });
  await expect(page.locator('.app-header')).toHaveCount(0);
  await expect(page.locator('main[inert]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
