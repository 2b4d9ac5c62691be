import { expect, test, type Page } from '@playwright/test';
import { layoutShiftOf } from './layout-shift.ts';
import { settled, storeSettings } from './spoiler-settings.ts';
import { data } from './spoiler-strings.ts';

const none = { showAll: false, watched: 'none' };
const statusLine = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ events$/ });
const events = (page: Page) => page.locator('main ol > li');

test.beforeEach(async ({ page }) => {
  await storeSettings(page, none);
});

test('?category=casting shows only casting events, and still does after a reload', async ({ page }) => {
  await page.goto('/timeline/?category=casting');
  await settled(page, none);
  const casting = data.events.filter((e) => e.category === 'casting' && !e.reveals);
  await expect(events(page)).toHaveCount(casting.length);
  for (const e of casting) {
    const item = events(page).filter({ has: page.getByRole('heading', { level: 2, name: e.title }) });
    // Each event says its category.
    await expect(item).toContainText('Casting');
  }
  await expect(page.getByRole('checkbox', { name: /^Casting/ })).toBeChecked();
  await page.reload();
  await settled(page, none);
  await expect(events(page)).toHaveCount(casting.length);
  await expect(page).toHaveURL(/\?category=casting$/);
});

test('clicking a character filter changes the URL, and Back after three clicks leaves the timeline', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await settled(page, none);
  // A character in a public event, so the filter offers them at "nothing yet".
  const id = data.events.find((e) => !e.reveals && e.characters.length > 0)!.characters[0]!;
  const name = data.characters.find((c) => c.id === id)!.name;
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
  await expect(page.getByRole('checkbox', { name: /^On screen/ })).toHaveAccessibleName('On screen (0)');

  const context = await browser.newContext(test.info().project.use);
  const all = await context.newPage();
  await storeSettings(all, { showAll: true, watched: 'none' });
  await all.goto('/timeline/?category=story');
  await settled(all, { showAll: true, watched: 'none' });
  const story = data.events.filter((e) => e.kind === 'story').length;
  await expect(statusLine(all)).toHaveText(`Showing ${story} of ${data.events.length} events`);
  await context.close();
});

test('a shared filtered link moves nothing while the filters apply', async ({ page }) => {
  expect(await layoutShiftOf(page, '/timeline/?category=casting&year=nope')).toBe(0);
  await expect(page.getByRole('note')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Casting/ })).toBeChecked();
});
