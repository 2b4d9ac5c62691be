// Times search in Chromium, on a served build (scripts/bench.mjs). Four figures, all timings on this machine,
// reported and never asserted:
//
// - query time: the engine alone (src/features/search/search-index.ts, bundled by Vite as the site bundles it),
//   run in the page against the build's own index;
// - keystroke to painted suggestions: the header's field, from a real key press to the frame that shows them;
// - the results page: an input event to its painted results;
// - the first query after a page loads: an input event in the header's field to results in the DOM.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { returningPhone, summarize } from './measure-page.mjs';

const engineEntry = fileURLToPath(new URL('../src/features/search/search-index.ts', import.meta.url));
const datasetEntry = fileURLToPath(new URL('../src/lib/dataset.ts', import.meta.url));
const srcDir = fileURLToPath(new URL('../src', import.meta.url));

/** The engine, and the dataset's names for its files, as one script that sets `window.wikiSearch`, minified like the site's chunks. */
async function engineScript() {
  // A module of its own, made here. Vite resolves a library's entry against the root before a plugin sees it, so
  // the entry is recognised by its file name, and the module it stands for is a virtual one.
  const entry = 'search-bench-entry.js';
  const virtual = `\0${entry}`;
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    resolve: { alias: { '@': srcDir } },
    plugins: [
      {
        name: 'search-bench-entry',
        resolveId: (id) => (basename(id) === entry ? virtual : null),
        load: (id) =>
          id === virtual
            ? `export { createSearchEngine } from ${JSON.stringify(engineEntry)}; export { documentFile, documents } from ${JSON.stringify(datasetEntry)};`
            : null,
      },
    ],
    build: { write: false, lib: { entry, formats: ['iife'], name: 'wikiSearch' } },
  });
  const chunk = [output].flat()[0].output.find((o) => o.type === 'chunk');
  return chunk.code;
}

/**
 * Query time: each query `runs` times through the real engine in the page, with the index the build serves
 * (the public one, as at "nothing yet", every shard of it fetched first), after one warm-up pass. Suggestions
 * ask for 7 results.
 */
export async function measureQueryTime(browser, baseUrl, queries, runs = 25) {
  const script = await engineScript();
  const context = await browser.newContext({ bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
    await page.addScriptTag({ content: script });
    const times = await page.evaluate(
      async ({ queries, runs }) => {
        const { version } = JSON.parse(document.getElementById('wiki-data').textContent);
        const { createSearchEngine, documentFile, documents } = window.wikiSearch;
        const read = async (name) => (await fetch(`/data/${version}/${documentFile(name)}`)).json();
        // Sixteen requests at a time: at 100× there are over a thousand shards, and Chromium failed some of
        // them when all were asked for at once.
        const readAll = async (names) => {
          const files = [];
          let next = 0;
          const reader = async () => {
            for (let i = next++; i < names.length; i = next++) files[i] = await read(names[i]);
          };
          await Promise.all(Array.from({ length: 16 }, reader));
          return files;
        };
        const head = await read(documents.search);
        const engine = createSearchEngine({
          ...head,
          termShardFiles: await readAll(head.termShards.map((_, i) => documents.searchTerms(i))),
          recordShardFiles: await readAll(head.recordShards.map((_, i) => documents.searchRecords(i))),
        });
        for (const q of queries) engine.search(q, { limit: 7 });
        const times = [];
        for (let r = 0; r < runs; r++) {
          for (const q of queries) {
            const started = performance.now();
            engine.search(q, { limit: 7 });
            times.push(performance.now() - started);
          }
        }
        return times;
      },
      { queries, runs },
    );
    return summarize(times);
  } finally {
    await context.close();
  }
}

/**
 * Keystroke to painted suggestions, in the header's field on a phone-sized page at "nothing yet". For each
 * query the field is filled with all but its last character and left to settle; then the last character is a
 * real key press. The time runs from the keydown event's timestamp (when the browser created it) to just
 * after the next frame that shows the listbox for the whole query: a MutationObserver marks the commit, a
 * requestAnimationFrame callback the start of that frame, and a message posted from it runs once the frame is
 * painted. The wait for the frame counts, as it does for a viewer.
 */
export async function measureSuggestionLatency(browser, url, queries, rounds = 3) {
  const context = await returningPhone(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const glass = page.getByTitle('Search');
    const field = page.getByRole('combobox', { name: 'Search the wiki' });
    if (await glass.isVisible()) await glass.tap().catch(() => glass.click());
    else await field.click();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      window.__suggestionTimes = [];
      document.addEventListener(
        'keydown',
        (event) => {
          const expected = window.__expected;
          if (!expected) return;
          const input = document.activeElement;
          const list = document.getElementById(input.getAttribute('aria-controls'));
          const shows = () => !list.hidden && list.textContent.includes(`“${expected}”`);
          const observer = new MutationObserver(() => {
            if (!shows()) return;
            observer.disconnect();
            const committed = performance.now();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () =>
                window.__suggestionTimes.push({ commit: committed - event.timeStamp, paint: performance.now() - event.timeStamp });
              channel.port2.postMessage(null);
            });
          });
          observer.observe(list, { childList: true, subtree: true, characterData: true, attributes: true });
        },
        { capture: true },
      );
    });
    // A first query loads the engine's chunk and builds it; it isn't counted.
    await field.fill('warm up');
    await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length > 0);
    for (let r = 0; r < rounds; r++) {
      for (const query of queries) {
        await field.fill(query.slice(0, -1));
        await page.waitForTimeout(50);
        await page.evaluate((q) => (window.__expected = q), query);
        const before = await page.evaluate(() => window.__suggestionTimes.length);
        await page.keyboard.press(query.at(-1));
        await page.waitForFunction((n) => window.__suggestionTimes.length > n, before);
      }
    }
    const times = await page.evaluate(() => window.__suggestionTimes);
    return { paint: summarize(times.map((t) => t.paint)), commit: summarize(times.map((t) => t.commit)) };
  } finally {
    await context.close();
  }
}

/**
 * The results page: from an input event in its field to its painted results, `rounds` times over `queries`,
 * with the index already fetched.
 */
export async function measureResultsLatency(browser, url, queries, rounds = 3) {
  const context = await returningPhone(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const input = page.locator('#search-input');
    await input.waitFor();
    await page.waitForFunction(() => !document.querySelector('#search-input')?.disabled);
    await input.focus();
    await page.waitForLoadState('networkidle');
    // A first query builds the engine; it isn't counted.
    await input.fill('warm up');
    await page.waitForFunction(() => /warm up/.test(document.querySelector('#results-heading')?.textContent ?? ''));
    const times = [];
    for (let r = 0; r < rounds; r++) {
      for (const query of queries) {
        times.push(
          await page.evaluate(async (query) => {
            const field = document.querySelector('#search-input');
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
            const started = performance.now();
            setValue.call(field, query);
            field.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise((done) => {
              const check = () =>
                (document.querySelector('#results-heading')?.textContent ?? '').includes(`“${query}”`) ? done() : requestAnimationFrame(check);
              check();
            });
            await new Promise((done) => requestAnimationFrame(() => done()));
            return performance.now() - started;
          }, query),
        );
      }
    }
    return summarize(times);
  } finally {
    await context.close();
  }
}

/**
 * The first query after a page loads, in the header's field of a phone-sized page at "nothing yet", `runs`
 * fresh loads (an empty cache each), each settled (the app ready, the network idle). The mouse moves onto the
 * field (on a phone-sized page, its magnifying glass), rests there `restMs`, clicks, and the query arrives as one
 * input event, as a paste or an autofill does. The time runs from that input event's timestamp to the first
 * mutation that puts a group of results in the listbox. With `restMs` 0 the click follows the pointer at once:
 * nothing can be fetched ahead. With more, the field's code and the index's head are fetched while the
 * pointer rests, as they are while a reader's hand moves from the mouse to the keys.
 */
export async function measureFirstQuery(browser, url, query, { runs = 6, restMs = 0 } = {}) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const context = await returningPhone(browser);
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
      await page.evaluate(() => {
        document.addEventListener(
          'input',
          (event) => {
            const list = document.getElementById(event.target.getAttribute('aria-controls'));
            const shown = () => list.querySelector('[role="group"]') !== null;
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              observer.disconnect();
              window.__firstQuery = performance.now() - event.timeStamp;
            });
            observer.observe(list, { childList: true, subtree: true });
          },
          { capture: true, once: true },
        );
      });
      const glass = page.getByTitle('Search');
      const target = (await glass.isVisible()) ? glass : page.getByRole('combobox', { name: 'Search the wiki' });
      await target.hover();
      if (restMs > 0) await page.waitForTimeout(restMs);
      await target.click();
      await page.getByRole('combobox', { name: 'Search the wiki' }).fill(query);
      await page.waitForFunction(() => window.__firstQuery !== undefined, null, { timeout: 30_000 });
      times.push(await page.evaluate(() => window.__firstQuery));
    } finally {
      await context.close();
    }
  }
  return summarize(times);
}

/** Lighthouse's mobile network (150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up) and a phone's CPU, 4 times slower. */
async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

/**
 * Issue 31's "paints results within 300 ms on a throttled phone after the index arrives": a first query at
 * "nothing yet" on a fresh load, with the network and CPU throttled (`throttle`), `runs` times. On the results
 * page (`/search/?q=<query>`) it waits for the results; in the header (`where: 'header'`, on `/characters/`)
 * the glass is tapped and the query typed. Each run gives the time from the last byte of index received (the
 * latest `responseEnd` of a file under `/data/<version>/search`) to the frame that shows the results, as
 * `measureSuggestionLatency` marks it, and from the input (or navigation start) to that frame.
 */
export async function measureThrottledFirstQuery(browser, baseUrl, query, { where = 'page', runs = 5 } = {}) {
  const afterIndex = [];
  const fromInput = [];
  for (let r = 0; r < runs; r++) {
    const context = await returningPhone(browser);
    try {
      const page = await context.newPage();
      await context.addInitScript(
        ({ query, where }) => {
          const done = () => {
            const heading = document.getElementById('results-heading');
            if (where === 'page') return !!heading?.textContent?.includes(`“${query}”`) && document.querySelector('main ol li') !== null;
            return document.querySelector('header [role="listbox"] [role="group"]') !== null;
          };
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => (window.__painted = performance.now());
              channel.port2.postMessage(null);
            });
          });
          document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true, characterData: true }));
          document.addEventListener('input', (event) => (window.__input ??= event.timeStamp), { capture: true });
        },
        { query, where },
      );
      await throttle(context, page);
      if (where === 'page') {
        await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
      } else {
        await page.goto(`${baseUrl}/characters/`, { waitUntil: 'networkidle' });
        await page.waitForSelector('html[data-app-ready]', { state: 'attached', timeout: 60_000 });
        const glass = page.getByTitle('Search');
        const target = (await glass.isVisible()) ? glass : page.getByRole('combobox', { name: 'Search the wiki' });
        await target.click();
        await page.getByRole('combobox', { name: 'Search the wiki' }).fill(query);
      }
      await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 120_000 });
      const { painted, lastByte, input } = await page.evaluate(() => ({
        painted: window.__painted,
        input: window.__input ?? 0,
        lastByte: Math.max(
          ...performance
            .getEntriesByType('resource')
            .filter((e) => /^\/data\/[^/]+\/search[./]/.test(new URL(e.name).pathname))
            .map((e) => e.responseEnd),
        ),
      }));
      afterIndex.push(painted - lastByte);
      fromInput.push(painted - (where === 'page' ? 0 : input));
    } finally {
      await context.close();
    }
  }
  return { afterIndex: summarize(afterIndex), fromInput: summarize(fromInput), runs: afterIndex };
}
