import type { Page } from '@playwright/test';
import { paths } from '../../src/lib/paths.ts';
import type { SpoilerSettings } from '../../src/lib/spoilers.ts';
import { recordBodies } from './received.ts';
import { settled, storeSettings } from './spoiler-settings.ts';
import { data, hiddenAt, leaksIn, spoilerStrings } from './spoiler-strings.ts';
import { expect, test } from './test.ts';

const none: SpoilerSettings = { showAll: false, watched: 'none' };
const watched = (level: string): SpoilerSettings => ({ showAll: false, watched: level });
const storyOf = (episode: string) => data.story.filter((p) => p.reveals === episode).toSorted((a, b) => a.order - b.order);
const loglineOf = (episode: string) => data.episodes.find((e) => e.id === episode)!.logline!.text;

async function open(page: Page, path: string, settings: SpoilerSettings) {
  await storeSettings(page, settings);
  await page.goto(path);
  await settled(page, settings);
}

test('at “nothing yet” an episode page shows which episode it is and who made it, and shows and receives none of its story', async ({ page }) => {
  const bodies = recordBodies(page);
  await open(page, paths.episode('s2e5'), none);
  await expect(page.getByRole('heading', { level: 1, name: 'Heat' })).toBeVisible();
  const infobox = page.getByRole('complementary', { name: 'Infobox' });
  await expect(infobox).toContainText('35 minutes');
  await expect(infobox).toContainText('3 August 2023');
  await expect(infobox.getByRole('link', { name: 'Alice Oseman' })).toBeVisible();
  await expect(infobox.getByRole('link', { name: 'Euros Lyn' })).toBeVisible();
  // One quiet line a section, naming no episode and nothing of what it hides.
  for (const name of ['Synopsis', 'Story']) {
    await expect(page.getByRole('region', { name }).getByText('More from episodes you haven’t watched.')).toBeVisible();
  }
  const main = (await page.locator('main').textContent()) ?? '';
  for (const p of storyOf('s2e5')) expect(main).not.toContain(p.title);
  await bodies.idle();
  const hidden = hiddenAt(spoilerStrings(), none);
  expect(leaksIn(bodies.received, hidden), 'a response carries a spoiler “nothing yet” hides').toEqual([]);
});

test('at S2 · E5 its page shows its story in order, and E6’s page its logline, as “next up”, but none of its story', async ({ page, appReady }) => {
  await open(page, paths.episode('s2e5'), watched('s2e5'));
  const story = page.getByRole('region', { name: 'Story' });
  await expect(story.getByRole('heading', { level: 3 })).toHaveText(storyOf('s2e5').map((p) => p.title));
  await expect(story.getByText('More from episodes you haven’t watched.')).toHaveCount(0);

  await appReady();
  await page.getByRole('link', { name: /^Next\b.*S2 · E6/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Truth / Dare' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Synopsis' })).toContainText(loglineOf('s2e6'));
  const next = page.getByRole('region', { name: 'Story' });
  await expect(next.getByText('More from episodes you haven’t watched.')).toBeVisible();
  const main = (await page.locator('main').textContent()) ?? '';
  for (const p of storyOf('s2e6')) expect(main).not.toContain(p.text);
});

test('one story point, one record: on its episode’s page, on each named character’s page and in the timeline’s story order', async ({ page }) => {
  const point = storyOf('s2e5').find((p) => p.characters.length >= 2)!;
  const level = watched('s2e5');
  await open(page, paths.episode('s2e5'), level);
  await expect(page.getByRole('region', { name: 'Story' })).toContainText(point.text);
  for (const id of point.characters) {
    await page.goto(paths.character(id));
    await settled(page, level);
    await expect(page.getByRole('region', { name: 'Storyline' }), id).toContainText(point.text);
  }
  await page.goto(paths.timeline(new URLSearchParams({ order: 'story' })));
  await settled(page, level);
  await expect(page.getByRole('heading', { name: point.title })).toBeVisible();
  // One level down, it is on none of them.
  await storeSettings(page, watched('s2e4'));
  await page.goto(paths.character(point.characters[0]!));
  await settled(page, watched('s2e4'));
  await expect(page.locator('main')).not.toContainText(point.text);
});

test('home links to every episode of the season, and the list of both seasons', async ({ page, appReady }) => {
  await page.goto('/');
  await appReady();
  const episodes = page.getByRole('region', { name: 'Episodes' });
  await expect(episodes.getByRole('link', { name: /^Episode \d: / })).toHaveCount(data.episodes.filter((e) => e.season === 2).length);
  await episodes.getByRole('link', { name: 'Episode 5: Heat' }).click();
  await expect(page).toHaveURL(/\/episodes\/s2e5\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Heat' })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await page.getByRole('link', { name: 'Every episode of both seasons' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Episodes' })).toBeFocused();
  const season1 = page.getByRole('region', { name: 'Season 1' });
  await expect(season1.getByRole('link')).toHaveCount(8);

  // No source gives a Season 1 episode's own length: its page says what sources give the season's, and cites them.
  await season1.getByRole('link', { name: 'Episode 1: Meet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meet' })).toBeFocused();
  const runtime = page.getByRole('complementary', { name: 'Infobox' }).getByRole('definition').filter({ hasText: 'minutes' });
  await expect(runtime).toContainText('about 25–30 minutes');
  await expect(runtime).toContainText('for each episode of the season');
  const footnote = runtime.getByRole('link', { name: /^Source \d+$/ }).last();
  await footnote.click();
  const card = page.getByRole('dialog', { name: /^Source \d+$/ });
  await expect(card).toContainText('How many episodes of Heartstopper are there on Netflix?');
  await expect(card.locator('blockquote')).toContainText('30 minutes');
});

test('a story point’s footnote opens the passage of the article that supports it, with a link to the article', async ({ page, appReady }) => {
  await open(page, paths.episode('s2e5'), watched('s2e5'));
  await appReady();
  const point = storyOf('s2e5').find((p) => p.excerpts?.[p.sources[0]!])!;
  const sourceId = point.sources[0]!;
  const excerpt = point.excerpts![sourceId]!;
  const source = data.sources.find((s) => s.id === sourceId)!;
  const item = page.getByRole('region', { name: 'Story' }).getByRole('listitem').filter({ hasText: point.text });
  // Its footnotes are numbered in the order the page first cites each source: the first is this source's.
  const footnote = item.getByRole('link', { name: /^Source \d+$/ }).first();
  await footnote.click();
  const card = page.getByRole('dialog', { name: /^Source \d+$/ });
  await expect(card.locator('blockquote')).toHaveText(excerpt);
  await expect(card.getByRole('link', { name: /^Read it at / })).toHaveAttribute('href', source.url!);
  await expect(card).toBeFocused();
  expect(page.url()).not.toContain('#');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(footnote).toBeFocused();
});

// Chromium may paint a page before it has parsed all of it, on a busy phone say: a first paint with only some of
// an episode's facts in must give them the widths the whole page gives them, or they move when the rest arrive.
test('an episode’s facts keep their places when the page is painted with only some of them parsed', async ({ page }) => {
  await page.goto('/episodes/s1e2/');
  const facts = page.getByRole('complementary', { name: 'Infobox' }).locator('dl > div');
  const places = () => facts.evaluateAll((all) => all.map((fact) => JSON.stringify(fact.getBoundingClientRect())));
  const whole = await places();
  expect(whole.length).toBeGreaterThan(3);
  await facts.evaluateAll((all) => all.slice(3).forEach((fact) => fact.remove()));
  expect(await places()).toEqual(whole.slice(0, 3));
});
