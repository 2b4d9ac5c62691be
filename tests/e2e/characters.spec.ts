import { expect, test } from '@playwright/test';
import { settled, storeSettings } from './spoiler-settings.ts';

const none = { showAll: false, watched: 'none' };

test.beforeEach(async ({ page }) => {
  await storeSettings(page, none);
});

test('the index lists the leads first, then each group, then who is new in Season 2, each with an avatar', async ({ page }) => {
  await page.goto('/characters/');
  await settled(page, none);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText(['Main characters', 'Friends', 'Family', 'Teachers', 'Others', 'New in Season 2']);
  const leads = main.getByRole('region', { name: 'Main characters' }).getByRole('listitem');
  await expect(leads.first()).toContainText('Nick Nelson');
  await expect(leads.first()).toContainText('Kit Connor');
  await expect(leads.first().locator('svg')).toHaveCount(1);
  await expect(main.getByRole('region', { name: 'New in Season 2' })).toContainText('Stéphane Nelson');
});

test('filters live in the link: a group, new in Season 2, both, and junk left out with a note', async ({ page }) => {
  await page.goto('/characters/');
  await settled(page, none);
  const filters = page.getByRole('navigation', { name: 'Filter characters' });
  await filters.getByRole('link', { name: 'Family' }).click();
  await expect(page).toHaveURL(/\/characters\/\?group=family$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText(['Family']);
  await expect(main.getByRole('listitem').filter({ hasText: 'Stéphane Nelson' })).toHaveCount(1);

  await filters.getByRole('link', { name: 'New in Season 2 only' }).click();
  await expect(page).toHaveURL(/group=family&new=1$/);
  await page.reload();
  await settled(page, none);
  await expect(main.getByRole('heading', { level: 2 })).toHaveText(['New in Season 2: Family']);
  await expect(main.getByRole('listitem').filter({ hasText: 'Jane Spring' })).toHaveCount(0);

  await page.goto('/characters/?group=villains');
  await settled(page, none);
  await expect(main).toContainText('Left out of this link, as it isn’t a filter here: group “villains”.');
  await expect(main.getByRole('heading', { level: 2 }).first()).toHaveText('Main characters');
});
