/**
 * The pre-paint script. vite.config.ts builds it with the app's own modules into one classic script that
 * defines no global, and every page carries it inline in its `<head>` (allowed by the Content Security Policy
 * by its hash), so it runs before the first paint without waiting for a request:
 * - the theme the viewer chose goes on the page, so it is never painted in the other one;
 * - the display font draws the headings if this device holds it (src/lib/display-font.ts), and is fetched now;
 * - a page the app will change once it runs (a returning viewer's spoiler level, or filters in the link) is
 *   marked as settling (src/lib/settling.ts), so what could move stays out of sight until then;
 * - that viewer's spoilers for this page start downloading now, not once the app has loaded.
 */
import { parseTheme, THEME_ATTRIBUTE } from '@/features/theme/theme-store.ts';
import { hintedGatedParts } from '@/lib/dataset.ts';
import { DISPLAY_FONT_ATTRIBUTE, drawDisplayFontIfHeld } from '@/lib/display-font.ts';
import { levelPartName } from '@/lib/gated.ts';
import { markSettling, SETTLING_ATTRIBUTE } from '@/lib/settling.ts';
import { parsePreferences } from '@/lib/spoiler-preferences.ts';
import { parseEpisodeCode } from '@/lib/spoilers.ts';
import { STORAGE_KEYS } from '@/lib/storage-keys.mjs';

/**
 * What this script may set on `<html>` that a prerendered page doesn't have. The CSS a page carries for its first
 * paint is found in the page as prerendered, so it keeps every rule that selects these too (scripts/critical-css.mjs).
 */
export const PREPAINT_ATTRIBUTES = [THEME_ATTRIBUTE, SETTLING_ATTRIBUTE, DISPLAY_FONT_ATTRIBUTE] as const;

export function prepaint(page: Document, storage: () => Storage): void {
  // Storage that throws (private mode, a blocked setting) reads as nothing chosen: the defaults.
  const stored = (key: string) => {
    try {
      return storage().getItem(key);
    } catch {
      return null;
    }
  };
  const root = page.documentElement;
  const theme = parseTheme(stored(STORAGE_KEYS.theme));
  if (theme) root.setAttribute(THEME_ATTRIBUTE, theme);
  drawDisplayFontIfHeld(page, stored);

  const { showAll, watched } = parsePreferences(stored(STORAGE_KEYS.spoilers));
  if (showAll || watched !== 'none' || page.location.search.length > 1) markSettling(root);
  // A whole season (`s1`, from an older version) needs the episode list to name its part: the app fetches it.
  const part = showAll || parseEpisodeCode(watched)?.episode !== undefined ? levelPartName({ showAll, watched }) : null;
  if (part === null) return;
  for (const href of hintedGatedParts(page, part)) {
    const link = page.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    page.head.append(link);
  }
}
