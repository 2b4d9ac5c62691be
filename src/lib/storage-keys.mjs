// The keys of the viewer's preferences in localStorage: the one place they are written. Plain JavaScript, so
// the bench and screenshot scripts (Node, no TypeScript) read the same names as the app and its tests.

/**
 * Where each preference is kept: the spoiler level and first-visit answer, and the theme the viewer chose; and
 * which display font file this device's service worker holds (src/lib/display-font.ts).
 */
export const STORAGE_KEYS = Object.freeze({
  spoilers: 'heartstopper-wiki:spoilers',
  theme: 'heartstopper-wiki:theme',
  displayFont: 'heartstopper-wiki:display-font',
});
