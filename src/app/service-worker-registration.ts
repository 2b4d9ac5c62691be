import { keepFirstPage } from '@/features/offline/keep-page.ts';
import { savingData } from '@/features/offline/save-data.ts';
import { rememberDisplayFontIfHeld } from '@/lib/display-font.ts';
import { paths } from '@/lib/paths.ts';

/**
 * The service worker (scripts/service-worker.mjs, docs/decisions/0012 and 0030), registered once the page has
 * loaded so it never competes with the page for the network. It precaches the app's shell and keeps pages as
 * they are read. A new version installs beside the running one and waits; the viewer is offered it
 * (src/features/updates/update-prompt.tsx, loaded only then), never forced.
 *
 * Under Save-Data a first visit installs nothing: the shell would be downloaded again for the worker. Keeping the
 * wiki for offline reading (About) installs it then; a worker installed before keeps being updated.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = async () => {
    if (savingData() && !(await navigator.serviceWorker.getRegistration())) return;
    // The first worker takes control of this page once it has precached the shell: then this page, loaded
    // before it, is kept too.
    if (!navigator.serviceWorker.controller) {
      navigator.serviceWorker.addEventListener('controllerchange', () => void keepFirstPage(), { once: true });
    }
    const registration = await navigator.serviceWorker.register(paths.serviceWorker());
    // The shell the worker keeps holds the display font: the next page load can draw the headings in it.
    void rememberDisplayFontIfHeld(document);
    const offer = () => {
      const waiting = registration.waiting;
      if (waiting && navigator.serviceWorker.controller) void import('@/features/updates/update-prompt.tsx').then((m) => m.showUpdatePrompt(waiting));
    };
    offer();
    registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offer));
  };
  const start = () =>
    register().catch(() => {
      // No worker (private mode, a blocked scope, a test browser that blocks them): the site works online as before.
    });
  if (document.readyState === 'complete') void start();
  else addEventListener('load', () => void start(), { once: true });
}
