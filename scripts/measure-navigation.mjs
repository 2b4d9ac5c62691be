// Times pages in Chromium on a served build (scripts/bench.mjs): how long a character page takes to render on a
// fresh load, and following a link from one character to another in the app against loading the same page
// afresh. Timings on this machine, reported and never asserted.
import { returningPhone, summarize } from './measure-page.mjs';

/**
 * 150 ms round trips, as on Lighthouse's mobile network, but 100 Mbit/s each way: the bench's server doesn't
 * compress, so Lighthouse's 1.6 Mbit/s would charge a full load for raw bytes a real host would gzip. What is
 * compared is the round trips and the work in the page.
 */
const LATENCY_150 = { offline: false, latency: 150, downloadThroughput: 12_500_000, uploadThroughput: 12_500_000 };

/**
 * Marks, in every document of the context, when its `main h1` was first painted (`h1`) and when the app had
 * hydrated (`hydrated`: the header's theme switch is enabled only then), in milliseconds after navigation
 * start. A requestAnimationFrame callback runs just before the frame that shows the change, and a message
 * posted from it arrives once that frame is painted.
 */
async function markPaints(context) {
  await context.addInitScript(() => {
    const times = {};
    window.__paints = times;
    const painted = (key) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (times[key] = performance.now());
        channel.port2.postMessage(null);
      });
    const seen = new Set();
    const see = (key, now) => {
      if (now && !seen.has(key)) {
        seen.add(key);
        painted(key);
      }
    };
    new MutationObserver(() => {
      see('h1', document.querySelector('main h1'));
      see('hydrated', document.querySelector('.theme-switch:not([disabled])'));
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  });
}

const paintsOf = (page, keys) =>
  page.waitForFunction((keys) => keys.every((k) => window.__paints?.[k] !== undefined) && window.__paints, keys).then((h) => h.jsonValue());

/**
 * A fresh load of `url` on this machine, no throttling, `runs` times, at "nothing yet": the median and 95th
 * percentile from navigation start to its heading painted (`h1`) and to the app hydrated (`hydrated`).
 */
export async function measureRenderTime(browser, url, runs = 7) {
  const context = await returningPhone(browser);
  try {
    await markPaints(context);
    const h1 = [];
    const hydrated = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const paints = await paintsOf(page, ['h1', 'hydrated']);
      h1.push(paints.h1);
      hydrated.push(paints.hydrated);
      await page.close();
    }
    return { h1: summarize(h1), hydrated: summarize(hydrated) };
  } finally {
    await context.close();
  }
}

/**
 * From `from` (a character page, loaded and settled) to the character page `to`, whose heading is `name`, with
 * 150 ms round trips, `runs` times each way, alternating so both see the same machine:
 *
 * - `spa`: a tap on a link to it in `from`'s main content, on a touch screen, the moment the link is scrolled
 *   into view, timed from the touchstart to the frame that shows the new heading. A finger gives no hover head
 *   start, and the clock starts when it touches, so however long it rests the prefetch counts.
 * - `spaInView`: the same tap, 300 ms after the link was scrolled into view, as a reader sees a link before
 *   tapping it: the page fetches ahead what links in view need (src/app/prefetch.ts).
 * - `spaPointer`: the same link with a mouse, as on a desktop: the pointer rests on it for 300 ms (the
 *   prefetch starts when it arrives), then clicks; timed from the click to the frame that shows the heading.
 * - `full`: loading `to` afresh from `from`, timed from navigation start to its heading painted (`full`) and to
 *   the app hydrated (`fullHydrated`).
 */
export async function measureNavigation(browser, baseUrl, { from, to, name }, runs = 7) {
  const context = await returningPhone(browser, { touch: true });
  try {
    await markPaints(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const times = { spa: [], spaInView: [], spaPointer: [], full: [], fullHydrated: [] };
    for (let i = 0; i < runs; i++) {
      for (const how of ['spa', 'spaInView', 'spaPointer', 'full']) {
        await page.goto(baseUrl + from, { waitUntil: 'networkidle' });
        await paintsOf(page, ['hydrated']);
        await cdp.send('Network.emulateNetworkConditions', LATENCY_150);
        if (how === 'full') {
          await page.goto(baseUrl + to, { waitUntil: 'commit' });
          const paints = await paintsOf(page, ['h1', 'hydrated']);
          times.full.push(paints.h1);
          times.fullHydrated.push(paints.hydrated);
        } else {
          const link = page.locator(`main a[href="${to}"]`).first();
          const start = how === 'spaPointer' ? 'click' : 'touchstart';
          if (how === 'spaPointer') {
            await link.hover();
            await page.waitForTimeout(300);
          } else if (how === 'spaInView') {
            await link.scrollIntoViewIfNeeded();
            await page.waitForTimeout(300);
          }
          // Listening first, so the clock can't miss the touch or the click.
          await page.evaluate(([name, start]) => {
            window.__spa = new Promise((done) => {
              let touched;
              document.addEventListener(start, (event) => (touched = event.timeStamp), { capture: true, once: true });
              const observer = new MutationObserver(() => {
                if (document.querySelector('main h1')?.textContent !== name) return;
                observer.disconnect();
                requestAnimationFrame(() => {
                  const channel = new MessageChannel();
                  channel.port1.onmessage = () => done(performance.now() - touched);
                  channel.port2.postMessage(null);
                });
              });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            });
          }, [name, start]);
          await (how === 'spaPointer' ? link.click() : link.tap());
          times[how].push(await page.evaluate(() => window.__spa));
        }
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      }
    }
    return {
      spa: summarize(times.spa),
      spaInView: summarize(times.spaInView),
      spaPointer: summarize(times.spaPointer),
      full: summarize(times.full),
      fullHydrated: summarize(times.fullHydrated),
    };
  } finally {
    await context.close();
  }
}
