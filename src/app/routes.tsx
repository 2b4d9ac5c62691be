import type { RouteObject } from 'react-router';
import { routePatterns } from '@/lib/paths.ts';
import { skipOnQueryChange } from './revalidate.ts';
import { RootErrorBoundary, RootLayout, rootLoader } from './root-layout.tsx';
import { Component as CharacterRoute, loader as characterLoader } from './routes/character-route.tsx';

/**
 * Route modules load lazily: each page's code arrives when it is first visited. A child route's id is its
 * module's file name, which the build uses to preload the module of a prerendered page.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    loader: rootLoader,
    shouldRevalidate: skipOnQueryChange,
    Component: RootLayout,
    ErrorBoundary: RootErrorBoundary,
    HydrateFallback: () => null,
    children: [
      { id: 'home-route', index: true, lazy: () => import('./routes/home-route.tsx') },
      { id: 'characters-route', path: routePatterns.characters, lazy: () => import('./routes/characters-route.tsx') },
      // In the entry, not lazy: the page shared links land on (docs/decisions/0010).
      { id: 'character-route', path: routePatterns.character, loader: characterLoader, Component: CharacterRoute },
      { id: 'cast-route', path: routePatterns.cast, lazy: () => import('./routes/cast-route.tsx') },
      { id: 'timeline-route', path: routePatterns.timeline, lazy: () => import('./routes/timeline-route.tsx') },
      { id: 'search-route', path: routePatterns.search, lazy: () => import('./routes/search-route.tsx') },
      { id: 'sources-route', path: routePatterns.sources, lazy: () => import('./routes/sources-route.tsx') },
      { id: 'about-route', path: routePatterns.about, lazy: () => import('./routes/about-route.tsx') },
      { id: 'not-found-route', path: routePatterns.notFound, lazy: () => import('./routes/not-found-route.tsx') },
    ],
  },
];
