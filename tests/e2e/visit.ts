import { expect, type Page } from '@playwright/test';
import type { Received } from './received.ts';
import { waitForAppReady } from './test.ts';

/** A served page's `<title>`, as the browser reads it (React escapes these five in text). */
async function servedTitle(page: Page, path: string): Promise<string> {
  const html = await (await page.request.get(path)).text();
  const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (raw === undefined) throw new Error(`${path} is served without a <title>`);
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
  return raw.replace(/&(amp|lt|gt|quot|#x27);/g, (entity) => entities[entity]!);
}

/**
 * Opens `path` inside the running app, as following a link does: React Router navigates (loaders, the spoiler
 * gate, the render) without a new document. The sweeps use it for most pages of a level because a full load
 * costs about three times as much (in the leak scan, 0.5 s against 0.16 s a page on an idle machine), most of it
 * the same hydration again. A link to every page from the current one isn't at hand, so the history entry is
 * pushed and announced as the browser's Back and Forward do.
 * Resolves once the page's own title is shown.
 */
export async function openInApp(page: Page, path: string): Promise<void> {
  const title = await servedTitle(page, path);
  // The router listens once the app is ready.
  await waitForAppReady(page);
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveTitle(title);
}

/** Whether a whole-site sweep loads its `index`th page from the server rather than in the app: the first, then every fourth. */
const loadsFully = (index: number) => index % 4 === 0;

/**
 * Opens the `index`th page of a whole-site sweep: from the server or in the app, as `loadsFully` says. Before a
 * load it waits for what the page being left is still receiving, which a new document would cancel. Resolves
 * to whether the page was loaded (then it may not have hydrated yet).
 */
export async function sweepTo(page: Page, path: string, index: number, received?: Received): Promise<boolean> {
  if (!loadsFully(index)) {
    await openInApp(page, path);
    return false;
  }
  await received?.idle();
  await page.goto(path);
  return true;
}
