import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject } from 'react-router';
import { routePatterns } from '@/lib/paths.ts';
import { skipOnQueryChange } from './revalidate.ts';
import { RootErrorBoundary, RootLayout, rootLoader } from './root-layout.tsx';
import { Component as CharacterRoute, loader as characterLoader } from './routes/character-route.tsx';

/** What a route module exports: its page, and a loader made with the app's query client, if it reads data. */
type RouteModule = { Component: React.ComponentType; loader?: (queryClient: QueryClient) => LoaderFunction; shouldRevalidate?: RouteObject['shouldRevalidate'] };

/**
 * The app's routes, with the query client their loaders fill (one per browser visit, one per prerendered page),
 * as in TanStack Query's React Router example. Route modules load lazily: each page's code arrives when it is
 * first visited. A child route's id is its module's file name, which the build uses to preload the module of a
 * prerendered page.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const withClient = ({ loader, ...module }: RouteModule) => ({ ...module, ...(loader && { loader: loader(queryClient) }) });
  return [
    {
      path: '/',
      loader: rootLoader(queryClient),
      shouldRevalidate: skipOnQueryChange,
      Component: RootLayout,
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: () => null,
      children: [
        { id: 'home-route', index: true, lazy: () => import('./routes/home-route.tsx').then(withClient) },
        { id: 'episodes-route', path: routePatterns.episodes, lazy: () => import('./routes/episodes-route.tsx').then(withClient) },
        { id: 'episode-route', path: routePatterns.episode, lazy: () => import('./routes/episode-route.tsx').then(withClient) },
        { id: 'characters-route', path: routePatterns.characters, lazy: () => import('./routes/characters-route.tsx').then(withClient) },
        { id: 'character-letter-route', path: routePatterns.characterLetter, lazy: () => import('./routes/character-letter-route.tsx').then(withClient) },
        // In the entry, not lazy: the page shared links land on (docs/decisions/0010).
        { id: 'character-route', path: routePatterns.character, loader: characterLoader(queryClient), Component: CharacterRoute },
        { id: 'cast-list-route', path: routePatterns.castList, lazy: () => import('./routes/cast-list-route.tsx').then(withClient) },
        { id: 'cast-letter-route', path: routePatterns.castLetter, lazy: () => import('./routes/cast-letter-route.tsx').then(withClient) },
        { id: 'cast-route', path: routePatterns.cast, lazy: () => import('./routes/cast-route.tsx').then(withClient) },
        { id: 'timeline-route', path: routePatterns.timeline, lazy: () => import('./routes/timeline-route.tsx').then(withClient) },
        { id: 'search-route', path: routePatterns.search, lazy: () => import('./routes/search-route.tsx').then(withClient) },
        { id: 'sources-route', path: routePatterns.sources, lazy: () => import('./routes/sources-route.tsx').then(withClient) },
        { id: 'source-page-route', path: routePatterns.sourcePage, lazy: () => import('./routes/source-page-route.tsx').then(withClient) },
        { id: 'music-route', path: routePatterns.music, lazy: () => import('./routes/music-route.tsx').then(withClient) },
        { id: 'reception-route', path: routePatterns.reception, lazy: () => import('./routes/reception-route.tsx').then(withClient) },
        { id: 'about-route', path: routePatterns.about, lazy: () => import('./routes/about-route.tsx').then(withClient) },
        { id: 'not-found-route', path: routePatterns.notFound, lazy: () => import('./routes/not-found-route.tsx').then(withClient) },
      ],
    },
  ];
}
