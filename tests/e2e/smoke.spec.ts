import type { Page } from '@playwright/test';
import { openHeaderMenu } from './header.ts';
import { sitemapPaths } from './sitemap.ts';
import { expect, test } from './test.ts';

/**
 * Collects console errors, uncaught exceptions (hydration mismatches included) and failed subresources.
 * The browser also logs a 404 document as an error; that status is asserted by the tests themselves.
 */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (text.startsWith('Failed to load resource')) return;
    if (msg.type() === 'error' || /hydrat/i.test(text)) errors.push(text);
  });
  page.on('response', (response) => {
    // An unknown character's data file answers 404: that is how the page learns the slug doesn't exist.
    const unknownSlug = response.status() === 404 && /\/data\/[^/]+\/characters\/(not-a-character|nikc-nelson)\.json$/.test(response.url());
    if (response.status() >= 400 && response.request().resourceType() !== 'document' && !unknownSlug) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

test('a deep link to a character works, navigates client-side and survives a reload', async ({ page, appReady }) => {
  const errors = watchErrors(page);
  const response = await page.goto('/characters/nick-nelson');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  await expect(page.getByText('Kit Connor').first()).toBeVisible();
  await expect(page).toHaveTitle('Nick Nelson · Heartstopper Season 2 Wiki');

  // A full page load would wipe this marker; client-side navigation keeps it. A click before the app is ready
  // would be a full page load.
  await appReady();
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
  await page.getByRole('region', { name: 'Relationships' }).getByRole('link', { name: 'Charlie Spring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
  await expect(page).toHaveURL(/\/characters\/charlie-spring\/$/);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
  await expect(page).toHaveTitle('Charlie Spring · Heartstopper Season 2 Wiki');

  const reload = await page.reload();
  expect(reload?.status()).toBe(200);
  await expect(page.getByText('Joe Locke').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('the timeline answers 200 and lists events in order', async ({ page }) => {
  const errors = watchErrors(page);
  const response = await page.goto('/timeline');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  // At the no-spoilers default the news is listed, and one line stands for the story events.
  await expect(page.locator('main article')).not.toHaveCount(0);
  expect(await page.locator('main article').count()).toBeGreaterThanOrEqual(15);
  await expect(page.getByText('More from episodes you haven’t watched.')).toHaveCount(1);
  const dates = await page.locator('main article time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThanOrEqual(10);
  expect(dates).toEqual([...dates].sort());
  expect(errors).toEqual([]);
});

test('an unknown path answers 404 with the app’s not-found page', async ({ page, appReady }) => {
  const errors = watchErrors(page);
  for (const [path, heading] of [
    ['/no-such-page', 'Page not found'],
    ['/characters/not-a-character/', 'No such character'],
  ]) {
    const response = await page.goto(path!);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page).toHaveTitle('Page not found · Heartstopper Season 2 Wiki');
    expect(await page.locator('title').count()).toBe(1);
    // 404.html is drawn in the browser, not hydrated: it is marked ready all the same.
    await appReady();
    await page.getByRole('link', { name: 'Browse all characters' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Characters' })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('a mistyped character address offers the character meant, with no section marked current', async ({ page, appReady }) => {
  const errors = watchErrors(page);
  const response = await page.goto('/characters/nikc-nelson');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'No such character' })).toBeVisible();
  // On a phone the navigation is in the header's closed menu: its links are there all the same.
  const nav = page.getByRole('navigation', { name: 'Main', includeHidden: true });
  await expect(nav.getByRole('link', { name: 'Characters', includeHidden: true })).not.toHaveAttribute('aria-current', 'page');
  // Focus on the new page's heading is the app's doing: the click must be a navigation inside it.
  await appReady();
  await page.getByRole('main').getByRole('link', { name: 'Nick Nelson' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('a malformed address gets the not-found page, not a crash or a blank screen', async ({ page }) => {
  const crashes: string[] = [];
  page.on('pageerror', (err) => crashes.push(err.message));
  for (const path of ['/characters/%E0%A4%A', '/%E0%A4%A/', '/characters/nick-nelson/#%E0%A4%A']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(/^(No such character|Page not found|Nick Nelson)$/);
  }
  expect(crashes).toEqual([]);
});

test('every prerendered page carries its own head for link previews', async ({ request }) => {
  const urls = await sitemapPaths(request);
  expect(urls).toContain('/characters/nick-nelson/');
  const titles = new Set<string>();
  for (const path of urls) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
    expect(title, path).toMatch(/ · Heartstopper Season 2 Wiki$|^Heartstopper Season 2 Wiki$/);
    titles.add(title!);
    for (const tag of ['name="description"', 'rel="canonical"', 'property="og:title"', 'property="og:description"', 'property="og:type"', 'name="twitter:card"']) {
      expect(html, `${path} ${tag}`).toContain(tag);
    }
    expect(html.match(/<h1[ >]/g)?.length, `${path} has one h1`).toBe(1);
  }
  expect(titles.size).toBe(urls.length);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('a character page is readable from the HTML alone', async ({ page }) => {
    await page.goto('/characters/charlie-spring/');
    await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
    await expect(page.getByText('Joe Locke').first()).toBeVisible();
    // The controls that can't work say so.
    await expect(page.getByText(/^JavaScript is off: .* spoiler settings and the theme switch need it/)).toBeVisible();
    await openHeaderMenu(page);
    const timeline = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' });
    await expect(timeline).toBeVisible();
    // Its links are plain links.
    await timeline.click();
    await expect(page).toHaveURL(/\/timeline\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  });

  test('the timeline says filtering needs JavaScript, and its controls ignore a click', async ({ page }) => {
    await page.goto('/timeline/');
    // Playwright's text locators skip <noscript>; what the page draws is its innerText.
    // Today `/timeline/` holds every event: it has no other pages.
    expect(await page.getByRole('form', { name: 'Filter the timeline' }).innerText()).toContain('Filtering needs JavaScript. Every event is listed below.');
    await expect(page.getByRole('navigation', { name: 'Timeline pages' })).toHaveCount(0);
    // The order is outside the fold a phone puts the filters behind. `force`: a click where the radio is drawn,
    // as a finger would, past Playwright's own refusal to click a control it knows can't be used.
    await page.getByRole('radio', { name: 'In story order' }).click({ force: true });
    await expect(page.getByRole('radio', { name: 'In story order' })).not.toBeChecked();
    await expect(page.getByRole('radio', { name: 'By release date' })).toBeChecked();
  });

  test('a section with spoilers says there is more, and offers no button that can’t show it', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.getByText('More from episodes you haven’t watched.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Show spoilers in/ })).toHaveCount(0);
  });
});
