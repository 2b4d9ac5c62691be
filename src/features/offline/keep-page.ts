import { useEffect, useRef } from 'react';
import { embeddedDocuments } from '@/lib/dataset.ts';
import { OFFLINE_CACHES } from '@/lib/offline-copy.mjs';
import { savingData } from './save-data.ts';

/**
 * The service worker (scripts/service-worker.mjs) keeps a page loaded through it as it passes, and every data file
 * a page fetches through it. These keep the two kinds of page it never sees whole. Neither does anything without a
 * worker in control: nothing would answer for the page offline.
 */

/**
 * The page read before the worker took control: its HTML came before the worker, and it fetched no documents,
 * since they came inside it. Its documents are kept from the page itself, at no cost; offline, the worker answers
 * for the page with the shell's 404.html, and the app draws the page there from them. (Fetching its HTML again
 * would cost the page twice on a first visit.) The page is kept whole the next time it is loaded online.
 */
export async function keepFirstPage(): Promise<void> {
  if (!navigator.serviceWorker?.controller) return;
  try {
    const data = await caches.open(OFFLINE_CACHES.data);
    for (const { url, document } of embeddedDocuments()) {
      if (await data.match(url)) continue;
      await data.put(url, new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json' } }));
    }
  } catch {
    // A full disk, or storage the browser refuses: the page is kept the next time it is loaded.
  }
}

/**
 * A page the app navigated to: the worker kept its documents as they arrived, and here its HTML is fetched to be
 * kept beside them, so it opens offline as a page load like any other. Not under Save-Data: it would download
 * the page a second time.
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
