// Times search in Chromium, on a served build (scripts/bench.mjs). Four figures, all timings on this machine,
// reported and never asserted:
//
// - query time: the engine alone (src/features/search/search-index.ts, bundled by Vite as the site bundles it),
//   run in the page against the build's own index;
// - keystroke to painted suggestions: the header's field, from a real key press to the frame that shows them;
// - the results page: an input event to its painted results;
// - the first query after a page loads: an input event in the header's field to results in the DOM.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { returningPhone, summarize } from './measure-page.mjs';

const engineEntry = fileURLToPath(new URL('../src/features/search/search-index.ts', import.meta.url));
const datasetEntry = fileURLToPath(new URL('../src/lib/dataset.ts', import.meta.url));
const srcDir = fileURLToPath(new URL('../src', import.meta.url));

/** The engine, and the dataset's names for its files, as one script that sets `window.wikiSearch`, minified like the site's chunks. */
async function engineScript() {
  const entry = '\0search-bench-entry';
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    resolve: { alias: { '@': srcDir } },
    plugins: [
      {
        name: 'search-bench-entry',
        resolveId: (id) => (id === entry ? entry : null),
        load: (id) =>
          id === entry
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
        const head = await read(documents.search);
        const engine = createSearchEngine(
          {
            ...head,
            termShardFiles: await Promise.all(head.termShards.map((_, i) => read(documents.searchTerms(i)))),
            recordShardFiles: await Promise.all(head.recordShards.map((_, i) => read(documents.searchRecords(i)))),
          },
          [],
        );
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
