import { paths } from '../../src/lib/paths.ts';
import { readRawCollections } from '../../src/lib/dataset-source.server.ts';
import type { ReceptionItem } from '../../src/lib/schema.server.ts';
import { sitemapPaths } from './sitemap.ts';
import { expect, test } from './test.ts';

const reception = readRawCollections().reception as ReceptionItem[];
const awards = reception.filter((r): r is Extract<ReceptionItem, { kind: 'award' }> => r.kind === 'award');

test('home leads to reviews and awards, counted from the data, each with its source a tap away', async ({ page, appReady }) => {
  await page.goto(paths.home());
  await appReady();
  await page.getByRole('navigation', { name: 'Start here' }).getByRole('link', { name: 'Reviews and awards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reception' })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // The first ceremony, and what the data says it gave.
  const first = awards.toSorted((a, b) => a.year - b.year)[0]!;
  const given = awards.filter((a) => a.year === first.year && a.ceremony === first.ceremony);
  const wins = given.filter((a) => a.result === 'won').length;
  const ceremony = page.getByRole('region', { name: `${first.year} ${first.ceremony}` });
  await expect(ceremony.getByRole('heading', { level: 3 })).toContainText(`from ${given.length} nomination`);
  await expect(ceremony.getByRole('heading', { level: 3 })).toContainText(`${wins} win`);
  await expect(ceremony.getByRole('listitem')).toHaveCount(given.length);

  const award = ceremony.getByRole('listitem').filter({ hasText: first.category }).first();
  await award.getByRole('link', { name: /^Source \d+$/ }).first().click();
  await expect(page.getByRole('dialog', { name: /^Source \d+$/ }).locator('blockquote')).toHaveText(first.excerpts![first.sources[0]!]!);
});

test('the reception page is prerendered with its own head, in the sitemap, and linked from every page’s footer', async ({ page, request, isMobile }) => {
  test.skip(!isMobile, 'the served HTML and the sitemap are the same at every width: the phone checks them');
  expect(await sitemapPaths(request)).toContain(paths.reception());
  const response = await page.goto(paths.reception());
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/^Reception · /);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/reception\/$/);
  await page.goto(paths.about());
  await expect(page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Reception and awards' })).toHaveAttribute('href', paths.reception());
});
