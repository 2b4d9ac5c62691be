/**
 * The comment slots of index.html that make it a template: the prerender fills each exactly once per page
 * (renderPage, src/app/entry-server.tsx), and the pre-paint script goes in right after the head's (vite.config.ts).
 */
export const PAGE_SLOTS = { head: '<!--app-head-->', body: '<!--app-html-->', data: '<!--app-data-->' } as const;
