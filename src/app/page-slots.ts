/**
 * The comment slots of index.html that make it a template: the prerender fills each exactly once per page
 * (renderPage, src/app/entry-server.tsx). The head's comes before any script, link or style, as the policy it
 * holds must. In dev the pre-paint script goes in right after it (vite.config.ts).
 */
export const PAGE_SLOTS = { head: '<!--app-head-->', body: '<!--app-html-->', data: '<!--app-data-->' } as const;

/**
 * The app's entry module. index.html doesn't name it: a built page loads it from the prerender, which names the
 * built files from Vite's manifest (renderPage), and the dev server adds it as source (vite.config.ts).
 */
export const APP_ENTRY = 'src/app/entry-client.tsx';

/**
 * Where the client build leaves the pre-paint script for the prerender, which puts it inline in every page
 * (vite.config.ts, `prepaintScript`): beside Vite's manifest, in the folder the build removes once the pages are
 * written.
 */
export const PREPAINT_SCRIPT_FILE = '.vite/prepaint-script.js';

/**
 * Where the client build leaves the stylesheet's `@font-face` rules, which every page declares in its head instead
 * (vite.config.ts, `fontFacesInPages`): beside Vite's manifest.
 */
export const FONT_FACES_FILE = '.vite/font-faces.css';
