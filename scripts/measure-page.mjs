// Measures what a fresh visitor's browser downloads for one page: every response body until the network is
// idle, gzipped here (zlib, default level) so the figures don't depend on whether the server compresses.
// Used by scripts/bench.mjs; the browser is a Playwright Chromium Browser.
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { STORAGE_KEYS } from '../src/lib/storage-keys.mjs';
import { startStaticServer } from './serve.mjs';

/** What the header's "Show spoilers" switch stores (src/lib/spoiler-preferences.ts). */
const SPOILER_KEY = STORAGE_KEYS.spoilers;
const SPOILERS_ON = { showAll: true, watched: 'none', promptDismissed: true };

/** After `networkidle`, a page counts as settled once this long passes with no new request. */
const QUIET_MS = 500;
/** A page that keeps requesting (or a request that never ends) is cut off this long after navigation. */
const MAX_SETTLE_MS = 30_000;

/** Serves `distDir` on 127.0.0.1 like a plain static host (no rewrites, 404.html), runs `fn(baseUrl)`. */
export async function withServer(distDir, fn) {
  const { port, close } = await startStaticServer(0, distDir);
  try {
    return await fn(`http://127.0.0.1:${port}`);
  } finally {
    await close();
  }
}

function classify({ path, type }) {
  if (type === 'document') return 'html';
  if (path.startsWith('/data/') || path.endsWith('.json')) return 'data';
  if (type === 'script' || /\.m?js$/.test(path)) return 'js';
  if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
  return 'other';
}

async function record(response) {
  const request = response.request();
  const url = new URL(response.url());
  let body;
  try {
    body = await response.body();
  } catch {
    // Redirects have no body, and neither has a response the page abandoned.
    body = Buffer.alloc(0);
  }
  return {
    path: url.pathname + url.search,
    type: request.resourceType(),
    status: response.status(),
    gzip: body.length === 0 ? 0 : gzipSync(body).length,
  };
}

/**
 * Opens `url` in a fresh context (empty cache and storage, a 412×915 phone viewport) and returns the gzip
 * bytes it received by kind: `{ html, js, data, css, other, total, requests, jsFiles, dataFiles, failed }`, its
 * cumulative layout shift (`cls`), and `heldMs`: how long after the first paint a returning viewer's content
 * was held back while their spoilers were placed (0 when nothing was held). With `spoilers`, the "Show
 * spoilers" switch is on before any of the page's scripts run: a returning viewer.
 */
export async function measurePage(browser, url, { spoilers = false } = {}) {
  // The page's own bytes: the service worker's precache of the whole site follows a first visit, in the
  // background, and is reported apart (the build prints its size).
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
  try {
    if (spoilers) {
      await context.addInitScript(
        ([key, value]) => {
          try {
            localStorage.setItem(key, value);
          } catch {
            // An opaque origin has no storage; the page then measures at its default level.
          }
        },
        [SPOILER_KEY, JSON.stringify(SPOILERS_ON)],
      );
    }
    // Layout shift as Lighthouse counts it, and, for a returning viewer whose page holds its content back until
    // their spoilers are placed (src/lib/settling.ts), when it was let go.
    await context.addInitScript(() => {
      const bench = { shift: 0, released: null };
      window.__bench = bench;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // This runs before <html> exists: watch the document for the attribute coming and going.
      new MutationObserver(() => {
        if (bench.released === null && document.documentElement.dataset.settling === undefined) bench.released = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-settling'] });
    });
    const page = await context.newPage();
    const pending = [];
    let open = 0;
    let lastRequest = Date.now();
    page.on('request', () => {
      open += 1;
      lastRequest = Date.now();
    });
    page.on('requestfinished', () => (open -= 1));
    page.on('requestfailed', () => (open -= 1));
    page.on('response', (response) => pending.push(record(response)));

    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // networkidle only watches the network: while the main thread is still parsing or hydrating a large page,
    // the network is quiet but the app has not yet asked for its data. So wait for an idle main thread, then
    // for QUIET_MS with no new request and nothing open, and go round again if anything started meanwhile.
    for (;;) {
      await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(), { timeout: 5_000 })));
      const quietFrom = Date.now();
      await sleep(QUIET_MS);
      while (open > 0 && Date.now() - started < MAX_SETTLE_MS) await sleep(50);
      if (lastRequest < quietFrom || Date.now() - started >= MAX_SETTLE_MS) break;
    }
    const responses = await Promise.all(pending);
    const { cls, heldMs } = await page.evaluate(() => {
      const { shift, released } = window.__bench;
      const firstPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const held = released !== null && document.querySelector('[data-gated]') !== null;
      return { cls: shift, heldMs: held ? Math.max(0, released - firstPaint) : 0 };
    });

    const sizes = { html: 0, js: 0, data: 0, css: 0, other: 0 };
    const jsFiles = [];
    const dataFiles = [];
    for (const r of responses) {
      const kind = classify(r);
      sizes[kind] += r.gzip;
      if (kind === 'js') jsFiles.push({ url: r.path, gzip: r.gzip });
      if (kind === 'data') dataFiles.push({ url: r.path, gzip: r.gzip });
    }
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    return {
      ...sizes,
      total,
      requests: responses.length,
      cls,
      heldMs,
      jsFiles,
      dataFiles,
      failed: responses.filter((r) => r.status >= 400).map((r) => ({ url: r.path, status: r.status })),
    };
  } finally {
    await context.close();
  }
}

/**
 * A phone-sized context for a visitor who has answered the first-visit question with "nothing yet"; with
 * `touch`, a touch screen, so that `tap()` sends touch events as a finger does. Service workers are blocked:
 * the timings are of the page and the network, not of a worker's cache filling or answering meanwhile.
 */
export async function returningPhone(browser, { touch = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 915 },
    isMobile: touch,
    hasTouch: touch,
    serviceWorkers: 'block',
  });
  await context.addInitScript(
    ([key, value]) => localStorage.setItem(key, value),
    [SPOILER_KEY, JSON.stringify({ showAll: false, watched: 'none', promptDismissed: true })],
  );
  return context;
}

/** The median and 95th percentile of some timings, in milliseconds. */
export function summarize(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/**
 * Timeline filter latency: from a click on a category checkbox to the updated "Showing N of M events" line,
 * `runs` times (checking and unchecking), in a fresh phone-sized page at "nothing yet". Returns the median and
 * 95th percentile in milliseconds. A timing on this machine: reported, never asserted.
 */
export async function measureFilterLatency(browser, url, runs = 21) {
  const context = await returningPhone(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByRole('switch', { name: 'Show spoilers', includeHidden: true }).waitFor({ state: 'attached' });
    // The filters are inert until the app is interactive (src/features/timeline/timeline-filter-form.tsx).
    await page.waitForFunction(() => document.querySelector('input[value="casting"]')?.closest('[inert]') === null);
    const times = [];
    for (let i = 0; i < runs; i++) {
      times.push(
        await page.evaluate(async () => {
          const status = [...document.querySelectorAll('[role=status]')].find((e) => /^Showing/.test(e.textContent ?? ''));
          const before = status.textContent;
          const started = performance.now();
          document.querySelector('input[value="casting"]').click();
          await new Promise((done) => {
            const check = () => (status.textContent !== before ? done() : requestAnimationFrame(check));
            check();
          });
          // The list is painted in the frame after its text changed.
          await new Promise((done) => requestAnimationFrame(() => done()));
          return performance.now() - started;
        }),
      );
    }
    return summarize(times);
  } finally {
    await context.close();
  }
}

/** Lighthouse's mobile network: 150 ms round trips and 1.6 Mbit/s down (bytes a second here). */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/**
 * The display font (Fraunces, `font-display: optional`) on a phone's visits, on Lighthouse's mobile network with
 * its 4× slower CPU (docs/decisions/0038): a first visit to `first`, then, once the app has stored that the service
 * worker holds the font, a page load of `next`. For each, `{ fraunces, runs, fcp }`: in how many loads the `<h1>`
 * was drawn in Fraunces (the font Chromium used, from the DevTools protocol) and the median first contentful paint.
 */
export async function measureDisplayFont(browser, first, next, runs = 5) {
  const loads = { first: { fraunces: 0, fcps: [] }, next: { fraunces: 0, fcps: [] } };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      for (const [load, url] of [['first', first], ['next', next]]) {
        await page.goto(url, { waitUntil: 'load' });
        const { root } = await cdp.send('DOM.getDocument');
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main h1' });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        if (fonts.some((f) => f.familyName.includes('Fraunces'))) loads[load].fraunces++;
        loads[load].fcps.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
        if (load === 'first') await page.waitForFunction((key) => localStorage.getItem(key) !== null, STORAGE_KEYS.displayFont, { timeout: 60_000 });
      }
    } finally {
      await context.close();
    }
  }
  return Object.fromEntries(Object.entries(loads).map(([load, { fraunces, fcps }]) => [load, { fraunces, runs, fcp: summarize(fcps).median }]));
}
