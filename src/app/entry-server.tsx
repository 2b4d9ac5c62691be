import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { datasetSync } from '@/lib/dataset.ts';
import { paths } from '@/lib/paths.ts';
import { SITE_ORIGIN } from '@/lib/site.ts';
import { AppProviders } from './app-providers.tsx';
import { queryClient } from './query-client.ts';
import { routes } from './routes.tsx';

/** Every URL that gets its own HTML file, in sitemap order. */
export function prerenderPaths(): string[] {
  const { characters } = datasetSync();
  return [
    paths.home(),
    paths.characters(),
    ...characters.map((c) => paths.character(c.id)),
    paths.timeline(),
    paths.search(),
    paths.sources(),
    paths.about(),
  ];
}

export { SITE_ORIGIN };

export type RenderResult = { status: number; html: string };

/** Renders one URL at the no-spoilers level, as a crawler or a first-time visitor would see it. */
export async function render(path: string): Promise<RenderResult> {
  const handler = createStaticHandler(routes);
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
  return { status: context.statusCode, html };
}
