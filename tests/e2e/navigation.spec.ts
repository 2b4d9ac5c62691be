import { expect, test } from '@playwright/test';
import { settled, storeSettings } from './spoiler-settings.ts';

const none = { showAll: false, watched: 'none' };

test.beforeEach(async ({ page }) => {
  await storeSettings(page, none);
});

test('a character far down the list opens at the top of its page, focused on its name; Back returns to the card', async ({ page }) => {
  await page.goto('/characters/');
  await settled(page, none);
  // The last card of the list, far down on any screen.
  const card = page.getByRole('main').getByRole('listitem').last().getByRole('link');
  const name = (await card.textContent())!;
  await card.scrollIntoViewIfNeeded();
  const listScroll = await page.evaluate(() => window.scrollY);
  expect(listScroll).toBeGreaterThan(300);

  await card.click();
  const heading = page.getByRole('heading', { level: 1, name });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Characters' })).toBeFocused();
  // Where the list was when the card was tapped (a phone's tap can nudge it by a few pixels).
  await expect.poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - listScroll)).toBeLessThanOrEqual(24);
  await expect(card).toBeInViewport();

  await page.goForward();
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a reload keeps the place on the page', async ({ page }) => {
  await page.goto('/characters/');
  await settled(page, none);
  const card = page.getByRole('main').getByRole('listitem').last().getByRole('link');
  await card.scrollIntoViewIfNeeded();
  const listScroll = await page.evaluate(() => window.scrollY);
  expect(listScroll).toBeGreaterThan(300);

  await page.reload();
  await settled(page, none);
  await expect.poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - listScroll)).toBeLessThanOrEqual(24);
  await expect(card).toBeInViewport();
});

test('a link from the home page to a timeline event lands on the event', async ({ page }) => {
  await page.goto('/');
  await settled(page, none);
  // The home page lists the latest events, each a link to it on the timeline.
  const link = page.getByRole('main').getByRole('link').and(page.locator('[href^="/timeline/#"]')).last();
  const title = (await link.textContent())!;
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await expect(page).toHaveURL(/\/timeline\/#/);
  await expect(page.getByRole('article').filter({ hasText: title }).first()).toBeInViewport();
});

test('a change of the query alone keeps the scroll and the focus', async ({ page }) => {
  await page.goto('/search/?q=nelson');
  await settled(page, none);
  const filter = page.getByRole('checkbox', { name: /^Quotes|^Cast/ }).first();
  await filter.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await filter.check();
  await expect(filter).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

test('the skip link takes focus to the content and leaves the header’s search field where it is', async ({ page }) => {
  await page.goto('/');
  await settled(page, none);
  const field = page.getByRole('combobox', { name: 'Search the wiki' });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(field).toHaveCount(1);
  await page.keyboard.press('/');
  await expect(field).toBeFocused();
});

test('filters, Back and Forward keep the header’s search field in place', async ({ page }) => {
  // Counts every removal of the field from the page, from the first byte on.
  await page.addInitScript(() => {
    const w = window as unknown as { fieldRemoved: number };
    w.fieldRemoved = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.removedNodes) {
          if (node instanceof Element && (node.matches('input[type=search]') || node.querySelector('input[type=search]'))) w.fieldRemoved++;
        }
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('/timeline/');
  await settled(page, none);
  // Below 40 rem the filters fold behind a button.
  if (page.viewportSize()!.width < 640) await page.getByRole('button', { name: /^Filters/ }).click();
  await page.getByRole('checkbox', { name: /^Casting/ }).check();
  await expect(page).toHaveURL(/category=casting/);
  await page.goBack();
  await expect(page).not.toHaveURL(/category=/);
  await page.goForward();
  await expect(page).toHaveURL(/category=casting/);
  expect(await page.evaluate(() => (window as unknown as { fieldRemoved: number }).fieldRemoved)).toBe(0);
  await expect(page.getByRole('combobox', { name: 'Search the wiki', includeHidden: true })).toHaveCount(1);
});
