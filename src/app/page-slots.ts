/**
 * The comment slots of index.html that make it a template: the prerender fills each exactly once per page
 * (renderPage, src/app/entry-server.tsx), and the pre-paint script goes in right after the head's (vite.config.ts).
 */
export const PAGE_SLOTS = { head: '<!--app-head-->', body: '<!--app-html-->', data: '<!--app-data-->' } as const;

/**
 * The app's entry module. index.html doesn't name it: a built page loads it from the prerender, which names the
 * built files from Vite's manifest (renderPage), and the dev server adds it as source (vite.config.ts).
 */
export const APP_ENTRY = 'src/app/entry-client.tsx';
