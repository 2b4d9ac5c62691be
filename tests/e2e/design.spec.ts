import type { Page } from '@playwright/test';
import { openHeaderMenu } from './header.ts';
import { sitemapPaths } from './sitemap.ts';
import { expect, test } from './test.ts';
import { openInApp } from './visit.ts';


const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const textColour = (page: Page) => page.evaluate(() => getComputedStyle(document.body).color);

// Widths are set here, so these run once, in the desktop project.
test.describe('layout at every width', () => {
  test.skip(({ isMobile }) => isMobile, 'the widths are set by the test');

  test('no page in the sitemap scrolls sideways at 360 px or at 1280 px', async ({ page }) => {
    test.setTimeout(120_000);
    const overflowing: string[] = [];
    const check = async (path: string, width: number) => {
      await page.setViewportSize({ width, height: 800 });
      // Two frames: the layout at the new width, and anything that measures it (the map) drawn again.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (extra > 0) overflowing.push(`${path} by ${extra} px at ${width} px`);
    };
    // Each page opens once, at the narrow width, and is then widened. After the first, each opens in the app,
    // as from a link: the same page once hydrated, for about a third of the cost of loading it.
    for (const [index, path] of (await sitemapPaths(page.request)).entries()) {
      await page.setViewportSize({ width: 360, height: 800 });
      if (index === 0) await page.goto(path);
      else await openInApp(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await check(path, 360);
      await check(path, 1280);
    }
    expect(overflowing).toEqual([]);
  });

  test('on a 360 px phone the header is one row of at most 64 px: the name, search and the menu', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/characters/nick-nelson/', '/timeline/']) {
      await page.goto(path);
      const header = page.getByRole('banner');
      expect((await header.boundingBox())!.height, path).toBeLessThanOrEqual(64);
      await expect(header.getByRole('link', { name: 'Heartstopper Season 2 Wiki' })).toBeVisible();
      await expect(header.getByRole('button', { name: 'Menu, spoilers: Nothing yet' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    }
  });
});

test('the phone menu opens and closes with the keyboard, and focus returns to its button', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'on a wide screen everything is in the header');
  await page.goto('/characters/nick-nelson/');
  await page.getByRole('button', { name: 'Not now' }).click();
  const button = page.getByRole('button', { name: /^Menu, spoilers: / });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  // The menu follows its button in the tab order.
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Episodes' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(button).toBeFocused();
  // Space opens it too; a link in it closes it and leads to the page.
  await page.keyboard.press('Space');
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(nav).toBeHidden();
});

test.describe('themes', () => {
  test('the dark scheme really changes the page', async ({ browser }) => {
    const colours = async (colorScheme: 'light' | 'dark') => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('/');
      const result = { background: await background(page), text: await textColour(page) };
      await context.close();
      return result;
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(dark.background).not.toBe(light.background);
    expect(dark.text).not.toBe(light.text);
  });

  test('the header switch overrides the system, and a reload keeps it with no flash of the other theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/characters/nick-nelson/');
    await page.getByRole('button', { name: 'Not now' }).click();
    const light = await background(page);
    await openHeaderMenu(page);
    const toggle = page.getByRole('switch', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    const dark = await background(page);
    expect(dark).not.toBe(light);

    // The first paint comes before any of the app's code: with it blocked, the page is dark all the same.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.reload();
    expect(await background(page)).toBe(dark);
    await page.unroute('**/assets/*.js');
    await page.reload();
    await openHeaderMenu(page);
    await expect(page.getByRole('switch', { name: 'Dark theme' })).toHaveAttribute('aria-checked', 'true');
    expect(await background(page)).toBe(dark);
  });

  test('with storage that throws, the switch still works for the visit', async ({ page, appReady }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    // The app comes up with storage that throws.
    await appReady();
    const light = await background(page);
    await openHeaderMenu(page);
    const toggle = page.getByRole('switch', { name: 'Dark theme' });
    await expect(toggle).toBeEnabled();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(await background(page)).not.toBe(light);
  });
});
