import { expect, test } from '@playwright/test';
import { settled, storeSettings } from './spoiler-settings.ts';
import { data, escapeHtml } from './spoiler-strings.ts';
import { sitemapPaths } from './sitemap.ts';

const none = { showAll: false, watched: 'none' };
const kit = '/cast/kit-connor/';
const kitQuotes = data.quotes.filter((q) => q.speaker === 'kit-connor');
const publicQuote = kitQuotes.find((q) => !q.reveals)!;
const gatedQuotes = kitQuotes.filter((q) => q.reveals);

test.beforeEach(async ({ page }) => {
  await storeSettings(page, none);
});

test('a cast page names the person, links whom they play, and quotes them with the outlet', async ({ page }) => {
  await page.goto(kit);
  await settled(page, none);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Kit Connor' })).toBeVisible();

  const quotes = main.getByRole('region', { name: 'What they said' });
  const quote = quotes.locator('figure').filter({ hasText: publicQuote.text });
  await expect(quote).toHaveCount(1);
  await expect(quote.locator('figcaption')).toContainText(`Kit Connor, ${publicQuote.said}`);
  // Nothing yet: his quotes from later episodes are one quiet line, not text.
  await expect(quotes.getByText('More from episodes you haven’t watched.')).toBeVisible();
  for (const q of gatedQuotes) await expect(main).not.toContainText(q.text);

  await main.locator('article header').getByRole('link', { name: 'Nick Nelson' }).click();
  await expect(page).toHaveURL(/\/characters\/nick-nelson\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nick Nelson');
});

test('crew have a page too, with their roles and quotes and no characters', async ({ page }) => {
  await page.goto('/cast/alice-oseman/');
  await settled(page, none);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Alice Oseman' })).toBeVisible();
  await expect(main.locator('article header')).toContainText('Creator, writer and executive producer');
  await expect(main.locator('article header').getByRole('link', { name: /Nelson|Spring/ })).toHaveCount(0);
  await expect(main.getByRole('region', { name: 'What they said' }).locator('figure').first()).toBeVisible();
});

test('the served HTML of a cast page has its own title, description and Open Graph tags, and no spoiler', async ({ request }) => {
  const response = await request.get(kit);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const title = 'Kit Connor · Heartstopper Season 2 Wiki';
  expect(html).toContain(`<title>${title}</title>`);
  expect(html).toMatch(new RegExp(`<meta property="og:title" content="${title}"\\s*/?>`));
  expect(html).toMatch(/<meta property="og:type" content="profile"\s*\/?>/);
  expect(html).toMatch(/<meta property="og:url" content="[^"]*\/cast\/kit-connor\/"\s*\/?>/);
  expect(html).toMatch(/<meta name="description" content="Kit Connor plays Nick Nelson in Heartstopper\.[^"]*"\s*\/?>/);
  expect(html).toContain('<h1>Kit Connor</h1>');
  for (const q of gatedQuotes) {
    expect(html.includes(q.text) || html.includes(escapeHtml(q.text)), `leaks (${q.reveals}) “${q.text}”`).toBe(false);
  }
});

test('the sitemap lists the cast pages', async ({ request }) => {
  const listed = await sitemapPaths(request);
  expect(listed).toContain(kit);
  expect(listed).toContain('/cast/alice-oseman/');
});

test('a person found by search opens their cast page', async ({ page }) => {
  await page.goto('/search/?q=alice%20oseman&type=person');
  await settled(page, none);
  await page.getByRole('main').getByRole('link', { name: 'Alice Oseman' }).first().click();
  await expect(page).toHaveURL(/\/cast\/alice-oseman\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alice Oseman');
});

test('an unknown person answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/cast/nobody-at-all/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
