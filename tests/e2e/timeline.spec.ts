import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { SCALED_URL } from '../../playwright.config.ts';
import { dataFileName, entriesOf } from '../../src/lib/data-files.mjs';
import { compareDates } from '../../src/lib/dates.ts';
import { paths } from '../../src/lib/paths.ts';
import { partOf, timelinePages, yearOf, yearPages } from '../../src/lib/timeline-pages.ts';
import type { TimelineEvent } from '../../src/lib/schema.server.ts';
import { SETTLE } from '../../src/lib/settling.ts';
import { fallbackClock, layoutShiftsOf, openMeasured, shiftsOnceSettled } from './layout-shift.ts';
import { settled, storeSettings } from './spoiler-settings.ts';
import { data } from './spoiler-strings.ts';
import { openHeaderMenu } from './header.ts';
import { expect, test } from './test.ts';

const none = { showAll: false, watched: 'none' };
const statusLine = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ events$/ });
const events = (page: Page) => page.locator('main article');

/** Below 40rem the filters fold behind a "Filters" button; wider, they are always open. */
async function openFilters(page: Page) {
  if (page.viewportSize()!.width >= 640) return;
  const button = page.getByRole('button', { name: /^Filters/ });
  // The click waits for the button, which a client navigation may not have drawn yet.
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

test.beforeEach(async ({ page }) => {
  await storeSettings(page, none);
});

test('?category=casting shows only casting events, and still does after a reload', async ({ page }) => {
  await page.goto('/timeline/?category=casting');
  await settled(page, none);
  const casting = data.events.filter((e) => e.category === 'casting' && !e.reveals);
  await expect(events(page)).toHaveCount(casting.length);
  for (const e of casting) {
    const item = events(page).filter({ has: page.getByRole('heading', { name: e.title }) });
    // Each event says its category.
    await expect(item).toContainText('Casting');
  }
  await openFilters(page);
  await expect(page.getByRole('checkbox', { name: /^Casting/ })).toBeChecked();
  await page.reload();
  await settled(page, none);
  await expect(events(page)).toHaveCount(casting.length);
  await expect(page).toHaveURL(/\?category=casting$/);
});

test('clicking a character filter changes the URL, and Back after three clicks leaves the timeline', async ({ page, appReady }) => {
  await page.goto('/');
  // The link is followed in the app, so the filters' clicks are the only history entries after it.
  await appReady();
  await openHeaderMenu(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await settled(page, none);
  // A character in a public event, so the filter offers them at "nothing yet".
  const id = data.events.find((e) => !e.reveals && e.characters.length > 0)!.characters[0]!;
  const name = data.characters.find((c) => c.id === id)!.name;
  await openFilters(page);
  await page.locator('summary', { hasText: 'Characters' }).click();
  await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
  await expect(page).toHaveURL(new RegExp(`/timeline/\\?character=${id}$`));
  await page.getByRole('checkbox', { name: /^Casting/ }).check();
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2022');
  await expect(page).toHaveURL(new RegExp(`category=casting&character=${id}&year=2022$`));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Timeline');
  await expect(page).toHaveURL(/\/$/);
});

test('chips clear one filter each, and the empty state offers to clear them all', async ({ page }) => {
  await page.goto('/timeline/?category=casting&category=comic&year=2099');
  await settled(page, none);
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Remove filter: 2099' }).click();
  await expect(page).toHaveURL(/\?category=comic&category=casting$/);
  await expect(events(page)).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/timeline\/$/);
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
});

test('junk filter values are left out with a note, and the page still works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/timeline/?category=%3Cscript%3E&character=nobody&year=abc&from=s9e99');
  await settled(page, none);
  const note = page.getByRole('note');
  await expect(note).toContainText('weren’t recognised');
  await expect(note).toContainText('category “<script>”');
  await expect(note).toContainText('character “nobody”');
  await expect(note).toContainText('year “abc”');
  await expect(note).toContainText('from “s9e99”');
  const publicEvents = data.events.filter((e) => !e.reveals).length;
  await expect(statusLine(page)).toHaveText(`Showing ${publicEvents} of ${publicEvents} events`);
  expect(errors).toEqual([]);
});

test('the counts count only what the viewer may see, so they never change with hidden events', async ({ page, browser }) => {
  await page.goto('/timeline/?category=story');
  await settled(page, none);
  const publicEvents = data.events.filter((e) => !e.reveals).length;
  await expect(statusLine(page)).toHaveText(`Showing 0 of ${publicEvents} events`);
  await openFilters(page);
  await expect(page.getByRole('checkbox', { name: /^On screen/ })).toHaveAccessibleName('On screen (0)');

  const context = await browser.newContext(test.info().project.use);
  const all = await context.newPage();
  await storeSettings(all, { showAll: true, watched: 'none' });
  await all.goto('/timeline/?category=story');
  await settled(all, { showAll: true, watched: 'none' });
  // The story is data/story.json's, one timeline event a point.
  await expect(statusLine(all)).toHaveText(`Showing ${data.story.length} of ${data.events.length + data.story.length} events`);
  await context.close();
});

test('a shared filtered link moves nothing while the filters apply', async ({ page }) => {
  expect(await layoutShiftsOf(page, '/timeline/?category=casting&year=nope')).toEqual([]);
  await expect(page.getByRole('note')).toBeVisible();
  await openFilters(page);
  await expect(page.getByRole('checkbox', { name: /^Casting/ })).toBeChecked();
});

test('on a device slow to hydrate, a filtered link still moves nothing: once its app has come, the page waits for it past 2 s', async ({ page }) => {
  const path = '/timeline/?category=casting&year=nope';
  // The app's entry arrives at once, but the timeline's own code, which hydration waits for, is held back.
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/assets/timeline-route-*.js', async (route) => {
    await held;
    await route.continue();
  });
  // The fallback's clock stands still while the page loads (openMeasured), so the entry starts well within
  // its 2 s, and gives hydration the longer wait.
  await openMeasured(page, path, { appReady: false });
  await expect(page.locator('html')).toHaveAttribute('data-settling', 'hydrating');
  // The clock runs past the 2 s the fallback would otherwise have run out at, and stops again.
  await fallbackClock(page, 1);
  await page.waitForFunction((ms) => (document.timeline.currentTime as number) > ms, SETTLE.withinMs);
  await fallbackClock(page, 0);
  // What the filters could move is still held back, however long hydration takes from here.
  await expect(page.getByRole('form', { name: 'Filter the timeline' })).toBeHidden();
  release();
  expect(await shiftsOnceSettled(page, path)).toEqual([]);
  await expect(page.getByRole('form', { name: 'Filter the timeline' })).toBeVisible();
  await expect(page.getByRole('note')).toBeVisible();
});

/** The middle of the element is inside the viewport. */
async function inView(page: Page, id: string) {
  return page.evaluate((id) => {
    const box = document.getElementById(id)!.getBoundingClientRect();
    const middle = box.top + Math.min(box.height, 40) / 2;
    return middle >= 0 && middle <= window.innerHeight;
  }, id);
}

test('an event deep link scrolls to its event and highlights it', async ({ page }) => {
  const target = data.events.filter((e) => !e.reveals).at(-2)!;
  await page.goto(`/timeline/#${target.id}`);
  await settled(page, none);
  const article = page.locator(`article#${target.id}`);
  await expect(article).toHaveAttribute('data-targeted', 'true');
  await expect.poll(() => inView(page, target.id)).toBe(true);
  // The highlight is visible: its background is not the page's.
  const [own, pageBackground] = await article.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(document.body).backgroundColor]);
  expect(own).not.toBe(pageBackground);
  await expect(page.locator('article[data-targeted]')).toHaveCount(1);
});

test('copy link copies the event’s link with the current filters, and says so politely', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const target = data.events.find((e) => e.category === 'casting' && !e.reveals)!;
  await page.goto('/timeline/?category=casting');
  await settled(page, none);
  await page.getByRole('button', { name: `Copy link to “${target.title}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(`Link to “${target.title}” copied.`);
  await expect(page.getByRole('button', { name: `Link copied to “${target.title}”` })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/timeline/?category=casting#${target.id}`);
  // The copied link, opened, lands on that event in that view.
  await page.goto(copied);
  await settled(page, none);
  await expect(page.locator(`article#${target.id}`)).toHaveAttribute('data-targeted', 'true');
});

test('a link to an event the filters hide says so and shows it on request', async ({ page }) => {
  const target = data.events.find((e) => e.category === 'release' && !e.reveals)!;
  await page.goto(`/timeline/?category=casting#${target.id}`);
  await settled(page, none);
  const note = page.getByRole('note').filter({ hasText: 'isn’t in the current view' });
  await expect(note).toBeVisible();
  await note.getByRole('button', { name: 'Show it' }).click();
  await expect(page).toHaveURL(new RegExp(`/timeline/#${target.id}$`));
  const article = page.locator(`article#${target.id}`);
  await expect(article).toBeFocused();
  await expect.poll(() => inView(page, target.id)).toBe(true);
});

test('a link to a story event the viewer hasn’t reached says so in neutral words and offers the level control', async ({ page }) => {
  const secret = data.story.find((p) => p.reveals === 's2e5')!;
  await page.goto(`/timeline/#${secret.id}`);
  await settled(page, none);
  const note = page.getByRole('note');
  await expect(note).toContainText('The event this link points to isn’t shown.');
  await expect(page.locator('main')).not.toContainText(secret.title);
  // The same words for an id that never existed: nothing tells the two apart.
  const words = await note.textContent();
  await page.goto('/timeline/#no-such-event');
  await settled(page, none);
  await expect(page.getByRole('note')).toHaveText(words!);
  await page.getByRole('button', { name: 'Change what I’ve watched' }).click();
  await expect(page.getByRole('radio', { name: 'Nothing yet' })).toBeVisible();
});

test('story order lives in the URL: the story by episode, framed by each season’s release', async ({ page }) => {
  const all = { showAll: true, watched: 'none' };
  await storeSettings(page, all);
  await page.goto('/timeline/');
  await settled(page, all);
  await page.getByRole('radio', { name: 'In story order' }).check();
  await expect(page).toHaveURL(/\/timeline\/\?order=story$/);
  await page.reload();
  await settled(page, all);
  await expect(page.getByRole('radio', { name: 'In story order' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 2, name: 'Season 2' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^S2 · E5 / })).toBeAttached();
  // Each story event says which episode, by number and title.
  const heat = data.episodes.find((e) => e.id === 's2e5')!;
  await expect(events(page).filter({ hasText: `S2 · E5 ${heat.title}` })).not.toHaveCount(0);
  // No real-world news other than the releases, and no year headings.
  await expect(events(page).filter({ hasText: /\bCasting\b/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: '2022' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Timeline overview' })).toHaveCount(0);
});

test('the overview ribbon jumps to a month', async ({ page }) => {
  await page.goto('/timeline/');
  await settled(page, none);
  const ribbon = page.getByRole('navigation', { name: 'Timeline overview' });
  await ribbon.getByRole('link', { name: /^December 2022: 1 event$/ }).click();
  const heading = page.getByRole('heading', { name: 'December 2022' });
  await expect(heading).toBeFocused();
  await expect.poll(() => inView(page, 'when-2022-12')).toBe(true);
  // A jump, not a navigation: the URL keeps no fragment.
  await expect(page).toHaveURL(/\/timeline\/$/);
});

/** The 100× build's own events (`npm run build:100x`), as its data has them. */
const scaledEvents = entriesOf('events', JSON.parse(readFileSync(join(process.cwd(), '.bench/data-100x', dataFileName('events')), 'utf8'))) as TimelineEvent[];
const scaledPublic = scaledEvents.filter((e) => !e.reveals);
/** The page of the 100× timeline each public event is on, and its pages besides `/timeline/`, in order. */
const scaledPages = timelinePages(scaledEvents);
const scaledPageNames = yearPages(scaledPages);

test.describe('at 100 times the events', () => {
  test('every page of the timeline answers with at most 30 KB of gzip, its data block included', async ({ request }) => {
    test.skip(test.info().project.name !== 'desktop', 'One request a page: the width of a page changes nothing in its HTML.');
    const sitemap = await (await request.get(`${SCALED_URL}/sitemap.xml`)).text();
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).filter((p) => p.startsWith(paths.timeline()));
    expect(pages).toEqual([paths.timeline(), ...scaledPageNames.map((name) => paths.timelinePage(name))]);
    // The scaled years really are cut: some go on to a second page.
    expect(scaledPageNames.some((name) => name.includes('/'))).toBe(true);
    const sizes: string[] = [];
    const over: string[] = [];
    // One at a time: dozens at once only queue at the server.
    for (const p of pages) {
      const bytes = gzipSync(await (await request.get(`${SCALED_URL}${p}`)).body()).length;
      sizes.push(`${p} ${(bytes / 1024).toFixed(1)} KB`);
      if (bytes > 30 * 1024) over.push(`${p}: ${bytes} B`);
    }
    console.log(`Timeline pages at 100×, gzip: ${sizes.join(', ')}`);
    expect(over).toEqual([]);
  });

  test('a link to any event lands on it and highlights it: an old /timeline/#id moves to its year, and a view of the whole timeline reaches thousands of rows down', async ({ page }) => {
    // On a later page of its year: the old link names neither.
    const early = scaledPublic.filter((e) => yearOf(e.date) === '2017').at(-2)!;
    expect(partOf(scaledPages.get(early.id)!)).toBeGreaterThan(1);
    await page.goto(`${SCALED_URL}/timeline/#${early.id}`);
    await settled(page, none);
    await expect(page).toHaveURL(`${SCALED_URL}${paths.timelineEvent(early.id, undefined, scaledPages.get(early.id))}`);
    await expect(page.locator(`article#${early.id}`)).toHaveAttribute('data-targeted', 'true');
    await expect.poll(() => inView(page, early.id)).toBe(true);

    // Every news event is in a story range's view (it narrows the story alone): the whole timeline, one list.
    const far = scaledPublic.toSorted((a, b) => a.date.localeCompare(b.date)).at(-200)!;
    await page.goto(`${SCALED_URL}/timeline/?from=s1e1#${far.id}`);
    await settled(page, none);
    const article = page.locator(`article#${far.id}`);
    await expect(article).toHaveAttribute('data-targeted', 'true');
    await expect(article.getByRole('heading', { name: far.title })).toBeVisible();
    await expect.poll(() => inView(page, far.id)).toBe(true);
    expect(await events(page).count()).toBeLessThan(60);
    await expect(statusLine(page)).toHaveText(`Showing ${scaledPublic.length} of ${scaledPublic.length} events`);
  });

  test('a filter covers the whole timeline, with exact counts', async ({ page }) => {
    test.skip(test.info().project.name !== 'desktop', 'Counting is the same at every width; the folded filters are the 1× tests’ on a phone.');
    await page.goto(`${SCALED_URL}/timeline/`);
    await settled(page, none);
    await expect(statusLine(page)).toHaveText(new RegExp(`^Showing \\d+ of ${scaledPublic.length} events$`));
    const casting = scaledPublic.filter((e) => e.category === 'casting');
    await openFilters(page);
    const box = page.getByRole('checkbox', { name: /^Casting/ });
    await expect(box).toHaveAccessibleName(`Casting (${casting.length})`);
    await box.check();
    await expect(statusLine(page)).toHaveText(`Showing ${casting.length} of ${scaledPublic.length} events`);
    const inYear = casting.filter((e) => yearOf(e.date) === '2019').length;
    await page.getByRole('combobox', { name: 'Year' }).selectOption('2019');
    await expect(statusLine(page)).toHaveText(`Showing ${inYear} of ${scaledPublic.length} events`);
    await expect(events(page).first()).toContainText('Casting');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('every page of every year of the timeline is reached by a plain link, and lists all its events', async ({ page }) => {
      test.skip(test.info().project.name !== 'desktop', 'Plain links and prerendered lists: the width changes none of them.');
      const years = [...new Set(scaledPublic.map((e) => yearOf(e.date)))].sort();
      await page.goto(`${SCALED_URL}/timeline/`);
      const pages = page.getByRole('navigation', { name: 'Timeline pages' });
      for (const year of years) await expect(pages.getByRole('link', { name: year, exact: true })).toHaveAttribute('href', `/timeline/${year}/`);
      for (const name of scaledPageNames.filter((n) => partOf(n) > 1)) {
        await expect(pages.getByRole('link', { name: `${yearOf(name)}, page ${partOf(name)}`, exact: true })).toHaveAttribute('href', paths.timelinePage(name));
      }
      await expect(pages.getByRole('link')).toHaveCount(scaledPageNames.length + 1);
      const later = scaledPageNames.find((n) => partOf(n) > 1)!;
      await pages.getByRole('link', { name: `${yearOf(later)}, page ${partOf(later)}`, exact: true }).click();
      await expect(page).toHaveURL(`${SCALED_URL}${paths.timelinePage(later)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Timeline: ${yearOf(later)}, page ${partOf(later)}`);
      // By date; a day's events in the data's order.
      const listed = scaledPublic.filter((e) => scaledPages.get(e.id) === later).toSorted((a, b) => compareDates(a.date, b.date));
      await expect(events(page)).toHaveCount(listed.length);
      expect(await events(page).evaluateAll((articles) => articles.map((a) => a.id))).toEqual(listed.map((e) => e.id));
    });

    test('a character page links each public event to the page that lists it', async ({ page }) => {
      test.skip(test.info().project.name !== 'desktop', 'Plain links and prerendered lists: the width changes none of them.');
      const scaledCharacters = entriesOf('characters', JSON.parse(readFileSync(join(process.cwd(), '.bench/data-100x', dataFileName('characters')), 'utf8'))) as { id: string }[];
      // A character in an event on a later page of its year.
      const event = scaledPublic.find((e) => partOf(scaledPages.get(e.id)!) > 1 && e.characters.some((c) => scaledCharacters.some((x) => x.id === c)))!;
      await page.goto(`${SCALED_URL}${paths.character(event.characters[0]!)}`);
      const link = page.getByRole('region', { name: 'On the timeline' }).getByRole('link', { name: event.title, exact: true });
      await expect(link).toHaveAttribute('href', paths.timelineEvent(event.id, undefined, scaledPages.get(event.id)));
      await link.click();
      await expect(page.locator(`article#${event.id}`)).toBeVisible();
    });
  });
});

test('showing the story events puts focus on the list they were revealed in', async ({ page }) => {
  await page.goto('/timeline/');
  await settled(page, none);
  await page.getByRole('button', { name: /^Show spoilers in “the timeline”/ }).click();
  const story = data.story.find((p) => p.reveals === 's1e1' && p.order === 1)!;
  await expect(page.getByRole('heading', { name: story.title })).toBeVisible();
  await expect(page.locator('main article').first().locator('xpath=..')).toBeFocused();
});
