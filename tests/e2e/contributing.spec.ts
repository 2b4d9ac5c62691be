import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCALED_URL } from '../../playwright.config.ts';
import { dataFileName, entryLines } from '../../src/lib/data-files.mjs';
import { paths } from '../../src/lib/paths.ts';
import { expect, test } from './test.ts';

// `npm run build` names no repository; `npm run build:100x` names one (--repository-url in package.json), so
// the two builds the suite serves show the page without the link and with it.
const REPOSITORY = 'https://github.com/example/heartstopper-wiki/blob/main/';

test('“Improve this page” shows only when the build names the repository, and leads to the entry behind the page', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'the link and its address are the same at every width: the phone checks them');
  await page.goto(paths.character('nick-nelson'));
  await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Improve this page' })).toHaveCount(0);

  await page.goto(`${SCALED_URL}${paths.character('nick-nelson')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  // The line is the entry's in the data that build read.
  const built = readFileSync(join(process.cwd(), '.bench/data-100x', dataFileName('characters')), 'utf8');
  const line = entryLines(built).get('nick-nelson');
  await expect(page.getByRole('link', { name: 'Improve this page' })).toHaveAttribute('href', `${REPOSITORY}data/characters.json#L${line}`);
  await expect(page.getByRole('link', { name: 'How to contribute' })).toHaveAttribute('href', `${REPOSITORY}CONTRIBUTING.md`);
});
