// Writes one real HTML file per route into dist/, plus 404.html, sitemap.xml and robots.txt, so the site
// works on any static host without rewrite rules and link-preview crawlers see each page's own tags.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const serverEntry = join(root, 'dist-ssr', 'entry-server.js');

const template = await readFile(join(dist, 'index.html'), 'utf8');
if (!template.includes('<!--app-html-->')) {
  throw new Error('dist/index.html is not the pristine template (already prerendered?). Run `npm run build`.');
}
if (!existsSync(serverEntry)) throw new Error('dist-ssr/entry-server.js is missing. Run `npm run build`.');

const { render, prerenderPaths, SITE_ORIGIN } = await import(pathToFileURL(serverEntry).href);

// React 19 emits a page's <title>, <meta> and <link> tags at the start of its HTML; they belong in <head>.
const HEAD_TAGS = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/?>|<link [^>]*\/?>)+/;

function toPage(html, path) {
  const head = HEAD_TAGS.exec(html)?.[0] ?? '';
  if (!head.includes('<title>')) throw new Error(`${path}: the page rendered no <title>.`);
  const body = html.slice(head.length);
  const rootAttrs = path ? ` data-path="${path}"` : '';
  return template
    .replace('<!--app-head-->', head.replaceAll(/(<title>|<meta |<link )/g, '\n    $1'))
    .replace('<div id="root">', `<div id="root"${rootAttrs}>`)
    .replace('<!--app-html-->', body);
}

const paths = prerenderPaths();
for (const path of paths) {
  const { status, html } = await render(path);
  if (status !== 200) throw new Error(`${path} rendered with status ${status}; every listed route must answer 200.`);
  const file = join(dist, path, 'index.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, toPage(html, path));
}

// The not-found page: served by static hosts for any unknown path, so it is not tied to one URL.
const notFound = await render('/this-page-does-not-exist/');
if (notFound.status !== 404) throw new Error(`The not-found page rendered with status ${notFound.status}, not 404.`);
await writeFile(join(dist, '404.html'), toPage(notFound.html, ''));

const urls = paths.map((p) => `  <url><loc>${new URL(p, SITE_ORIGIN).href}</loc></url>`).join('\n');
await writeFile(
  join(dist, 'sitemap.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
);
await writeFile(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', SITE_ORIGIN).href}\n`);

await rm(join(root, 'dist-ssr'), { recursive: true, force: true });
console.log(`Prerendered ${paths.length} pages, 404.html, sitemap.xml and robots.txt into dist/.`);
