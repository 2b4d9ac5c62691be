import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/paths.ts';
import { settled, storeSettings } from './spoiler-settings.ts';
import { data } from './spoiler-strings.ts';

const none = { showAll: false, watched: 'none' };
const everything = { showAll: true, watched: 'none' };

test.describe('the Share button', () => {
  test('without the Web Share API, copies the page’s canonical address and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Desktop browsers without a share sheet, whatever this Chromium build has.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }));
    await storeSettings(page, everything);
    await page.goto(paths.character('tori-spring'));
    await settled(page, everything);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(copied).toBe(canonical);
    // The viewer's spoiler level stays on their device.
    expect(new URL(copied).search + new URL(copied).hash).toBe('');
  });

  test('with the Web Share API, hands the page’s title and canonical address to the share sheet', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        value: (shared: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = shared;
          return Promise.resolve();
        },
      });
    });
    await storeSettings(page, none);
    await page.goto(paths.character('tori-spring'));
    await settled(page, none);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared)).toEqual({
      title: 'Tori Spring',
      url: await page.locator('link[rel="canonical"]').getAttribute('href'),
    });
  });
});

test('every quote and every bio in data/ appears on some page, with spoilers on', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the text is the same at any width');
  await storeSettings(page, everything);
  const speakers = new Set([...data.quotes.map((q) => q.speaker), ...data.people.filter((p) => p.bio).map((p) => p.id)]);
  const seen: string[] = [];
  for (const person of speakers) {
    await page.goto(paths.cast(person));
    await settled(page, everything);
    seen.push((await page.getByRole('main').textContent()) ?? '');
  }
  const text = seen.join('\n');
  const missing = [
    ...data.quotes.filter((q) => !text.includes(q.text)).map((q) => `quote ${q.id}`),
    ...data.people.filter((p) => p.bio && !text.includes(p.bio.text)).map((p) => `bio of ${p.id}`),
  ];
  expect(missing).toEqual([]);
});
