import { expect, test, type Page } from '@playwright/test';
import { labelOf, scanPlan, scannedLevels, settled, storeSettings } from './spoiler-settings.ts';
import { isWireLevel, recordBodies } from './received.ts';
import { watchPosition } from '../../src/lib/spoilers.ts';
import { escapeHtml, hiddenAt, leaksIn, queryWords, seasons, shownAt, spoilerStrings } from './spoiler-strings.ts';
import { openHeaderMenu } from './header.ts';
import { sitemapPaths } from './sitemap.ts';
import { openInApp } from './visit.ts';
import { openMeasured, shiftsOnceSettled } from './layout-shift.ts';

const spoilers = spoilerStrings();

/** Everything a reader or a crawler could see: text, every attribute, the title and the meta tags. */
async function surfaces(page: Page) {
  return page.evaluate(() => {
    const attributes: string[] = [];
    for (const el of document.querySelectorAll('*')) for (const a of el.attributes) attributes.push(a.value);
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    return { text: norm(document.body.textContent ?? ''), attributes: norm(attributes.join('\n')), title: document.title };
  });
}


test('the served HTML of every route, the sitemap and the 404 page carry no spoiler', async ({ page }) => {
  const routes = [...(await sitemapPaths(page.request)), '/sitemap.xml', '/this-is-not-a-page/'];
  for (const path of routes) {
    const html = (await (await page.request.get(path)).text()).replace(/\s+/g, ' ');
    // One assertion a page, listing every leak: one per string (hundreds a page) made the runner the bottleneck.
    const leaks = spoilers.filter((s) => html.includes(s.text) || html.includes(escapeHtml(s.text)));
    expect(leaks.map((s) => `(${s.reveals}) “${s.text}”`), `${path} leaks`).toEqual([]);
  }
});

const levels = scannedLevels();
// One test a level, and two for the first, which visits every page (scanPlan): so the two workers share it.
const scans = levels.flatMap((settings, round) => {
  const parts = round === 0 ? 2 : 1;
  return Array.from({ length: parts }, (_, part) => ({ settings, round, part, parts }));
});
for (const { settings, round, part, parts } of scans) {
  const label = labelOf(settings);
  const wire = isWireLevel(settings);
  const title = `leak scan at “${label}”${parts > 1 ? ` (part ${part + 1} of ${parts})` : ''}: every page it can change shows what is allowed and nothing more, moving nothing as it loads` +
    (wire ? ', and neither search nor any response gives more' : '');
  test(title, async ({ page }) => {
    test.setTimeout(120_000);
    await storeSettings(page, settings);
    // At some levels the same visit checks every byte received too (received.ts), once the network is idle.
    const bodies = wire ? recordBodies(page) : undefined;
    const hidden = hiddenAt(spoilers, settings);
    const shown = spoilers.filter((s) => shownAt(s, settings));

    // One assertion a page, listing every leak: thousands of single ones made the test runner the bottleneck.
    const check = async (where: string) => {
      const seen = await surfaces(page);
      const leaks = hidden.flatMap((s) =>
        (['text', 'attributes', 'title'] as const).filter((surface) => seen[surface].includes(s.text)).map((surface) => `${surface} leaks (${s.reveals}) “${s.text}”`),
      );
      expect(leaks, where).toEqual([]);
    };

    // Each page where what it shows could change (scanPlan): loaded from the server at one of its levels (the
    // prerendered page, then hydration with the level's spoilers) and opened in the app, as a link does, at the rest.
    // Each part starts from a fresh document: its first page loads.
    const plan = scanPlan(levels, await sitemapPaths(page.request))[round]!
      .filter((_, i) => i % parts === part)
      .map((visit, i) => (i === 0 ? { ...visit, loads: true } : visit));
    const moved: string[] = [];
    for (const { path, loads } of plan) {
      if (loads) {
        await bodies?.idle();
        // Every page loads once in the scan, at one of its levels: a visitor's first view of it at that level,
        // where nothing may move as the level's spoilers arrive (layout-shift.ts).
        await openMeasured(page, path);
        await settled(page, settings);
        const shifts = await shiftsOnceSettled(page, path);
        if (shifts.length) moved.push(`${path} shifted: ${shifts.join('; ')}`);
      } else {
        await openInApp(page, path);
      }
      // Gated parts arrive after hydration: wait for what the level allows (one poll listing what is still
      // missing, whitespace collapsed as toContainText does), then scan for what it doesn't.
      const due = shown.filter((sp) => sp.pages.includes(path));
      const missing = async () => {
        const main = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
        return due.filter((sp) => !main.includes(sp.text)).map((sp) => `(${sp.reveals}) “${sp.text}”`);
      };
      if (due.length > 0) await expect.poll(missing, { message: `${path} should show` }).toEqual([]);
      await check(path);
    }

    expect(moved).toEqual([]);

    if (wire) {
      // Search with words drawn from what is hidden, nearest first: what the next episodes reveal, where an
      // off-by-one would show it. No result, count or suggestion may give it away. Search shows only what the
      // level's index holds, and every level's index is checked without a browser (data-files.test.ts): the
      // page's use of it is probed here, at the levels whose every byte received is checked too.
      await page.goto('/search/');
      await settled(page, settings);
      const box = page.getByRole('searchbox', { name: /search/i });
      const nearestFirst = [...hidden].sort((a, b) => watchPosition(a.reveals, seasons) - watchPosition(b.reveals, seasons));
      const queries = [...new Set(nearestFirst.flatMap((s) => queryWords(s.text, 2)))].slice(0, 12);
      expect(queries.length).toBeGreaterThan(0);
      for (const q of queries) {
        await box.fill(q);
        await expect(page.getByRole('heading', { level: 2, name: new RegExp(`for “${q}”`) })).toBeVisible();
        await check(`/search/?q=${q}`);
      }
    }

    if (bodies) {
      await bodies.idle();
      expect(bodies.received.some((b) => b.url.includes('/data/'))).toBe(true);
      expect(leaksIn(bodies.received, hidden), 'a response carries a spoiler this level hides').toEqual([]);
    }
  });
}

test.describe('Isaac’s page', () => {
  const isaac = '/characters/isaac-henderson/';

  test('a fresh visitor sees no word of his asexuality storyline; the switch shows it and a reload keeps it', async ({ page, browser }) => {
    await page.goto(isaac);
    await settled(page, { showAll: false, watched: 'none' });
    await expect(page.getByRole('heading', { level: 1, name: 'Isaac Henderson' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/asexual/i);
    expect(await page.content()).not.toMatch(/asexual/i);
    await expect(page).not.toHaveTitle(/asexual/i);

    const toggle = page.getByRole('switch', { name: 'Show spoilers' });
    await openHeaderMenu(page);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(page.locator('main')).toContainText(/asexual/i);

    await page.reload();
    await settled(page, { showAll: true, watched: 'none' });
    await expect(page.locator('main')).toContainText(/asexual/i);

    await openHeaderMenu(page);
    await page.getByRole('switch', { name: 'Show spoilers' }).click();
    await expect(page.locator('body')).not.toContainText(/asexual/i);
    expect(await page.content()).not.toMatch(/asexual/i);

    // The link carries no setting: a second, fresh visitor opening it sees it hidden.
    await openHeaderMenu(page);
    await page.getByRole('switch', { name: 'Show spoilers' }).click();
    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(page.url());
    await settled(fresh, { showAll: false, watched: 'none' });
    await expect(fresh.getByRole('heading', { level: 1, name: 'Isaac Henderson' })).toBeVisible();
    await expect(fresh.locator('body')).not.toContainText(/asexual/i);
    await other.close();
  });

  test('showing a section holds until the page is left', async ({ page }) => {
    await storeSettings(page, { showAll: false, watched: 'none' });
    await page.goto(isaac);
    await settled(page, { showAll: false, watched: 'none' });
    const story = page.getByRole('region', { name: 'Storyline' });
    await story.getByRole('button', { name: 'Show spoilers in “Storyline”' }).click();
    await expect(story).toContainText(/asexual/i);
    await expect(story.locator(':focus')).toContainText(/asexual/i);
    await openHeaderMenu(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Isaac Henderson' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/asexual/i);
  });

  test('the first-visit question sets the level, through the header’s control for part of Season 2', async ({ page }) => {
    await page.goto(isaac);
    await settled(page, { showAll: false, watched: 'none' });
    const sheet = page.getByRole('region', { name: 'How far have you watched?' });
    await sheet.getByRole('button', { name: 'Some of Season 2…' }).click();
    await page.getByRole('radio', { name: 'E8 · Perfect' }).check();
    await page.getByRole('button', { name: 'Show up to S2 · E8' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.locator('main')).toContainText(/asexual/i);
    await page.reload();
    await settled(page, { showAll: false, watched: 's2e8' });
    await expect(page.getByRole('region', { name: 'How far have you watched?' })).toHaveCount(0);
  });
});
