import { expect, test } from '@playwright/test';
import type { SpoilerSettings } from '../../src/lib/spoilers.ts';
import { watchCspViolations } from './csp.ts';
import { layoutShiftsOf } from './layout-shift.ts';
import { settled, storeSettings } from './spoiler-settings.ts';
import { openHeaderMenu } from './header.ts';
import { MANY, sitemapPaths } from './sitemap.ts';

const NICK = '/characters/nick-nelson/';
const MORE = 'More from episodes you haven’t watched.';
const none: SpoilerSettings = { showAll: false, watched: 'none' };

test('at “nothing yet”, Nick’s page has at most one quiet line per section, and none names an episode', async ({ page }) => {
  await storeSettings(page, none);
  await page.goto(NICK);
  await settled(page, none);
  const sections = page.locator('main section');
  const count = await sections.count();
  expect(count).toBeGreaterThan(2);
  let lines = 0;
  for (let i = 0; i < count; i++) {
    const n = await sections.nth(i).getByText(MORE).count();
    expect(n).toBeLessThanOrEqual(1);
    lines += n;
  }
  expect(lines).toBeGreaterThan(0);
  // No placeholder says where a spoiler comes from, and no spoiler is shown, so no episode badge either.
  await expect(page.locator('main')).not.toContainText(/episode \d|Season \d, episode|S\d · E\d|is hidden/i);
});

for (const [settings, label] of [
  [none, 'friend'],
  [{ showAll: false, watched: 's1e7' }, 'friend'],
  [{ showAll: false, watched: 's1e8' }, 'boyfriend'],
  [{ showAll: false, watched: 's2e8' }, 'boyfriend'],
  [{ showAll: true, watched: 'none' }, 'boyfriend'],
] as const) {
  test(`Charlie is one row among Nick’s relationships at “${settings.showAll ? 'everything' : settings.watched}”: ${label}`, async ({ page, isMobile }) => {
    test.skip(!isMobile, 'which stage shows is the same at every width: the phone checks it');
    await storeSettings(page, settings);
    await page.goto(NICK);
    await settled(page, settings);
    const relationships = page.getByRole('region', { name: 'Relationships' });
    const charlie = relationships.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Charlie Spring' }) });
    await expect(charlie).toHaveCount(1);
    await expect(charlie).toContainText(`Charlie Spring · ${label}`);
  });
}

test('keys move through the “I’ve watched” choices without showing anything until the viewer confirms', async ({ page }) => {
  await storeSettings(page, none);
  await page.goto('/characters/isaac-henderson/');
  await settled(page, none);
  await openHeaderMenu(page);
  const opener = page.getByRole('banner').getByRole('button', { name: /^I’ve watched/ });
  await opener.click();
  const nothing = page.getByRole('radio', { name: 'Nothing yet' });
  await expect(nothing).toBeFocused();
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('main')).not.toContainText(/asexual/i);
  await expect(opener).toContainText('Nothing yet');
  await page.keyboard.press('Escape');
  await expect(opener).toBeFocused();
  await expect(page.locator('main')).not.toContainText(/asexual/i);

  await opener.click();
  await page.getByRole('radio', { name: /^E8 · Perfect/ }).check();
  await page.getByRole('button', { name: 'Show up to S2 · E8' }).click();
  await expect(page.locator('main')).toContainText(/asexual/i);
  await expect(opener).toContainText('Up to S2 · E8');

  // Going back applies at once.
  await opener.click();
  await page.getByRole('radio', { name: 'Nothing yet' }).check();
  await expect(page.locator('main')).not.toContainText(/asexual/i);
});

// One visitor going from page to page, as a returning one does: the site's code and styles come from the cache,
// each page's spoilers from the network when it opens. Here the one-of-a-kind pages, at both widths (their
// layouts differ most); every page of the sitemap is measured loading at some level, on a phone, by the leak
// scan (spoilers.spec.ts), and as a new visitor first sees it, at each width, by the accessibility sweep.
test('a returning visitor’s spoilers move nothing on any one-of-a-kind page when they arrive', async ({ page }) => {
  test.setTimeout(120_000);
  await storeSettings(page, { showAll: false, watched: 's2e3' });
  const cspViolations = watchCspViolations(page);
  for (const path of (await sitemapPaths(page.request)).filter((p) => !MANY.test(p))) {
    expect(await layoutShiftsOf(page, path), path).toEqual([]);
    await expect(page.getByRole('banner').getByRole('button', { name: /^(I’ve watched|Menu, spoilers)/, includeHidden: true }).first()).toContainText('Up to S2 · E3');
  }
  expect(cspViolations).toEqual([]);
});
