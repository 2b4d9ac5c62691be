// Runs Lighthouse (its default config: a phone on its simulated mobile network) against pages of a served build,
// in the system Chromium started by chrome-launcher, which ships with Lighthouse, one browser a page as its
// command line does. Used by scripts/bench.mjs.
import { createServer, request } from 'node:http';
import { createGzip } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Text a host compresses: what the bench's byte figures count gzipped. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Runs `fn(baseUrl)` with a proxy in front of `baseUrl` that gzips text, as the hosts the README names do
 * (Netlify, GitHub Pages, nginx with gzip on). The bench's plain static server sends everything uncompressed,
 * and Lighthouse would spend most of its performance score on that, a matter of the host rather than the site.
 */
export async function withGzip(baseUrl, fn) {
  const target = new URL(baseUrl);
  const server = createServer((req, res) => {
    const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      const gzip =
        req.method === 'GET' && answer.statusCode !== 304 && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') &&
        COMPRESSIBLE.test(answer.headers['content-type'] ?? '');
      if (!gzip) {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
        return;
      }
      // The length is of the uncompressed body: dropped, so the response is chunked.
      const headers = { ...answer.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' };
      delete headers['content-length'];
      res.writeHead(answer.statusCode, headers);
      answer.pipe(createGzip()).pipe(res);
    });
    upstream.once('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  try {
    return await fn(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
  }
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * What cost a category points: its weighted audits that didn't pass, as "title (score)". For performance only
 * the metrics carry weight; when one falls short, the opportunities that would save the most time follow it.
 */
function lostPoints(lhr, id) {
  const lost = lhr.categories[id].auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
    .map((ref) => lhr.audits[ref.id])
    .map((a) => `${a.title}${a.displayValue ? ` ${a.displayValue}` : ''} (score ${a.score})`);
  if (id === 'performance' && lost.length > 0) {
    const opportunities = Object.values(lhr.audits)
      .filter((a) => a.details?.type === 'opportunity' && a.score !== null && a.score < 1 && (a.details.overallSavingsMs ?? 0) > 0)
      .sort((a, b) => b.details.overallSavingsMs - a.details.overallSavingsMs)
      .slice(0, 3)
      .map((a) => `${a.title}: ${a.displayValue ?? `${Math.round(a.details.overallSavingsMs)} ms`}`);
    if (opportunities.length > 0) lost.push(`opportunities: ${opportunities.join('; ')}`);
    const longest = lhr.audits['long-tasks'].details?.items?.[0];
    if (longest) lost.push(`longest main-thread task ${Math.round(longest.duration)} ms (${longest.url.replace(/^.*\//, '')})`);
  }
  return lost;
}

/**
 * How long one page may take. Lighthouse finishes a page here in about 15 s, but on the 100× timeline (3 MB of
 * HTML) Chromium's tracing service kept growing past a gigabyte and Lighthouse never got past navigating.
 */
const LIMIT_MS = 180_000;

/**
 * Headless Chromium often kept the first paint back by whole seconds after the page was ready: observed first
 * paint at 2.25–2.3 s on pages whose load event came at 0.4–0.6 s, the main thread idle between, in 12 of 19
 * runs on this machine (the others 0.45–0.7 s). With Paint Holding off it was 0.43–0.62 s in 12 of 12. A bare
 * page with one stylesheet was held to 1.24 s. GoogleChrome/lighthouse#17148 reports it on PageSpeed Insights
 * too (viz stops sending the page BeginFrames; not seen in a headed Chrome). Lighthouse scales Speed Index from
 * the observed one and counts every request that starts before the observed paint into its first-paint
 * estimate, so the held seconds cost about 2.3 s of Speed Index (4.0 s against 1.5–1.7 s). Paint Holding only
 * keeps the previous page (here Lighthouse's blank one) on screen while a same-tab navigation loads; it never
 * shows content earlier, so with it off Lighthouse measures the page, not the stall.
 */
const HEADLESS_PAINT_FIX = '--disable-features=PaintHolding';

/** Lighthouse's result for `url` in a Chromium of its own, or null if it took longer than LIMIT_MS. */
async function lighthouseResult(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, HEADLESS_PAINT_FIX] });
  let timer;
  try {
    const run = lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES });
    // After a timeout the browser is closed under it, and it fails: nobody is waiting for it then.
    run.catch(() => {});
    const timeout = new Promise((done) => (timer = setTimeout(() => done(null), LIMIT_MS)));
    const result = await Promise.race([run, timeout]);
    return result && result.lhr;
  } finally {
    clearTimeout(timer);
    chrome.kill();
  }
}

/**
 * Lighthouse on each of `urls`, `runs` times over, the pages taking turns so that a busy moment on the machine
 * falls on different pages. Per URL it keeps the median run as Lighthouse's own `computeMedianRun` picks it (the
 * run nearest the median first paint and time to interactive): Lighthouse's docs on variability find the
 * median of five runs twice as stable as one run, and one run of a page that waits on its main thread can land
 * ten points from the next.
 *
 * Returns per URL, from the median run: the four category scores (0–100), `lcp` and `tbt` in milliseconds,
 * `cls`, `lost` (category → what cost it points), `errored` (audits that could not run; a weighted one would
 * leave its category without a score, which throws) and Lighthouse's `benchmarkIndex` of the machine's speed at
 * the time; and `performanceRuns`, every run's performance score in order. A URL none of whose runs finished in
 * LIMIT_MS gives `{ url, timedOut: LIMIT_MS }`.
 */
export async function measureLighthouse(urls, { runs = 1 } = {}) {
  const lhrs = urls.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (const [i, url] of urls.entries()) lhrs[i].push(await lighthouseResult(url));
  }
  return urls.map((url, i) => {
    const finished = lhrs[i].filter((lhr) => lhr !== null);
    if (finished.length === 0) return { url, timedOut: LIMIT_MS };
    for (const lhr of finished) {
      if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
      const unscored = CATEGORIES.filter((id) => lhr.categories[id].score === null);
      if (unscored.length > 0) throw new Error(`Lighthouse gave ${url} no ${unscored.join(' or ')} score: an audit it weighs failed.`);
    }
    const lhr = computeMedianRun(finished);
    return {
      url,
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      lost: Object.fromEntries(CATEGORIES.map((id) => [id, lostPoints(lhr, id)]).filter(([, l]) => l.length > 0)),
      errored: Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      performanceRuns: lhrs[i].map((run) => (run === null ? null : Math.round(run.categories.performance.score * 100))),
    };
  });
}
