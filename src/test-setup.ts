import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, inject } from 'vitest';
import { readDocumentsFrom } from '@/lib/dataset.ts';

// Components read the same documents and gated parts the build writes, from the folder the global setup wrote
// them to once (src/test/site-files-setup.ts) instead of the network, each file when first asked for.
const siteFilesDir = inject('siteFilesDir');
const read = new Map<string, unknown>();
readDocumentsFrom((file) => {
  if (!read.has(file)) {
    const path = join(siteFilesDir, file);
    read.set(file, existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
  }
  return read.get(file);
});

// `findBy…` waits for what a test expects to appear. Its default of one second is a clock: on a busy machine a
// route's loader and render can take longer, and a correct page would fail. Wait longer; a test still fails
// when what it waits for never comes.
configure({ asyncUtilTimeout: 4_000 });

// jsdom lays nothing out, so it has no scrolling to do; browsers have this.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= function scrollIntoView() {};

// Nor does it have IntersectionObserver, which every browser the wiki supports has: here everything is in view.
globalThis.IntersectionObserver ??= class {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    this.callback([{ isIntersecting: true, target } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
} as unknown as typeof IntersectionObserver;

// Nor media queries: here the system's theme is light. (A test can replace this to say otherwise.)
if (typeof window !== 'undefined') {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom has popovers' styles but can't open one: lay the header's menu out as a wide screen does, in the row.
if (typeof document !== 'undefined') {
  const wide = document.createElement('style');
  wide.textContent = '[popover] { display: contents !important; }';
  document.head.append(wide);
}

afterEach(() => {
  cleanup();
});
