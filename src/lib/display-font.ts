/**
 * The display font (Fraunces, src/styles/fonts.css) draws the headings once this device holds it (docs/decisions/
 * 0038). A first visit paints at once in the fallback serif: it never waits for the font, never hides the
 * headings while it loads, and never swaps it in under the reader. Once the service worker has the font in its
 * cache (it is part of the shell it keeps), the app remembers which file it holds; from the next page load on,
 * the pre-paint script marks the page, whose stylesheet then names the font first, and preloads it, so it comes
 * from the worker in time for the first paint.
 */
import { STORAGE_KEYS } from './storage-keys.mjs';

/** On `<html>`: the headings are drawn in the display font (src/styles/tokens.css). */
export const DISPLAY_FONT_ATTRIBUTE = 'data-display-font';

/** Every built page names the font's file in this meta (src/app/entry-server.tsx). */
const FONT_META = 'wiki-display-font';

/** The meta a built page carries with the font's file, as a URL path. */
export const displayFontHint = (href: string): string => `<meta name="${FONT_META}" content="${href}"/>`;

const fontHref = (page: Document): string | undefined => page.querySelector<HTMLMetaElement>(`meta[name="${FONT_META}"]`)?.content;

/** The pre-paint script: if this device holds this page's font file, draw the headings in it, and fetch it now. */
export function drawDisplayFontIfHeld(page: Document, stored: (key: string) => string | null): void {
  const href = fontHref(page);
  if (!href || stored(STORAGE_KEYS.displayFont) !== href) return;
  page.documentElement.setAttribute(DISPLAY_FONT_ATTRIBUTE, '');
  const link = page.createElement('link');
  link.rel = 'preload';
  link.as = 'font';
  link.type = 'font/woff2';
  link.crossOrigin = 'anonymous';
  link.href = href;
  page.head.append(link);
}

/**
 * Once a service worker is active here, whether its caches hold the page's font file; if they do, that is
 * remembered for the next page load. Storage that throws remembers nothing: the headings stay in the fallback.
 */
export async function rememberDisplayFontIfHeld(page: Document): Promise<void> {
  const href = fontHref(page);
  if (!href || !('serviceWorker' in navigator) || !('caches' in window)) return;
  await navigator.serviceWorker.ready;
  if (!(await caches.match(href))) return;
  try {
    localStorage.setItem(STORAGE_KEYS.displayFont, href);
  } catch {
    // Nothing remembered: the next page load draws the fallback, as this one did.
  }
}
