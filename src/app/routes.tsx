import type { RouteObject } from 'react-router';
import { routePatterns } from '@/lib/paths.ts';
import { RootErrorBoundary, RootLayout, rootLoader } from './root-layout.tsx';

/** Route modules load lazily: each page's code arrives when it is first visited. */
export const routes: RouteObject[] = [
  {
    path: '/',
    loader: rootLoader,
    Component: RootLayout,
    ErrorBoundary: RootErrorBoundary,
    HydrateFallback: () => null,
    children: [
      { index: true, lazy: () => import('./routes/home-route.tsx') },
      { path: routePatterns.characters, lazy: () => import('./routes/characters-route.tsx') },
      { path: routePatterns.character, lazy: () => import('./routes/character-route.tsx') },
      { path: routePatterns.timeline, lazy: () => import('./routes/timeline-route.tsx') },
      { path: routePatterns.search, lazy: () => import('./routes/search-route.tsx') },
      { path: routePatterns.sources, lazy: () => import('./routes/sources-route.tsx') },
      { path: routePatterns.about, lazy: () => import('./routes/about-route.tsx') },
      { path: routePatterns.notFound, lazy: () => import('./routes/not-found-route.tsx') },
    ],
  },
];
