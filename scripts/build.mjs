// `npm run build`: the client, the server renderer, the data files and one HTML file per route.
//   node scripts/build.mjs [--data DIR] [--out DIR] [--without-preview-images]     (defaults: data, dist)
// The 100× build (`npm run build:100x`) is for byte budgets and the bench, which never look at preview images;
// its 5,300 of them would be most of its time, so it leaves them out.
// The site works on any static host without rewrites: every page is a real file, unknown paths get
// 404.html, and content is static JSON under <out>/data/<version>/ (see docs/decisions/0004).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, loadEnv } from 'vite';
import { writeAppManifest } from './app-icons.mjs';
import { criticalCssFor } from './critical-css.mjs';
import { writeOgImages } from './og-image.mjs';
import { OFFLINE_PAGE_FILE } from '../src/lib/offline-copy.mjs';
import { writeServiceWorker } from './service-worker.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'dist' },
    'without-preview-images': { type: 'boolean', default: false },
    // The same as VITE_REPOSITORY_URL in the environment or an .env file: where "Improve this page" links.
    'repository-url': { type: 'string' },
  },
});
if (args['repository-url']) process.env.VITE_REPOSITORY_URL = args['repository-url'];
const dataDir = resolve(root, args.data);
const outDir = resolve(root, args.out);
// The server renderer imports React and the router from node_modules, so it is built inside the project
// whatever --out says; a folder of its own lets two builds run at once.
await mkdir(join(root, 'node_modules', '.cache'), { recursive: true });
const ssrDir = await mkdtemp(join(root, 'node_modules', '.cache', 'wiki-ssr-'));
const started = performance.now();

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
// The server build also bundles scripts/og-pages.ts, which lists the preview images with the app's own code.
await build({
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: ssrDir,
    emptyOutDir: true,
    rolldownOptions: { input: { 'entry-server': 'src/app/entry-server.tsx', 'og-pages': 'scripts/og-pages.ts' } },
  },
});

const { dataUrl, FONT_FACES_FILE, PREPAINT_ATTRIBUTES, PREPAINT_SCRIPT_FILE, prepareSite, renderOfflinePage, renderPage, SITE_ORIGIN } = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
// Set in the environment or in an .env file, as Vite reads it.
if (!loadEnv('production', root, 'VITE_').VITE_SITE_ORIGIN) {
  console.log(`VITE_SITE_ORIGIN is not set: canonical links, og:url and the sitemap will name ${SITE_ORIGIN} (see README, Deploy).`);
}
const { ogPages, SITE_NAME } = await import(pathToFileURL(join(ssrDir, 'og-pages.js')).href);

let site;
try {
  site = prepareSite(dataDir);
} catch (error) {
  // A dataset problem names the file, the entry and the field; the stack adds nothing.
  console.error(error.name === 'DatasetError' ? error.message : error);
  await rm(ssrDir, { recursive: true, force: true });
  process.exit(1);
}

// The data files: public documents and their gated parts, each fetched only when a page needs it. The public
// ones are the only data an offline copy of the whole wiki holds.
const publicData = [];
for (const [name, { json, public: isPublic }] of site.files) {
  const url = dataUrl(site.version, name);
  await mkdir(dirname(join(outDir, url)), { recursive: true });
  await writeFile(join(outDir, url), json);
  if (isPublic) publicData.push(url);
}

for (const [path, svg] of site.avatars) {
  await mkdir(dirname(join(outDir, path)), { recursive: true });
  await writeFile(join(outDir, path), svg);
}

// index.html, Vite's manifest and the pre-paint script (vite.config.ts): every page is this template with its own
// head, content, data and code, and the CSS its first paint needs (renderPage, src/app/entry-server.tsx).
const client = {
  template: await readFile(join(root, 'index.html'), 'utf8'),
  manifest: JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')),
  prepaintScript: await readFile(join(outDir, PREPAINT_SCRIPT_FILE), 'utf8'),
  fontFaces: await readFile(join(outDir, FONT_FACES_FILE), 'utf8'),
};
const { criticalCss, close: closeCriticalCss } = criticalCssFor(outDir, PREPAINT_ATTRIBUTES);

async function writePage(path) {
  const page = await renderPage(path, site.version, client, criticalCss);
  if (page.status !== 200) throw new Error(`${path} rendered with status ${page.status}; every listed route must answer 200.`);
  const file = join(outDir, path, 'index.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, page.html);
}
// A few pages at once: one renders (renderPage renders one page at a time) while the threads find the critical
// CSS of those before it. More would only hold more pages in memory.
const writing = new Set();
for (const path of site.paths) {
  const written = writePage(path).finally(() => writing.delete(written));
  writing.add(written);
  if (writing.size >= 8) await Promise.race(writing);
}
await Promise.all(writing);

// The not-found page: served by static hosts for any unknown path, so it is rendered for none.
const notFound = await renderPage(null, site.version, client, criticalCss);
if (notFound.status !== 404) throw new Error(`The not-found page rendered with status ${notFound.status}, not 404.`);
await writeFile(join(outDir, '404.html'), notFound.html);
// What the service worker answers with offline for a page it holds no HTML for: the app draws the page there.
await writeFile(join(outDir, OFFLINE_PAGE_FILE), await renderOfflinePage(site.version, client, criticalCss));
await closeCriticalCss();

const urls = site.paths.map((p) => `  <url><loc>${new URL(p, SITE_ORIGIN).href}</loc></url>`).join('\n');
await writeFile(
  join(outDir, 'sitemap.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
);
await writeFile(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', SITE_ORIGIN).href}\n`);

// Link-preview images (docs/decisions/0008): the home page, the timeline, every character and every cast page.
const images = args['without-preview-images'] ? 0 : await writeOgImages(SITE_NAME, ogPages(site.files), outDir);

await writeAppManifest(SITE_NAME, outDir);

await rm(ssrDir, { recursive: true, force: true });
await rm(join(outDir, '.vite'), { recursive: true, force: true });
// Last: the service worker precaches the shell in outDir now, and lists the offline copy (pages, public data, avatars).
const precached = await writeServiceWorker(outDir, {
  dataFolder: dataUrl(site.version, ''),
  publicData,
  pages: site.paths,
  avatars: [...site.avatars.keys()],
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Built ${site.paths.length} pages, ${images} preview images, 404.html, ${OFFLINE_PAGE_FILE}, sitemap.xml, robots.txt and ${site.files.size} data files ` +
    `(version ${site.version}), the app manifest and a service worker precaching a shell of ${precached.count} files ` +
    `(${(precached.size / 1024 / 1024).toFixed(1)} MB), with an offline copy of ${precached.copy.files} files ` +
    `(${(precached.copy.bytes / 1024 / 1024).toFixed(1)} MB) on request, into ${args.out}/ in ${seconds} s.`,
);
