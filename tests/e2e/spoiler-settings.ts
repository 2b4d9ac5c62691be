import { expect, type Page } from '@playwright/test';
import type { SpoilerSettings } from '../../src/lib/spoilers.ts';
import { STORAGE_KEYS } from '../../src/lib/storage-keys.mjs';
import { firstOfKind } from './sitemap.ts';
import { data, shownAt, spoilerStrings, visibleAt, type SpoilerString } from './spoiler-strings.ts';
import { waitForAppReady } from './test.ts';

/** Every level the "I've watched" control offers, then the switch: nothing, each episode of both seasons, everything. */
export const LEVELS: SpoilerSettings[] = [
  { showAll: false, watched: 'none' },
  ...[...data.episodes]
    .sort((a, b) => a.season - b.season || a.number - b.number)
    .map((e) => ({ showAll: false, watched: e.id })),
  { showAll: true, watched: 'none' },
];

/** What these settings see of `strings`, one letter each: shown, visible but replaced by a later stage, or hidden. */
const sees = (strings: SpoilerString[], settings: SpoilerSettings) =>
  strings.map((s) => (shownAt(s, settings) ? 's' : visibleAt(s, settings) ? 'v' : '-')).join('');

/** Per level, whether it is the first or the last of a run of levels that see the same (`seen`, one per level). */
const runEdges = (seen: string[]) => seen.map((level, i) => level !== seen[i - 1] || level !== seen[i + 1]);

/**
 * The levels the scan visits. Neighbouring levels that may see exactly the same (an episode that reveals
 * nothing in `data/`) would repeat each other's scan, so of each run of equal levels it takes the
 * first, where something new shows, and the last, just before the next reveal, where an off-by-one would
 * leak; and always the switch. The data decides which levels those are.
 */
export function scannedLevels(): SpoilerSettings[] {
  const spoilers = spoilerStrings();
  const edges = runEdges(LEVELS.map((settings) => sees(spoilers, settings)));
  return LEVELS.filter((settings, i) => settings.showAll || edges[i]);
}

/** One page of a level's scan: its path, and whether it loads from the server (else it opens in the app). */
export type ScanVisit = { path: string; loads: boolean };

/**
 * The pages the leak scan visits at each of `levels`, out of `sitemap`: the same principle as `scannedLevels`,
 * page by page. A page shows the same at neighbouring levels that see the same of its own strings, so it is
 * visited at the first and the last of each run of equal levels: where its next string appears and just before,
 * where an off-by-one would show it. Every page is visited at the first level too; at the last, the switch,
 * those that show something new there and one page of each kind.
 * (What every data file holds at every level is checked without a browser: tests/data/data-files.test.ts.)
 * Each page loads from the server at one of its visits (taken in turn, so the loads spread across the levels)
 * and opens in the app at the others, as a link does; the first page of each level loads, so the level starts
 * from a fresh document.
 */
export function scanPlan(levels: SpoilerSettings[], sitemap: string[]): ScanVisit[][] {
  const spoilers = spoilerStrings();
  const last = levels.length - 1;
  const visited = sitemap.map((path) => {
    const own = spoilers.filter((s) => s.pages.includes(path));
    const seen = levels.map((settings) => sees(own, settings));
    const edges = runEdges(seen);
    // The first level ends a run, so every page is visited there. The last (the switch) has no reveal after it
    // to show early: a page is visited there if it shows something new, or as the first of its kind, since
    // the switch asks for a part of its own (`everything`) that each kind of page reads the same way.
    edges[last] = seen[last] !== seen[last - 1] || firstOfKind(path, sitemap);
    return edges;
  });
  const loadsAt = visited.map((at, page) => {
    const rounds = at.flatMap((yes, round) => (yes ? [round] : []));
    return rounds[page % rounds.length];
  });
  return levels.map((_, round) => {
    const visits = sitemap.flatMap((path, page) => (visited[page]![round] ? [{ path, loads: loadsAt[page] === round }] : []));
    return visits.map((visit, i) => (i === 0 ? { ...visit, loads: true } : visit));
  });
}

export const labelOf = (settings: SpoilerSettings) => (settings.showAll ? 'show spoilers' : `watched ${settings.watched}`);

/** Starts every page of the context with these preferences stored, as a returning visitor. */
export async function storeSettings(page: Page, settings: SpoilerSettings) {
  await page.addInitScript(
    ([key, value]) => window.localStorage.setItem(key!, value!),
    [STORAGE_KEYS.spoilers, JSON.stringify({ ...settings, promptDismissed: true })],
  );
}

/** What the header's "I've watched" button says for these settings. */
export function levelSummary(settings: SpoilerSettings): string {
  if (settings.showAll) return 'Everything';
  const match = /^s(\d+)e(\d+)$/.exec(settings.watched);
  return match ? `Up to S${match[1]} · E${match[2]}` : 'Nothing yet';
}

/**
 * Waits until the app is ready (hydrated, its router listening) and has applied the stored preference. (On a
 * phone the controls are in the header's closed menu, and the menu button shows the level.)
 */
export async function settled(page: Page, settings: SpoilerSettings) {
  await waitForAppReady(page);
  const toggle = page.getByRole('switch', { name: 'Show spoilers', includeHidden: true });
  await expect(toggle).toHaveAttribute('aria-checked', String(settings.showAll));
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: /^I’ve watched/, includeHidden: true })).toContainText(levelSummary(settings));
  await expect(banner.getByRole('button', { name: /^Menu, spoilers: /, includeHidden: true })).toContainText(levelSummary(settings));
}
