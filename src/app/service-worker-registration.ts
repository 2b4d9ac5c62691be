import { paths } from '@/lib/paths.ts';

/**
 * The service worker (scripts/service-worker.mjs, docs/decisions/0012), registered once the page has loaded so
 * it never competes with the page for the network. A new version installs beside the running one and waits;
 * the viewer is offered it (src/features/updates/update-prompt.tsx, loaded only then), never forced.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register(paths.serviceWorker())
      .then((registration) => {
        const offer = () => {
          const waiting = registration.waiting;
          if (waiting && navigator.serviceWorker.controller) void import('@/features/updates/update-prompt.tsx').then((m) => m.showUpdatePrompt(waiting));
        };
        offer();
        registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offer));
      })
      .catch(() => {
        // No worker (private mode, a blocked scope, a test browser that blocks them): the site works online as before.
      });
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
