import { useEffect, useRef } from 'react';
import { OFFLINE_CACHES } from '@/lib/offline-copy.mjs';
import { savingData } from './offline-copy.ts';

/**
 * Keeps the page at `pathname` for offline reading, unless it is kept already. The service worker keeps a page
 * loaded through it as it passes (scripts/service-worker.mjs); this is for the two it never sees: the page read
 * before it took control, and a page the app navigated to, which fetched only its data. Nothing without a worker
 * in control (nothing would answer for the page offline) or under Save-Data (it would download the page again).
 */
export async function keepPage(pathname: string): Promise<void> {
  if (!navigator.serviceWorker?.controller || savingData()) return;
  try {
    const pages = await caches.open(OFFLINE_CACHES.pages);
    if (!(await pages.match(pathname))) await pages.add(pathname);
  } catch {
    // Offline, a full disk, or a page that isn't there (a mistyped address): nothing to keep.
  }
}

/** Keeps each page the app navigates to (`pathname`); the page it opened on was loaded, not navigated to. */
export function useKeepPagesRead(pathname: string): void {
  const opened = useRef(pathname);
  useEffect(() => {
    if (pathname !== opened.current) void keepPage(pathname);
  }, [pathname]);
}
