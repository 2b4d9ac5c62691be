import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/lib/paths.ts';
import { networkSettled, trackRequests } from './network.ts';
import { settled, storeSettings } from './spoiler-settings.ts';
import { data } from './spoiler-strings.ts';

const none = { showAll: false, watched: 'none' };

/** The scripts matching `chunk` the page has requested so far (it fills as the page goes on). */
function requested(page: Page, chunk: RegExp): string[] {
  trackRequests(page);
  const urls: string[] = [];
  page.on('request', (r) => void (chunk.test(new URL(r.url()).pathname) && urls.push(r.url())));
  return urls;
}
const everything = { showAll: true, watched: 'none' };

test.describe('the Share button', () => {
  test('without the Web Share API, copies the address of the page as the reader has it, and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Desktop browsers without a share sheet, whatever this Chromium build has.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }));
    await storeSettings(page, everything);
    await page.goto(paths.character('tori-spring'));
    await settled(page, everything);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The site it was copied from, which opens, whatever origin the build was given for canonical links.
    expect(copied).toBe(new URL(paths.character('tori-spring'), baseURL).href);
    const response = await page.request.get(copied);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<title>Tori Spring · Heartstopper Season 2 Wiki</title>');
    // The viewer's spoiler level stays on their device.
    expect(new URL(copied).search + new URL(copied).hash).toBe('');
  });

  test('with the Web Share API, hands the page’s title and its address to the share sheet', async ({ page, baseURL }) => {
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
      url: new URL(paths.character('tori-spring'), baseURL).href,
    });
  });
});

test('every quote and every bio in data/ appears on some page, with spoilers on', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the text is the same at any width');
  // One full load of every speaker's page and every page with a bio: about thirty pages, so more than one page's time.
  test.setTimeout(90_000);
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

test.describe('the relationship map', () => {
  test('loads only when its place scrolls into view, then links each person to their page', async ({ page }) => {
    const loaded = requested(page, /\/relation-map-[^/]*\.js$/);
    await storeSettings(page, none);
    await page.goto(paths.character('nick-nelson'));
    await settled(page, none);
    // What the ready page loads by itself has had its chance once the network has settled.
    await networkSettled(page);
    expect(loaded, 'the map’s code, before the viewer gets there').toEqual([]);

    // The map sits just above the quotes.
    await page.getByRole('heading', { name: 'Quotes about Nick' }).scrollIntoViewIfNeeded();
    const map = page.getByRole('group', { name: 'Map of Nick Nelson’s relationships, as in the list above' });
    await expect(map).toBeVisible();
    // At “nothing yet” Charlie is Nick's friend on the map, as in the list.
    await map.getByRole('link', { name: 'Charlie Spring, friend' }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.character('charlie-spring')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Charlie Spring');
  });

  test('follows the viewer’s level', async ({ page }) => {
    await storeSettings(page, everything);
    await page.goto(paths.character('nick-nelson'));
    await settled(page, everything);
    // The map sits just above the quotes.
    await page.getByRole('heading', { name: 'Quotes about Nick' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('link', { name: 'Charlie Spring, boyfriend' })).toBeVisible();
  });
});

test.describe('previews of linked characters', () => {
  test('a mouse resting on a link shows the card; Escape dismisses it; focus from the keyboard shows it too', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === 'phone', 'a phone has no mouse: see the touch test');
    const loaded = requested(page, /\/character-previews-[^/]*\.js$/);
    await storeSettings(page, none);
    await page.goto(paths.character('nick-nelson'));
    await settled(page, none);
    // What the ready page loads by itself has had its chance once the network has settled.
    await networkSettled(page);
    expect(loaded, 'the previews’ code, before any hover').toEqual([]);

    const infobox = page.getByRole('complementary', { name: 'Infobox' });
    const sarah = infobox.getByRole('link', { name: 'Sarah Nelson' });
    await sarah.hover();
    const card = page.getByRole('tooltip');
    await expect(card).toContainText('Sarah Nelson');
    await expect(card).toContainText('Played by Olivia Colman');
    // It never covers the link it describes.
    const [link, box] = [await sarah.boundingBox(), await card.boundingBox()];
    expect(box!.y >= link!.y + link!.height || box!.y + box!.height <= link!.y).toBe(true);
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);

    // Tab from the actor's link through the infobox (an occupation's citation may come between) to Sarah's.
    await infobox.getByRole('link', { name: 'Kit Connor' }).focus();
    for (let i = 0; i < 5 && !(await sarah.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(sarah).toBeFocused();
    await expect(page.getByRole('tooltip')).toContainText('Sarah Nelson');
  });

  test('a tap follows the link and shows no card', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the desktop project has no touch screen');
    const loaded = requested(page, /\/character-previews-[^/]*\.js$/);
    await storeSettings(page, none);
    await page.goto(paths.character('nick-nelson'));
    await settled(page, none);
    await page.getByRole('complementary', { name: 'Infobox' }).getByRole('link', { name: 'Sarah Nelson' }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sarah Nelson');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    expect(loaded, 'a touch never wakes the previews').toEqual([]);
  });
});
