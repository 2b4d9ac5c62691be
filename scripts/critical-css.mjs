// The CSS a page's first paint needs, which the page carries inline in its head so that paint needn't wait for
// the stylesheet (docs/decisions/0038). Beasties, the critical-CSS inliner Angular's and Nuxt's prerenders use,
// finds the stylesheet's rules that select something in the page; renderPage (src/app/entry-server.tsx) places
// them, the policy that allows them by their hash, and the stylesheet after the content.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Beasties from 'beasties';
import Piscina from 'piscina';
import postcss from 'postcss';

/**
 * `criticalCss(html, stylesheet)` for the pages of the build in `outDir` (see `criticalCssOf`), on worker threads:
 * Beasties matches every rule's selectors against the page, tens of milliseconds a page, which at 100× data adds up
 * to minutes. The threads (scripts/critical-css-worker.mjs) do it while the prerender renders the next pages.
 * `close()` once every page is done.
 */
export function criticalCssFor(outDir, rootAttributes) {
  const pool = new Piscina({ filename: new URL('./critical-css-worker.mjs', import.meta.url).href, workerData: { outDir, rootAttributes } });
  return {
    /** @type {(html: string, stylesheet: string) => Promise<string>} */
    criticalCss: (html, stylesheet) => pool.run({ html, stylesheet }),
    close: () => pool.destroy(),
  };
}

/**
 * `criticalCss(html, stylesheet)` for the pages of the build in `outDir`: the rules of `stylesheet` (a URL path)
 * that select something in `html`, a page that links it in its head. `rootAttributes` are what the pre-paint
 * script may set on `<html>`, which the prerendered page doesn't have: every rule that selects one is kept, so a
 * viewer's theme and a settling page are right in the first paint too.
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
    // Fonts: see fontFaces.
    fonts: false,
    logLevel: 'warn',
  });
  const faces = new Map();
  return async (html, stylesheet) => {
    if (!faces.has(stylesheet)) faces.set(stylesheet, fontFaces(await readFile(join(outDir, stylesheet), 'utf8')));
    const page = await beasties.process(html);
    // The page had no <style> before: Beasties's merged one is the only one, and CSS has no `</style>` in it.
    const start = page.indexOf('<style>');
    const end = page.indexOf('</style>', start);
    if (start === -1 || end === -1 || page.indexOf('<style', start + 1) !== -1) {
      throw new Error(`criticalCss: expected Beasties to write exactly one <style> into the page, found ${page.split('<style').length - 1}`);
    }
    return faces.get(stylesheet) + page.slice(start + '<style>'.length, end);
  };
}

/**
 * The stylesheet's `@font-face` rules, which the first paint needs whatever the page holds: Beasties keeps a face
 * only for the families it sees named in the rules it keeps, and ours are named through custom properties
 * (`var(--font-display)`, src/styles/tokens.css). Without its face in the first paint, the display font would
 * swap in when the stylesheet arrived and reflow the headings (src/styles/fonts.css).
 */
function fontFaces(css) {
  const rules = [];
  postcss.parse(css).walkAtRules('font-face', (rule) => {
    rules.push(rule.toString());
  });
  return rules.join('');
}
