import { createHash } from 'node:crypto';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { dataUrl, embeddedDataElement, gatedPartsHint, readDocumentsFrom } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { AvatarImage } from '@/lib/avatar-image.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_ORIGIN } from '@/lib/site.ts';
import { AppProviders } from './app-providers.tsx';
import { createQueryClient } from './query-client.ts';
import { loadHeaderSearch } from '@/features/search/header-search-slot.tsx';
import { loadRouteError } from './root-layout.tsx';
import { createRoutes } from './routes.tsx';
import { buildSiteFiles, sitePaths } from './site-documents.server.ts';

export { dataUrl, SITE_ORIGIN };

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
  const values = buildSiteFiles(data);
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

export type RenderResult = {
  status: number;
  html: string;
  /** The page's `<script type="application/json">` element with the documents its render read. */
  data: string;
  /** Ids of the matched routes, which name their lazy modules, so the page can preload them. */
  routeIds: string[];
  /** Head tags saying where the gated parts of the documents it read are (see `gatedPartsHint`). */
  hints: string[];
};

/**
 * Renders one URL at the no-spoilers level, as a crawler or a first-time visitor would see it, with the
 * public documents that render used, for `<script type="application/json">`: the browser hydrates from them.
 */
export async function render(path: string, version: string): Promise<RenderResult> {
  // Each page renders from nothing, as a first visit does.
  const queryClient = createQueryClient();
  read.clear();
  gatedRead = undefined;
  // A failed page's content and the header's search field are chunks of their own in the browser; render them
  // here, not their loading state.
  await Promise.all([loadRouteError(), loadHeaderSearch()]);
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(new URL(path, SITE_ORIGIN)));
  if (context instanceof Response) {
    throw new Error(`${path} answered with a redirect to ${context.headers.get('Location') ?? '?'}`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <AppProviders client={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
  );
  if (gatedRead) throw new Error(`${path}: the prerender read the gated part ${gatedRead}; pages render at no spoilers.`);
  const data = embeddedDataElement({ version, documents: Object.fromEntries(read) });
  const hints = [...read]
    .filter(([, value]) => ((value as GatedDocument | null)?.moreLater?.length ?? 0) > 0)
    .map(([file]) => gatedPartsHint(version, file.replace(/\.json$/, '')));
  return { status: context.statusCode, html, data, routeIds: context.matches.map((m) => m.route.id), hints };
}
