import { createHash } from 'node:crypto';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { dataUrl, documentPreload, embeddedDataElement, gatedPartsHint, readDocumentsFrom } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import { readDataset, readEntryLines } from '@/lib/dataset-source.server.ts';
import { AvatarImage } from '@/lib/avatar-image.tsx';
import { displayFontHint } from '@/lib/display-font.ts';
import { PageHeadCollector, PageHeadTags, type PageHeadProps } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_ORIGIN } from '@/lib/site.ts';
import { AppProviders } from './app-providers.tsx';
import { createQueryClient } from './query-client.ts';
import { loadRouteError } from './root-layout.tsx';
import { createRoutes } from './routes.tsx';
import { buildSiteFiles, sitePaths } from './site-documents.server.ts';
import { APP_ENTRY, FONT_FACES_FILE, PAGE_SLOTS, PREPAINT_SCRIPT_FILE } from './page-slots.ts';
import { PREPAINT_ATTRIBUTES } from './boot.ts';
import { contentSecurityPolicy } from '../../scripts/content-security-policy.mjs';

export { dataUrl, FONT_FACES_FILE, PREPAINT_ATTRIBUTES, PREPAINT_SCRIPT_FILE, SITE_ORIGIN };

/** A data file as the build writes it, serialized, and whether it is public (see `SiteFile`). */
export type SerializedFile = { json: string; public: boolean };

export type Site = {
  /** Changes whenever any content changes: the data files live under `/data/<version>/`. */
  version: string;
  /** Every data file by its name under `/data/<version>/`: the service worker precaches the public ones alone. */
  files: Map<string, SerializedFile>;
  /** Every URL to prerender, in sitemap order. */
  paths: string[];
  /**
   * Every character's avatar as an SVG file, by its path: a character page shows it as an image, so the page's
   * JavaScript needn't draw it.
   */
  avatars: Map<string, string>;
};

/** The documents the current render read: what its page embeds. */
const read = new Map<string, unknown>();
/** The first gated part the current render read, if any: a bug, as pages render at no spoilers. */
let gatedRead: string | undefined;

/**
 * Reads and validates the dataset in `dataDir` (a bad entry throws, naming file, entry and field), derives
 * the data files, and makes `render` read them from memory.
 */
export function prepareSite(dataDir: string): Site {
  const data = readDataset(dataDir);
  const values = buildSiteFiles(data, readEntryLines(dataDir));
  const files = new Map([...values].map(([name, file]) => [name, { json: JSON.stringify(file.content), public: file.public }]));
  const hash = createHash('sha256');
  for (const [name, { json }] of files) hash.update(name).update('\0').update(json).update('\0');
  readDocumentsFrom((name) => {
    const file = values.get(name);
    if (file === undefined) return undefined;
    if (!file.public) gatedRead ??= name;
    read.set(name, file.content);
    return file.content;
  });
  const avatars = new Map(
    data.characters.map((c) => [paths.avatar(c.id), renderToStaticMarkup(<AvatarImage id={c.id} name={c.name} size={96} standalone />)]),
  );
  return { version: hash.digest('hex').slice(0, 12), files, paths: sitePaths(data), avatars };
}

type RenderResult = {
  status: number;
  /** The app's HTML, for `<div id="root">`. */
  html: string;
  /** The page's head tags from `PageHead`: title, description, canonical and link-preview tags. */
  head: string;
  /** The page's `<script type="application/json">` element with the documents its render read. */
  data: string;
  /** Ids of the matched routes, which name their lazy modules, so the page can preload them. */
  routeIds: string[];
  /**
   * Head tags for the documents the page needs beyond its HTML: where the gated parts of those it read are (see
   * `gatedPartsHint`), and the documents it fetches at once (`PageHead`'s `preload`) with theirs.
   */
  hints: string[];
};

/**
 * Renders one URL at the no-spoilers level, as a crawler or a first-time visitor would see it, with the
 * public documents that render used, for `<script type="application/json">`: the browser hydrates from them.
 * `prerenderedFor` is the path the page will be served at, if it is one page's (404.html is any path's).
 */
async function render(path: string, version: string, prerenderedFor: string | undefined): Promise<RenderResult> {
  // Each page renders from nothing, as a first visit does.
  const queryClient = createQueryClient();
  read.clear();
  gatedRead = undefined;
  // A failed page's content is a chunk of its own in the browser: render it here, not its loading state.
  await loadRouteError();
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(new URL(path, SITE_ORIGIN)));
  if (context instanceof Response) {
    throw new Error(`${path} answered with a redirect to ${context.headers.get('Location') ?? '?'}`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  let head: PageHeadProps | undefined;
  const html = renderToString(
    <PageHeadCollector value={(props) => (head = props)}>
      <AppProviders client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </PageHeadCollector>,
  );
  if (!head) throw new Error(`${path}: the page rendered no PageHead, so it would have no <title>.`);
  // Tags React hoists (an <img>'s automatic preload, a <title> outside PageHead) would come first in the app's
  // HTML, inside <div id="root">, where they don't belong.
  if (!html.startsWith('<div')) throw new Error(`${path}: the app's HTML starts with ${html.slice(0, 80)}…, not its shell.`);
  if (gatedRead) throw new Error(`${path}: the prerender read the gated part ${gatedRead}; pages render at no spoilers.`);
  const data = embeddedDataElement({ version, path: prerenderedFor, documents: Object.fromEntries(read) });
  const gated = [...read]
    .filter(([, value]) => ((value as GatedDocument | null)?.moreLater?.length ?? 0) > 0)
    .map(([file]) => file.replace(/\.json$/, ''));
  const preload = head.preload ?? [];
  const hints = [...preload.map((name) => documentPreload(version, name)), ...[...new Set([...gated, ...preload])].map((name) => gatedPartsHint(version, name))];
  return {
    status: context.statusCode,
    html,
    head: renderToStaticMarkup(<PageHeadTags {...head} />),
    data,
    routeIds: context.matches.map((m) => m.route.id),
    hints,
  };
}

/**
 * `render` one page at a time, however many pages the build has in hand: a render collects the documents it reads
 * in `read`, which a second render would clear. The build renders the next page while the last one's critical CSS
 * is found.
 */
let rendering: Promise<unknown> = Promise.resolve();
function renderAlone(...args: Parameters<typeof render>): Promise<RenderResult> {
  const page = rendering.then(() => render(...args));
  rendering = page.catch(() => undefined);
  return page;
}

/** What the client build gives every page. */
export type ClientBuild = {
  /** index.html, whose slots each page fills: what every page's head and body share. */
  template: string;
  /** `.vite/manifest.json`: each source module's chunk, its fonts and what it imports, and the stylesheet. */
  manifest: Record<string, { file: string; imports?: string[]; assets?: string[] }>;
  /** The pre-paint script (src/app/boot.ts, built by vite.config.ts): inline in every page's head. */
  prepaintScript: string;
  /** The font's `@font-face` rules, which every page declares in its head and the stylesheet doesn't (vite.config.ts). */
  fontFaces: string;
};

/**
 * Build-time (scripts/critical-css.mjs): the rules of the stylesheet a page links in its head that its first paint
 * needs, found in its HTML.
 */
export type CriticalCss = (html: string) => Promise<string>;

/**
 * The app's code for a page: the entry, which every page runs, and its routes' modules (route ids are their files'
 * names, src/app/routes.tsx) with what they import, preloaded so they load side by side rather than one import
 * after another. At low priority: the page's stylesheet comes first (docs/decisions/0037, 0038).
 */
function pageCode(build: ClientBuild, routeIds: readonly string[]): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = build.manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entry = build.manifest[APP_ENTRY];
  if (!entry) throw new Error(`The client build's manifest has no ${APP_ENTRY}: see vite.config.ts, build.rolldownOptions.input.`);
  visit(APP_ENTRY);
  for (const id of routeIds) visit(`src/app/routes/${id}.tsx`);
  files.delete(entry.file);
  return [
    `<script type="module" crossorigin src="/${entry.file}" fetchpriority="low"></script>`,
    ...[...files].map((file) => `<link rel="modulepreload" crossorigin href="/${file}" fetchpriority="low">`),
  ];
}

/**
 * Where the display font's file is (src/styles/fonts.css), for the pre-paint script, which preloads it and draws
 * the headings in it once this device holds it (src/lib/display-font.ts). No page preloads it otherwise: a
 * preloaded `optional` font holds the first paint back until it comes or about 100 ms have passed, which on a
 * phone's first visit was all for nothing (docs/decisions/0038).
 */
function displayFont(build: ClientBuild): string {
  const fonts = Object.values(build.manifest).flatMap((chunk) => chunk.assets ?? []).filter((file) => file.endsWith('.woff2'));
  return displayFontHint(onlyFile(fonts, 'display font', 'src/styles/fonts.css'));
}

/** The one stylesheet every page links (`cssCodeSplit: false`, vite.config.ts), as a URL path. */
function stylesheet(build: ClientBuild): string {
  const sheets = Object.values(build.manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.css'));
  return onlyFile(sheets, 'stylesheet', 'vite.config.ts, cssCodeSplit');
}

/** The one file of the client build among `files`, as a URL path; if there isn't exactly one, the error names `what` and its `source`. */
function onlyFile(files: readonly string[], what: string, source: string): string {
  const [file, ...others] = [...new Set(files)];
  if (!file || others.length > 0) throw new Error(`Expected one ${what} in the client build, found ${files.join(', ') || 'none'}: see ${source}.`);
  return `/${file}`;
}

/**
 * The page's head tags between the Content Security Policy, first, which allows the page's inline script and
 * style by their hashes and so comes before them, and the pre-paint script, after the tags it reads.
 */
function policyAndPrepaint(build: ClientBuild, head: readonly string[], styles: readonly string[]): string[] {
  const policy = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy([build.prepaintScript], styles))}">`;
  return [policy, ...head, `<script>${build.prepaintScript}</script>`];
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/**
 * One prerendered page, whole: the template with the page's head (its policy, title and link-preview tags, where
 * the display font is, the documents it needs beyond its HTML, the pre-paint script, the CSS its first paint needs
 * and its code), the app's HTML, the documents it hydrates from, and its stylesheet (docs/decisions/0038).
 */
export async function renderPage(path: string | null, version: string, build: ClientBuild, criticalCss: CriticalCss): Promise<{ status: number; html: string }> {
  const page = await renderAlone(path ?? NOT_FOUND_PATH, version, path ?? undefined);
  const html = await assemble(build, criticalCss, { head: [page.head, displayFont(build), ...page.hints], body: page.html, data: page.data, routeIds: page.routeIds });
  return { status: page.status, html };
}

/**
 * The page the service worker answers with, offline, for a page it holds no HTML for: the app draws that page
 * there from the documents the device kept, or says it isn't kept and lists what is. It has no content of its
 * own, so the first thing painted is the page itself; 404.html painted "Page not found" until the app had
 * replaced it (docs/decisions/0035). It carries what every page's header reads (the not-found render's
 * documents: the episodes), so the header is drawn whatever else is kept.
 */
export async function renderOfflinePage(version: string, build: ClientBuild, criticalCss: CriticalCss): Promise<string> {
  const page = await renderAlone(NOT_FOUND_PATH, version, undefined);
  const head = renderToStaticMarkup(<PageHeadTags description="A page of the wiki, opened from what this device kept for reading offline." />);
  return assemble(build, criticalCss, { head: [head, displayFont(build)], body: '', data: page.data, routeIds: [] });
}

type PageParts = { head: readonly string[]; body: string; data: string; routeIds: readonly string[] };

/**
 * A page from its parts (docs/decisions/0038). Its head ends with the CSS its first paint needs, found by
 * `criticalCss` in the page as it would be with the stylesheet in its head, with the font's face, and then its
 * code, which asks for nothing the first paint waits for. The stylesheet comes last: the first paint doesn't wait
 * for it, and the code, a module script, runs only once it has arrived, so whatever the app draws is styled.
 */
async function assemble(build: ClientBuild, criticalCss: CriticalCss, { head, body, data, routeIds }: PageParts): Promise<string> {
  const stylesheetLink = `<link rel="stylesheet" crossorigin href="${stylesheet(build)}">`;
  const code = pageCode(build, routeIds);
  const css = build.fontFaces + (await criticalCss(fillTemplate(build, [...policyAndPrepaint(build, head, []), stylesheetLink, ...code], body, [data])));
  return fillTemplate(build, [...policyAndPrepaint(build, head, [css]), `<style>${css}</style>`, ...code], body, [data, stylesheetLink]);
}

/** The template with its three slots filled, each exactly once: the head's tags, the app's HTML, and what follows it. */
function fillTemplate(build: ClientBuild, head: readonly string[], body: string, end: readonly string[]): string {
  let html = build.template;
  for (const [slot, content] of [
    [PAGE_SLOTS.head, head.join('\n    ')],
    [PAGE_SLOTS.body, body],
    [PAGE_SLOTS.data, end.join('\n    ')],
  ] as const) {
    if (html.split(slot).length !== 2) throw new Error(`index.html must hold ${slot} exactly once.`);
    // A function, so a `$&` in a page's text is copied as written.
    html = html.replace(slot, () => content);
  }
  return html;
}

/** The not-found page, 404.html: served by static hosts for any unknown path, so it is rendered for none. */
const NOT_FOUND_PATH = '/this-page-does-not-exist/';
