import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { buildSiteFiles } from '@/app/site-documents.server.ts';
import { readDocumentsFrom } from '@/lib/dataset.ts';
import { readDataset } from '@/lib/dataset-source.server.ts';

// Components read the same documents and gated parts the build writes, from memory instead of the network.
const files = buildSiteFiles(readDataset());
readDocumentsFrom((file) => files.get(file)?.content);

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
