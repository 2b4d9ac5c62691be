import { expect, type Page } from '@playwright/test';
import type { SpoilerSettings } from '../../src/lib/spoilers.ts';
import { escapeHtml, type SpoilerString } from './spoiler-strings.ts';

/**
 * The levels at which a whole-site visit also checks every byte the browser receives: nothing yet, halfway
 * through Season 1, the end of Season 1, and halfway through Season 2. The leak scan (spoilers.spec.ts) does it
 * at those it visits anyway; delivery.spec.ts visits the rest.
 */
export const WIRE_LEVELS: SpoilerSettings[] = ['none', 's1e4', 's1e8', 's2e3'].map((watched) => ({ showAll: false, watched }));

export const isWireLevel = (settings: SpoilerSettings) =>
  WIRE_LEVELS.some((level) => level.showAll === settings.showAll && level.watched === settings.watched);

export type Received = {
  /**
   * Every body the browser has received so far, as text: documents, scripts, styles and data files, whether
   * the page or its service worker asked (`byWorker`: the worker's own fetches, such as its precache).
   */
  received: { url: string; body: string; byWorker: boolean }[];
  /** Resolves once no request is in flight and every body received has been read. */
  idle: () => Promise<void>;
};

/**
 * Records every body the page's browser receives, from now on: the page's requests and, where the test allows
 * a service worker, the worker's (they are the context's, not the page's).
 */
export function recordBodies(page: Page): Received {
  const received: Received['received'] = [];
  let inFlight = 0;
  const reading = new Set<Promise<void>>();
  const context = page.context();
  context.on('request', () => void inFlight++);
  context.on('requestfailed', () => void inFlight--);
  context.on('requestfinished', (request) => {
    inFlight--;
    const read = (async () => {
      try {
        const response = await request.response();
        if (response) received.push({ url: response.url(), body: (await response.body()).toString('utf8'), byWorker: request.serviceWorker() !== null });
      } catch {
        // Redirects have no body.
      }
    })();
    reading.add(read);
    void read.finally(() => reading.delete(read));
  });
  const idle = async () => {
    await expect.poll(() => inFlight, { message: 'requests still in flight' }).toBe(0);
    await Promise.all(reading);
  };
  return { received, idle };
}

/** The forms a string takes on the wire: as written, escaped in HTML, escaped in JSON. */
const wireForms = (text: string) => [text, escapeHtml(text), JSON.stringify(text).slice(1, -1)];

/** Every hidden string found in a body received, as `<url> carries (<episode>) “<text>”`. */
export function leaksIn(bodies: { url: string; body: string }[], hidden: SpoilerString[]): string[] {
  // The same script arrives on every page: check each distinct body once.
  const distinct = new Map(bodies.map(({ url, body }) => [body, url]));
  return [...distinct].flatMap(([body, url]) =>
    hidden.filter((s) => wireForms(s.text).some((form) => body.includes(form))).map((s) => `${url} carries (${s.reveals}) “${s.text}”`),
  );
}
