import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import styles from './update-prompt.module.css';

/**
 * "A new version is available · Reload": shown when a newer service worker has installed and waits
 * (src/app/service-worker-registration.ts). Nothing reloads until the viewer asks; "Not now" keeps the page, and the prompt comes back
 * on the next page load while the new version still waits.
 */
export function UpdatePrompt({ worker }: { worker: ServiceWorker }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const reload = () => {
    // The waiting worker takes over (Workbox's SKIP_WAITING message); the page reloads once it controls it.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload());
    worker.postMessage({ type: 'SKIP_WAITING' });
    // Chromium can hold the new version back while this page is open; leaving the page lets it take over.
    setTimeout(() => window.location.reload(), 1000);
  };
  return (
    <div role="status" className={styles.prompt}>
      <p className={styles.text}>A new version is available</p>
      <button type="button" className={styles.reload} onClick={reload}>
        Reload
      </button>
      <button type="button" className={styles.dismiss} onClick={() => setOpen(false)}>
        Not now
      </button>
    </div>
  );
}

/** Mounts the prompt in a root of its own: it belongs to no route, and outlives none. */
export function showUpdatePrompt(worker: ServiceWorker) {
  const container = document.body.appendChild(document.createElement('div'));
  createRoot(container).render(<UpdatePrompt worker={worker} />);
}
