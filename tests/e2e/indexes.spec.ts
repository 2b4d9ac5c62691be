/**
 * The indexes that grow with the data (sources, characters, cast), at 100 times the data: cut into pages a
 * plain link reaches, and a link to one entry still lands on it. Their byte budget is in delivery.spec.ts.
 */
import type { APIRequestContext } from '@playwright/test';
import { SCALED_URL } from '../../playwright.config.ts';
import { axeProblems, useAxe } from './axe.ts';
import { expect, test } from './test.ts';

/** The pages of the scaled site's sitemap under `section` (`/sources/`), the section's own page first. */
async function scaledPages(request: APIRequestContext, section: RegExp): Promise<string[]> {
  const sitemap = await (await request.get(`${SCALED_URL}/sitemap.xml`)).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).filter((p) => section.test(p));
}

/** Each index, and the pages it is cut into at 100× (sources by year, characters and cast by letter). */
const INDEXES: [index: string, pages: RegExp][] = [
  ['/sources/', /^\/sources\/\d{4}\/(\d+\/)?$/],
  ['/characters/', /^\/characters\/by-name\/[a-z]+\/$/],
  ['/cast/', /^\/cast\/by-name\/[a-z]+\/$/],
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page of the sources, characters and cast indexes is a plain link from the index', async ({ page, isMobile }) => {
    test.skip(isMobile, 'links are the same at every width: the desktop checks them');
    for (const [index, section] of INDEXES) {
      const pages = await scaledPages(page.request, section);
      expect(pages.length, index).toBeGreaterThan(10);
      await page.goto(`${SCALED_URL}${index}`);
      const links = await page.getByRole('main').getByRole('link').evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).pathname));
      expect(new Set(links.filter((l) => section.test(l))), index).toEqual(new Set(pages));
    }
  });
});

test('a filtered link to the characters at 100× shows that group’s new characters, fetched once the app runs', async ({ page, isMobile, appReady }) => {
  test.skip(isMobile, 'what a filter shows is the same at every width: the desktop checks it');
  await page.goto(`${SCALED_URL}/characters/?group=family&new=1`);
  await appReady();
  const chosen = page.getByRole('region', { name: 'New in Season 2: Family' });
  await expect(chosen.getByRole('listitem').first()).toBeVisible();
  expect(await chosen.getByRole('listitem').count()).toBeGreaterThan(50);
});

test('a link to a source on a later page of its year lands on it, from the address sources had before they had pages', async ({ page, isMobile, appReady }) => {
  test.skip(isMobile, 'where a link lands is the same at every width: the desktop checks it');
  const [later] = await scaledPages(page.request, /^\/sources\/\d{4}\/2\/$/);
  expect(later).toBeDefined();
  const html = await (await page.request.get(`${SCALED_URL}${later}`)).text();
  const id = /<li id="([^"]+)"/.exec(html)?.[1];
  expect(id).toBeDefined();
  await page.goto(`${SCALED_URL}/sources/#${id}`);
  await appReady();
  await expect(page).toHaveURL(`${SCALED_URL}${later}#${id}`);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

// The accessibility sweep (accessibility.spec.ts) sees the 1× site, where no year has later pages and no index
// is cut by letter. At 100× those links are a digit or a letter wide, and a dated source's "How we dated this"
// can sit just under its link: each must still be a target a thumb can hit (axe's target-size, WCAG 2.5.8).
test('at 100×, the pages that link a year’s later pages or an index’s letters pass axe at both widths', async ({ page, appReady }) => {
  test.setTimeout(60_000);
  await useAxe(page);
  const [sourceYearWithParts] = await scaledPages(page.request, /^\/sources\/\d{4}\/2\/$/);
  const [castLetter] = await scaledPages(page.request, /^\/cast\/by-name\/[a-z]+\/$/);
  const problems: string[] = [];
  for (const path of ['/timeline/', '/characters/nick-nelson/', '/sources/', sourceYearWithParts!, '/cast/', castLetter!]) {
    await page.goto(`${SCALED_URL}${path}`);
    await appReady();
    problems.push(...(await axeProblems(page, path)));
  }
  expect(problems).toEqual([]);
});
