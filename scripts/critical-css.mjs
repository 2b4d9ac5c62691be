// The CSS a page's first paint needs, which the page carries inline in its head so that paint needn't wait for
// the stylesheet (docs/decisions/0038). Beasties, the critical-CSS inliner Angular's and Nuxt's prerenders use,
// finds the stylesheet's rules that select something in the page; renderPage (src/app/entry-server.tsx) places
// them, the policy that allows them by their hash, and the stylesheet after the content.
import Beasties from 'beasties';
import Piscina from 'piscina';

/**
 * `criticalCss(html)` for the pages of the build in `outDir` (see `criticalCssOf`), on worker threads:
 * Beasties matches every rule's selectors against the page, tens of milliseconds a page, which at 100× data adds up
 * to minutes. The threads (scripts/critical-css-worker.mjs) do it while the prerender renders the next pages.
 * `close()` once every page is done.
 */
export function criticalCssFor(outDir, rootAttributes) {
  const pool = new Piscina({ filename: new URL('./critical-css-worker.mjs', import.meta.url).href, workerData: { outDir, rootAttributes } });
  return {
    /** @type {(html: string) => Promise<string>} */
    criticalCss: (html) => pool.run(html),
    close: () => pool.destroy(),
  };
}

/**
 * `criticalCss(html)` for the pages of the build in `outDir`: the rules of the stylesheet `html` links in its head
 * that select something in it. `rootAttributes` are what the pre-paint script may set on `<html>`, which the
 * prerendered page doesn't have: every rule that selects one is kept, so a viewer's theme and a settling page are
 * right in the first paint too.
 */
export function criticalCssOf(outDir, rootAttributes) {
  const beasties = new Beasties({
    path: outDir,
    publicPath: '/',
    // Only the CSS is wanted: the page is assembled by renderPage, which places it and the stylesheet.
    preload: false,
    pruneSource: false,
    reduceInlineStyles: false,
    mergeStylesheets: true,
    allowRules: [
      ...rootAttributes.map((name) => new RegExp(`\\[${name}[\\]=~|^$*]`)),
      // Beasties matches a selector with its pseudo-classes taken out, so one that follows a combinator leaves
      // that step empty: `.body > :first-child h2` is read as `.body > h2`, which matches nothing here, and its
      // rule would arrive with the stylesheet and move the page. Such rules are kept whatever they select.
      /[>+~]\s*:/,
    ],
    // The font's face isn't in the stylesheet: every page declares it itself (vite.config.ts, fontFacesInPages).
    fonts: false,
    logLevel: 'warn',
  });
  return async (html) => {
    const page = await beasties.process(html);
    // The page had no <style> before: Beasties's merged one is the only one, and CSS has no `</style>` in it.
    const start = page.indexOf('<style>');
    const end = page.indexOf('</style>', start);
    if (start === -1 || end === -1 || page.indexOf('<style', start + 1) !== -1) {
      throw new Error(`criticalCss: expected Beasties to write exactly one <style> into the page, found ${page.split('<style').length - 1}`);
    }
    return page.slice(start + '<style>'.length, end);
  };
}
