import { expect, type Page } from '@playwright/test';
import type { SpoilerSettings } from '../../src/lib/spoilers.ts';
import { STORAGE_KEYS } from '../../src/lib/storage-keys.mjs';
import { data, shownAt, spoilerStrings, visibleAt } from './spoiler-strings.ts';
import { waitForAppReady } from './test.ts';

/** Every level the "I've watched" control offers, then the switch: nothing, each episode of both seasons, everything. */
export const LEVELS: SpoilerSettings[] = [
  { showAll: false, watched: 'none' },
  ...[...data.episodes]
    .sort((a, b) => a.season - b.season || a.number - b.number)
    .map((e) => ({ showAll: false, watched: e.id })),
  { showAll: true, watched: 'none' },
];

/**
 * The levels the scan visits. Neighbouring levels that may see exactly the same (today nothing is revealed in
 * S1 E2 to E7, nor in S2 E1 to E3) would repeat each other's scan, so of each run of equal levels it takes the
 * first, where something new shows, and the last, just before the next reveal, where an off-by-one would
 * leak; and always the switch. The data decides which levels those are.
 */
export function scannedLevels(): SpoilerSettings[] {
  const spoilers = spoilerStrings();
  const sees = (settings: SpoilerSettings) => spoilers.map((s) => (shownAt(s, settings) ? 's' : visibleAt(s, settings) ? 'v' : '-')).join('');
  const seen = LEVELS.map(sees);
  return LEVELS.filter((settings, i) => settings.showAll || seen[i] !== seen[i - 1] || seen[i] !== seen[i + 1]);
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
