// The framework floor: the wiki's client stack (React, React DOM, the data router with a lazy route and a
// loader, TanStack Query) and nothing else. Its JS is the least any page of the wiki can ship, so the bench
// reports how far each page's JS is above it.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from './queries.ts';

const router = createBrowserRouter([{ path: '*', lazy: () => import('./route.tsx') }]);

hydrateRoot(
  document.getElementById('root') as HTMLElement,
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
