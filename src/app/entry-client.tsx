// First, so the base styles come before every component's in the one stylesheet, and components override them.
import '@/styles/global.css';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { prerenderedPath } from '@/lib/dataset.ts';
import { PAGE_HEAD_SELECTOR } from '@/lib/page-head.tsx';
import { normalizePathname } from '@/lib/paths.ts';
import { extendSettlingForHydration } from '@/lib/settling.ts';
import { yieldToBrowser } from '@/lib/yield-to-browser.ts';
import { AppProviders } from './app-providers.tsx';
import { prefetchOnIntent } from './prefetch.ts';
import { createQueryClient } from './query-client.ts';
import { loadRouteError } from './root-layout.tsx';
import { createRoutes } from './routes.tsx';
import { registerServiceWorker } from './service-worker-registration.ts';

/**
 * Loaders run before hydration. The page's public documents came with its HTML (see `src/lib/dataset.ts`),
 * so on a prerendered page they resolve without a request; gated content is never embedded.
 */
type BrowserRouter = ReturnType<typeof createBrowserRouter>;

function initialized(router: BrowserRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) {
        unsubscribe();
        resolve();
      }
    });
  });
}

async function start() {
  // The app has arrived: a page still held back waits for hydration now, not for the fallback (src/lib/settling.ts).
  // The fallback is a CSS animation, so its own clock, the document's timeline, says whether it has run out.
  extendSettlingForHydration(document.documentElement, Number(document.timeline.currentTime ?? performance.now()));
  // Evaluating the app's code was this task's work. Making the router (which starts the page's loader) and
  // hydrating each get a task of their own: together they held a phone's main thread for 130–240 ms.
  await yieldToBrowser();
  // index.html always has it; without it React throws its own error ("Target container is not a DOM element").
  const container = document.getElementById('root') as HTMLElement;
  // One client for the visit: what a page read stays for the next.
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  const router = createBrowserRouter(routes);
  await initialized(router);
  // The not-found page (404.html) and any page that failed to load show their message at once, not after it.
  if (router.state.errors) await loadRouteError();
  prefetchOnIntent(routes);
  await yieldToBrowser();

  const app = (
    <AppProviders client={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
  // Hydrate only HTML that was prerendered for this very URL; 404.html, served for any unknown path, is
  // replaced by a client render of whatever the router makes of the URL.
  if (prerenderedPath() === normalizePathname(window.location.pathname)) {
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the main
    // thread for the whole page (hundreds of ms on a phone); a tap on a part not yet hydrated hydrates it first.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    // React adds the page's own head tags; drop the ones the 404 page was served with.
    document.querySelectorAll(PAGE_HEAD_SELECTOR).forEach((el) => el.remove());
    createRoot(container).render(app);
  }
}

void start();
registerServiceWorker();
