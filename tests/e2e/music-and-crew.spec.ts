import { paths } from '../../src/lib/paths.ts';
import { readRawCollections } from '../../src/lib/dataset-source.server.ts';
import type { Episode, Person } from '../../src/lib/schema.server.ts';
import { sitemapPaths } from './sitemap.ts';
import { storeSettings } from './spoiler-settings.ts';
import { expect, test } from './test.ts';

const raw = readRawCollections();
const episodes = raw.episodes as Episode[];
const people = raw.people as Person[];
const songLine = (s: { title: string; artist: string }) => `“${s.title}” by ${s.artist}`;
const songsOf = (id: string) => episodes.find((e) => e.id === id)?.songs ?? [];

test('the footer leads to the cast and crew, and from there to the composer’s page and back', async ({ page, appReady }) => {
  await page.goto(paths.about());
  await appReady();
  await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Cast and crew' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cast and crew' })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const crew = page.getByRole('region', { name: 'Crew' });
  await expect(crew.getByRole('listitem')).toHaveCount(people.filter((p) => p.roles.some((r) => r !== 'actor')).length);

  await crew.getByRole('link', { name: 'Adiescar Chase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Adiescar Chase' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::p[1]')).toContainText('Composer');
  await page.getByRole('link', { name: 'Everyone in the cast and crew' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cast and crew' })).toBeFocused();
});

test('the music page holds every song back at “nothing yet”, and a viewer who has watched S2 · E4 gets the songs so far', async ({ page, appReady }) => {
  await page.goto(paths.music());
  await appReady();
  const songs = page.getByRole('region', { name: 'Songs by episode' });
  await expect(songs.getByText('More from episodes you haven’t watched.')).toBeVisible();
  await expect(songs.getByRole('listitem')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Who made the music' }).getByRole('link', { name: 'Matt Biffa' })).toBeVisible();

  await storeSettings(page, { showAll: false, watched: 's2e4' });
  await page.goto(paths.music());
  await appReady();
  for (const s of songsOf('s2e4')) await expect(songs.getByText(songLine(s), { exact: false })).toBeVisible();
  for (const s of songsOf('s2e5')) await expect(songs.getByText(songLine(s), { exact: false })).toHaveCount(0);
  // A song's episode heading leads to the episode.
  const s2e4 = episodes.find((e) => e.id === 's2e4')!;
  await songs.getByRole('link', { name: `Season 2, episode 4: ${s2e4.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: s2e4.title })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Music' }).getByRole('listitem')).toHaveCount(songsOf('s2e4').length);
  await page.getByRole('link', { name: 'The soundtrack of every episode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Music' })).toBeFocused();
});

test('an episode’s infobox gives critics’ ratings at “nothing yet”, each with its passage a tap away', async ({ page, appReady }) => {
  const rated = episodes.find((e) => e.season === 2 && (e.ratings?.length ?? 0) > 0)!;
  const rating = rated.ratings![0]!;
  await page.goto(paths.episode(rated.id));
  await appReady();
  const row = page.getByRole('complementary', { name: 'Infobox' }).getByRole('definition').filter({ hasText: rating.rating });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: /^Source \d+$/ }).click();
  await expect(page.getByRole('dialog', { name: /^Source \d+$/ }).locator('blockquote')).toHaveText(rating.excerpts![rating.sources[0]!]!);
});

test('the cast and crew and the music pages are prerendered with their own heads, in the sitemap', async ({ page, request, isMobile }) => {
  test.skip(!isMobile, 'the served HTML and the sitemap are the same at every width: the phone checks them');
  const sitemap = await sitemapPaths(request);
  for (const [path, title] of [
    [paths.castList(), 'Cast and crew'],
    [paths.music(), 'Music'],
  ] as const) {
    expect(sitemap).toContain(path);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(new RegExp(`^${title} · `));
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`${path}$`));
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`${paths.ogImage(path)}$`));
  }
});
