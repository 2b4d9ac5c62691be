import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vitest/config';
import type * as SiteDocumentsModule from './src/app/site-documents.server.ts';
import type * as DatasetSourceModule from './src/lib/dataset-source.server.ts';

type DatasetSource = typeof DatasetSourceModule;
type SiteDocuments = typeof SiteDocumentsModule;
type SiteFiles = SiteDocumentsModule.SiteFiles;

/**
 * `vite dev`: serves the data files under `/data/dev/` from `data/`, derived by the same code as the build
 * (src/app/site-documents.ts), rebuilt when anything in `data/` changes. A dataset problem answers 500 with
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
          const { readDataset } = (await server.ssrLoadModule('/src/lib/dataset-source.server.ts')) as DatasetSource;
          const { buildSiteFiles } = (await server.ssrLoadModule('/src/app/site-documents.server.ts')) as SiteDocuments;
          files ??= buildSiteFiles(readDataset());
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
 * Vite wraps every dynamic import in a helper that preloads the imported chunk's CSS and, with modulepreload
 * on, its JavaScript. Here there is one stylesheet (`cssCodeSplit: false`) and no modulepreload, so the
 * helper is always handed nothing to do, yet its 800 B ship in every page's entry (vitejs/vite#13952). The
 * build gives it a body that just calls the import.
 */
function plainDynamicImports(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'heartstopper:plain-dynamic-imports',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      if (config.build.modulePreload !== false || config.build.cssCodeSplit) {
        throw new Error('plainDynamicImports: only right while modulePreload is off and the CSS is one file');
      }
    },
    load: {
      filter: { id: new RegExp(`^${helper}$`) },
      handler: () => 'export const __vitePreload = (load) => load();',
    },
    // If Vite stops loading its helper by this id, the full one would quietly come back: fail instead.
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes('vite:preloadError')) {
          this.error(`plainDynamicImports: ${chunk.fileName} carries Vite's full preload helper; check the helper's id`);
        }
      }
    },
  };
}

/**
 * React Router's published chunk keeps components the app never uses (Form, NavLink, ScrollRestoration…) in
 * every page's entry, for two reasons a bundler can't see past:
 * - statements like `Form.displayName = "Form"` are property writes, so they count as side effects
 *   (remix-run/react-router#15299). The names only serve React DevTools: a build drops them;
 * - components and contexts are made at the top level by calls (`var NavLink = React10.forwardRef(…)`) with no
 *   `@__PURE__` mark, so each call is kept in case it has effects. React's `forwardRef`, `memo` and
 *   `createContext` have none: a build marks those calls pure. Measured: 1.7 KB gzip less in the entry.
 */
function treeShakableReactRouter(): Plugin {
  const naming = /^\w+\.displayName = "[^"]*";$/gm;
  const unmarkedFactory = /^(var \w+ = )(React\d*\.(?:forwardRef|memo|createContext)\()/gm;
  return {
    name: 'heartstopper:tree-shakable-react-router',
    apply: 'build',
    transform: {
      filter: { id: /react-router[\\/]dist[\\/]production[\\/]chunk-\w+\.mjs$/ },
      handler(code, id) {
        const unnamed = code.replace(naming, '');
        const shaken = unnamed.replace(unmarkedFactory, '$1/* @__PURE__ */ $2');
        // The shape of React Router's build changed: find the new one rather than quietly ship everything.
        if (unnamed === code && code.includes('.displayName =')) this.error(`treeShakableReactRouter: no naming statement matched in ${id}`);
        return shaken === code ? null : { code: shaken, map: null };
      },
    },
  };
}

/**
 * `import styles from './x.module.css'` imports an object holding every class name in the file, which every
 * page's JavaScript then carries whole, names and all. Imported as a namespace, the bundler keeps only the
 * classes the code uses, each as a plain string. The source keeps the default import TypeScript knows how to
 * type (vite/client); a build rewrites it. (Vite exports each class as a name too, as our class names are all
 * identifiers.) A file that looks a class up by a computed name keeps the object.
 */
function classNamesAsNamespace(): Plugin {
  const defaultImport = /^import (\w+) from '(\.[^']+\.module\.css)';$/gm;
  return {
    name: 'heartstopper:class-names-as-namespace',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: /[\\/]src[\\/].+\.tsx$/, code: '.module.css' },
      handler(code) {
        // A class looked up by a computed name needs the whole object: that import stays as it is.
        const rewritten = code.replace(defaultImport, (line, name: string, file: string) =>
          code.includes(`${name}[`) ? line : `import * as ${name} from '${file}';`,
        );
        return rewritten === code ? null : { code: rewritten, map: null };
      },
    },
  };
}

/**
 * A second pass over the minified `index` chunk (the entry and the framework, below), which every page loads, with Terser (two compress passes): it
 * finds about 300 B gzip that Vite's minifier leaves. Measured: Terser alone, as Vite's minifier, made a
 * larger entry than either. Lazy chunks are left as they are: a few bytes there aren't worth the build time.
 * The pass also marks the chunk for eager compilation (docs/decisions/0013).
 * The file keeps the name Vite hashed from its content before this pass; the pass is deterministic.
 */
function secondMinifyPass(): Plugin {
  return {
    name: 'heartstopper:second-minify-pass',
    apply: 'build',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.name !== 'index') continue;
        const { code } = await minify(chunk.code, { module: true, ecma: 2020, compress: { passes: 2 } });
        if (code === undefined) this.error(`secondMinifyPass: Terser returned nothing for ${chunk.fileName}`);
        // V8's explicit compile hint: compile the whole chunk eagerly, on a background thread while it
        // downloads, instead of each function on the main thread when first called. Nearly all of it runs at
        // load (the framework and the hydration of the page). Chromium 136+; other engines ignore a comment.
        chunk.code = `//# allFunctionsCalledOnLoad\n${code}`;
      }
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

export default defineConfig(({ command }) => ({
  plugins: [react(), devData(), plainDynamicImports(), treeShakableReactRouter(), classNamesAsNamespace(), secondMinifyPass()],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...(command === 'build' ? reactRouterProduction : []),
    ],
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
    // The prerender links each page's own modules with modulepreload (scripts/build.mjs); a chunk imported
    // later brings its few imports itself.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // The framework and the shared app code in one chunk with the entry: each page then loads the entry
        // and its own route module, instead of half a dozen tiny shared chunks that each cost a request and
        // compress badly. Route modules and what only they use (MiniSearch, the avatars) still load lazily.
        codeSplitting: {
          groups: [
            {
              name: 'index',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](react-query|query-core))[\\/]|[\\/]src[\\/](lib[\\/](?!avatar|words|dataset-lookups)|app[\\/](?!routes|route-error|not-found))|[\\/]features[\\/]characters[\\/](character-(queries|page|article)\.tsx?|relation-map-slot\.tsx|use-character-previews\.ts)$|[\\/]routes[\\/]character-route\.tsx$/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'tests/data/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
  },
}));
