import { expect, test, type Page } from '@playwright/test';
import { settled, storeSettings } from './spoiler-settings.ts';

const none = { showAll: false, watched: 'none' };
const heading = (page: Page) => page.locator('#results-heading');

test.beforeEach(async ({ page }) => {
  await storeSettings(page, none);
});

test('a misspelled name finds the character, and its result opens the page', async ({ page }) => {
  await page.goto('/search/');
  await settled(page, none);
  await page.getByRole('searchbox', { name: /^Search characters/ }).fill('nik nelsn');
  await expect(heading(page)).toHaveText(/results? for “nik nelsn”/);
  const first = page.getByRole('main').getByRole('listitem').first();
  await expect(first).toContainText('Nick Nelson');
  await first.getByRole('link', { name: 'Nick Nelson' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nick Nelson');
});

test('/search/?q=farouk works after a reload, and a type filter lives in the URL', async ({ page }) => {
  await page.goto('/search/?q=farouk');
  await settled(page, none);
  await expect(page.getByRole('main').getByRole('link', { name: /Farouk/ }).first()).toBeVisible();
  await page.reload();
  await settled(page, none);
  await expect(page.getByRole('searchbox', { name: /^Search characters/ })).toHaveValue('farouk');
  await expect(page.getByRole('main').getByRole('link', { name: /Farouk/ }).first()).toBeVisible();
  await page.getByRole('checkbox', { name: /^Characters/ }).check();
  await expect(page).toHaveURL(/\?q=farouk&type=character$/);
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasNotText: 'Characters' })).toHaveCount(0);
});

test('a query that matches nothing says so and offers ways to browse', async ({ page }) => {
  await page.goto('/search/?q=zzzqqq');
  await settled(page, none);
  await expect(heading(page)).toHaveText('No results for “zzzqqq”');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'all characters' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'the timeline' })).toBeVisible();
});

test('hostile input is searched and shown as plain text, and the page keeps working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/search/');
  await settled(page, none);
  const field = page.getByRole('searchbox', { name: /^Search characters/ });
  for (const input of ['<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '💚🍂 nick', '%', '100% %E0', 'a'.repeat(5000)]) {
    await field.fill(input);
    const shown = input.slice(0, 200);
    await expect(heading(page)).toContainText(`“${shown}”`);
    await expect(page.locator('main img')).toHaveCount(0);
  }
  // Straight from a link, too.
  for (const q of ['%', '%E0%A4%A', '<script>x</script>']) {
    await page.goto(`/search/?q=${q}`);
    await settled(page, none);
    await expect(heading(page)).toBeVisible();
  }
  await field.fill('nick');
  await expect(heading(page)).toHaveText(/results? for “nick”/);
  expect(errors).toEqual([]);
});
