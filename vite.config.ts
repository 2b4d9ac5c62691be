import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import postcss from 'postcss';
import { defineConfig, type Plugin } from 'vitest/config';
import { contentSecurityPolicyHeader } from './scripts/content-security-policy.mjs';
import { APP_ENTRY, FONT_FACES_FILE, PAGE_SLOTS, PREPAINT_SCRIPT_FILE } from './src/app/page-slots.ts';
import type * as SiteDocumentsModule from './src/app/site-documents.server.ts';
import type * as DatasetSourceModule from './src/lib/dataset-source.server.ts';

type DatasetSource = typeof DatasetSourceModule;
type SiteDocuments = typeof SiteDocumentsModule;
type SiteFiles = SiteDocumentsModule.SiteFiles;

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * `vite dev`: serves the data files under `/data/dev/` from `data/`, derived by the same code as the build
 * (src/app/site-documents.server.ts), rebuilt when anything in `data/` changes. A dataset problem answers 500 with
 * the message naming the file, the entry and the field.
 */
function devData(): Plugin {
  return {
    name: 'heartstopper:dev-data',
    apply: 'serve',
    configureServer(server) {
      let files: SiteFiles | undefined;
      server.watcher.on('change', (file) => {
        if (file.includes('/data/')) files = undefined;
      });
      server.middlewares.use('/data/dev/', (req, res) => {
        void (async () => {
          const { readDataset, readEntryLines } = (await server.ssrLoadModule('/src/lib/dataset-source.server.ts')) as DatasetSource;
          const { buildSiteFiles } = (await server.ssrLoadModule('/src/app/site-documents.server.ts')) as SiteDocuments;
          files ??= buildSiteFiles(readDataset(), readEntryLines());
          const value = files.get(decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0] ?? ''))?.content;
          res.statusCode = value === undefined ? 404 : 200;
          res.setHeader('Content-Type', 'application/json');
          res.end(value === undefined ? '' : JSON.stringify(value));
        })().catch((error: unknown) => {
          res.statusCode = 500;
          res.end(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}

/**
 * The pre-paint script (src/app/boot.ts), built with the app's own modules into one classic script that
 * defines no global, and put inline in every page's `<head>`, in dev and in the build alike: it runs before the
 * first paint without a request of its own. In dev it goes in here, right after the head's slot; in the build,
 * the prerender writes it there (renderPage, src/app/entry-server.tsx), with the Content Security Policy that
 * allows it by its hash, from the file this emits for it.
 */
function prepaintScript(): Plugin {
  const bundle = async () => {
    const output = await build({
      configFile: false,
      logLevel: 'warn',
      resolve: { alias: { '@': src } },
      build: { write: false, minify: true, lib: { entry: `${src}/app/boot-script.ts`, formats: ['iife'], name: 'prepaint' } },
    });
    const [result] = Array.isArray(output) ? output : [output];
    const chunk = (result as { output: { type: string; code?: string }[] }).output.find((file) => file.type === 'chunk');
    if (!chunk?.code) throw new Error('prepaintScript: building src/app/boot.ts produced no script');
    return chunk.code.trim();
  };
  return {
    name: 'heartstopper:prepaint-script',
    // The prerender's copy, beside Vite's manifest (both are removed once the pages are written), and the
    // header form of the policy, for hosts that read a `_headers` file (Netlify, Cloudflare Pages) and to copy
    // into any other host's settings (README, Deploy); and the worker, which must be revalidated to find a deploy.
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      const code = await bundle();
      this.emitFile({ type: 'asset', fileName: PREPAINT_SCRIPT_FILE, source: code });
      const policy = contentSecurityPolicyHeader([code]);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n  Content-Security-Policy: ${policy}\n/sw.js\n  Cache-Control: no-cache\n` });
    },
    // Dev only: the dev server adds inline scripts of its own, which a policy would block, so it has none.
    transformIndexHtml: {
      order: 'pre',
      async handler(html, { server }) {
        if (!server) return html;
        if (html.split(PAGE_SLOTS.head).length !== 2) throw new Error(`prepaintScript: index.html must hold ${PAGE_SLOTS.head} once, where the script goes after it.`);
        const code = await bundle();
        return html.replace(PAGE_SLOTS.head, () => `${PAGE_SLOTS.head}\n    <script>${code}</script>`);
      },
    },
  };
}

/**
 * The dev server's page loads the app's entry as source. A built page names the built files itself (renderPage,
 * src/app/entry-server.tsx, from Vite's manifest), so index.html, which both use, names no script.
 */
function devEntry(): Plugin {
  return {
    name: 'heartstopper:dev-entry',
    apply: 'serve',
    transformIndexHtml: () => [{ tag: 'script', attrs: { type: 'module', src: `/${APP_ENTRY}` }, injectTo: 'body' }],
  };
}

/**
 * React Router's published chunk keeps components the app never uses (Form, NavLink, ScrollRestoration…) in
 * every page's entry, for two reasons a bundler can't see past:
 * - statements like `Form.displayName = "Form"` are property writes, so they count as side effects
 *   (remix-run/react-router#15299). The names only serve React DevTools: a build drops them;
 * - components and contexts are made at the top level by calls (`var NavLink = React10.forwardRef(…)`) with no
 *   `@__PURE__` mark, so each call is kept in case it has effects. React's `forwardRef`, `memo` and
 *   `createContext` have none: a build marks those calls pure.
 * Measured: 1.8 KB gzip less on every page (docs/decisions/0018). The patterns fit the version below only: a
 * new version of React Router fails the build until someone checks them against it (and whether upstream has
 * fixed it) and updates `CHECKED_VERSION`.
 */
function treeShakableReactRouter(): Plugin {
  const CHECKED_VERSION = '7.18.5';
  const naming = /^\w+\.displayName = "[^"]*";$/gm;
  const unmarkedFactory = /^(var \w+ = )(React\d*\.(?:forwardRef|memo|createContext)\()/gm;
  return {
    name: 'heartstopper:tree-shakable-react-router',
    apply: 'build',
    buildStart() {
      const { version } = JSON.parse(readFileSync(new URL('./node_modules/react-router/package.json', import.meta.url), 'utf8')) as { version: string };
      if (version !== CHECKED_VERSION) {
        this.error(`treeShakableReactRouter: written for react-router ${CHECKED_VERSION}, found ${version}. Check its patterns against the new build (vite.config.ts), then update CHECKED_VERSION.`);
      }
    },
    transform: {
      filter: { id: /react-router[\\/]dist[\\/]production[\\/]chunk-\w+\.mjs$/ },
      handler(code, id) {
        const unnamed = code.replace(naming, '');
        const shaken = unnamed.replace(unmarkedFactory, '$1/* @__PURE__ */ $2');
        if (unnamed === code && code.includes('.displayName =')) this.error(`treeShakableReactRouter: no naming statement matched in ${id}`);
        return shaken === code ? null : { code: shaken, map: null };
      },
    },
  };
}

/**
 * React Router 7 points every export condition at its development build, whose warnings then ship to
 * visitors (remix-run/react-router#14102). A build takes the production files it publishes beside them.
 * Vitest keeps the default, so tests and the app never load two copies.
 */
const reactRouterProduction = [
  { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) },
  { find: /^react-router\/dom$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/dom-export.mjs', import.meta.url)) },
];

/** The chunk every page loads: the entry and all it imports statically (its file is `index-<hash>.js`). */
const ENTRY_CHUNK = 'index';

/**
 * V8's explicit compile hint (docs/decisions/0013): nearly all of the entry chunk runs at load, so it is compiled
 * whole on a background thread while it downloads. The comment must be the file's first line, and Vite puts its
 * own first in `generateBundle`, so this comes after it. Chromium 136+; other engines ignore a comment.
 */
function compileHint(): Plugin {
  return {
    name: 'heartstopper:compile-hint',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.name === ENTRY_CHUNK) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

/**
 * The font's face is declared once, in each page's head, with the CSS its first paint needs (docs/decisions/0038):
 * this takes the `@font-face` rules out of the built stylesheet and leaves them beside Vite's manifest for the
 * prerender. Declared in the stylesheet too, it would be a second face for the same font, arriving after the first
 * paint: its own load would hide the headings while it waited (`optional`'s block period) and then swap the
 * display font in under the reader, or fetch the font a second time.
 */
function fontFacesInPages(): Plugin {
  return {
    name: 'heartstopper:font-faces-in-pages',
    apply: 'build',
    // After Vite's own, which writes the stylesheet.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        if (this.environment.name !== 'client') return;
        const faces: string[] = [];
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
          const sheet = postcss.parse(String(file.source));
          sheet.walkAtRules('font-face', (rule) => {
            faces.push(rule.toString());
            rule.remove();
          });
          file.source = sheet.toString();
        }
        if (faces.length === 0) this.error('fontFacesInPages: the stylesheet declares no @font-face (src/styles/fonts.css)');
        this.emitFile({ type: 'asset', fileName: FONT_FACES_FILE, source: faces.join('') });
      },
    },
  };
}

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [react(), devData(), devEntry(), prepaintScript(), fontFacesInPages(), treeShakableReactRouter(), compileHint()],
  resolve: {
    alias: [{ find: '@', replacement: src }, ...(command === 'build' ? reactRouterProduction : [])],
  },
  css: {
    modules: {
      // `header_k3Lx9`: the class and a hash of its file. Vite's default adds a line number too
      // (`_header_k3Lx9_12`), which every page's JavaScript then carries for each class name.
      generateScopedName: (name: string, file: string) =>
        `${name}_${createHash('sha256').update(relative(import.meta.dirname, file)).digest('base64url').slice(0, 5)}`,
    },
  },
  build: {
    // One stylesheet linked from every prerendered page, so pages are styled before (and without) JS.
    cssCodeSplit: false,
    // Every browser the wiki supports knows modulepreload.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The client's: the app alone. The prerender fills index.html, as it is, for each page and names the
      // app's files and its stylesheet there from the manifest (renderPage, src/app/entry-server.tsx). The
      // server build (scripts/build.mjs) names its own.
      ...(isSsrBuild ? {} : { input: { [ENTRY_CHUNK]: APP_ENTRY } }),
      output: {
        // The entry chunk holds the entry and everything it imports statically (the framework, src/lib, the
        // shell, the character page): what every page runs, in one file. What is imported with `import()`
        // (the other route modules, the map, search) loads when needed. Without this, Rolldown splits each
        // module the entry shares with a lazy chunk into a chunk of its own: a dozen small requests a page.
        codeSplitting: { groups: [{ name: ENTRY_CHUNK, test: (id) => id.replaceAll('\\', '/').endsWith(`/${APP_ENTRY}`) }] },
      },
    },
  },
  test: {
    // Most tests are pure functions and need no DOM; a component test asks for jsdom in its first line
    // (`// @vitest-environment jsdom`). Building a jsdom for every file was a third of a run's time.
    environment: 'node',
    // Worker threads start faster than the default child processes: about 15% off a run on two cores.
    pool: 'threads',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'tests/data/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['./src/test/site-files-setup.ts'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
    // Above the 4 s that findBy… waits (src/test-setup.ts), so a test that waits in vain fails with its own message.
    testTimeout: 15_000,
  },
}));
