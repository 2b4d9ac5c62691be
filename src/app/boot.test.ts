import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '@/lib/storage-keys.mjs';
import { documentFile, gatedPartsHint } from '@/lib/dataset.ts';
import { levelPartName } from '@/lib/gated.ts';

const boot = readFileSync(join(process.cwd(), 'public', 'boot.js'), 'utf8');
// Runs the real file, as the page's <head> does.
const run = () => {
  new Function(boot)();
};

describe('public/boot.js', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    // @ts-expect-error -- back to jsdom's own getter on the prototype, if a test set its own
    delete document.readyState;
    localStorage.clear();
    document.documentElement.removeAttribute('data-settling');
    document.documentElement.removeAttribute('data-theme');
    document.head.innerHTML = '';
  });

  const preloaded = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => l.getAttribute('href'));

  it('marks the page for a returning viewer with a level, reading the spoiler store’s key', () => {
    localStorage.setItem(STORAGE_KEYS.spoilers, JSON.stringify({ showAll: false, watched: 's2e3', promptDismissed: true }));
    run();
    expect(document.documentElement.dataset.settling).toBe('pending');
  });

  it('starts fetching the part the app will ask for, named as the app names it', () => {
    document.head.innerHTML = gatedPartsHint('abc123', 'characters/nick-nelson');
    for (const settings of [
      { showAll: false, watched: 's2e3' },
      { showAll: false, watched: 's1e8' },
      { showAll: true, watched: 'none' },
    ]) {
      localStorage.setItem(STORAGE_KEYS.spoilers, JSON.stringify(settings));
      document.head.querySelectorAll('link').forEach((l) => l.remove());
      run();
      expect(preloaded()).toEqual([`/data/abc123/${documentFile('characters/nick-nelson', levelPartName(settings)!)}`]);
    }
  });

  it('marks a page opened with filters in its link, whatever the storage says', () => {
    history.replaceState(null, '', '/timeline/?category=casting');
    run();
    expect(document.documentElement.dataset.settling).toBe('pending');
    history.replaceState(null, '', '/');
  });

  it('marks it when the switch is on', () => {
    localStorage.setItem(STORAGE_KEYS.spoilers, JSON.stringify({ showAll: true, watched: 'none' }));
    run();
    expect(document.documentElement.dataset.settling).toBe('pending');
  });

  it('leaves a new visitor, a viewer at “nothing yet” and junk in storage alone', () => {
    for (const value of [null, JSON.stringify({ showAll: false, watched: 'none' }), '{not json']) {
      if (value === null) localStorage.removeItem(STORAGE_KEYS.spoilers);
      else localStorage.setItem(STORAGE_KEYS.spoilers, value);
      run();
      expect(document.documentElement.dataset.settling).toBeUndefined();
      expect(preloaded()).toEqual([]);
    }
  });

  // What a built page's head carries (scripts/build.mjs): the entry first, then what it imports.
  const MODULES = '<meta name="wiki-modules" content="/assets/index-abc.js /assets/rolldown-runtime-def.js /assets/timeline-route-ghi.js"/>';
  const entryScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map((s) => s.getAttribute('src'));
  const modulePreloads = () => [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));
  /** The entry script boot.js added has run. */
  const appArrives = () => document.head.querySelector('script[type="module"]')!.dispatchEvent(new Event('load'));

  /** A browser that reports paints: `paint()` delivers its first contentful paint to whoever observes. */
  function reportingPaints() {
    const observers: ((list: { getEntriesByName: (name: string) => unknown[] }) => void)[] = [];
    vi.stubGlobal(
      'PerformanceObserver',
      Object.assign(
        class {
          constructor(private callback: (typeof observers)[number]) {}
          observe() {
            observers.push(this.callback);
          }
        },
        { supportedEntryTypes: ['paint', 'navigation'] },
      ),
    );
    return {
      paint: (name = 'first-contentful-paint') => observers.forEach((callback) => callback({ getEntriesByName: (n) => (n === name ? [{ name }] : []) })),
    };
  }

  it('starts the app’s modules once the page has painted, not before', () => {
    const { paint } = reportingPaints();
    document.head.innerHTML = MODULES;
    run();
    expect(entryScripts()).toEqual([]);
    paint('first-paint');
    expect(entryScripts(), 'a paint with no content yet').toEqual([]);
    paint();
    expect(entryScripts()).toEqual(['/assets/index-abc.js']);
    expect(modulePreloads()).toEqual(['/assets/rolldown-runtime-def.js', '/assets/timeline-route-ghi.js']);
    paint();
    expect(entryScripts(), 'once only').toHaveLength(1);
  });

  it('starts them after 2 s if no paint is reported (a tab opened in the background)', () => {
    vi.useFakeTimers();
    reportingPaints();
    document.head.innerHTML = MODULES;
    run();
    vi.advanceTimersByTime(1999);
    expect(entryScripts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(entryScripts()).toEqual(['/assets/index-abc.js']);
    vi.useRealTimers();
  });

  it('starts them at once on a page that holds something back, and in a browser that reports no paints', () => {
    reportingPaints();
    document.head.innerHTML = MODULES;
    localStorage.setItem(STORAGE_KEYS.spoilers, JSON.stringify({ showAll: true, watched: 'none' }));
    run();
    expect(entryScripts()).toEqual(['/assets/index-abc.js']);

    localStorage.clear();
    document.documentElement.removeAttribute('data-settling');
    document.head.innerHTML = MODULES;
    vi.stubGlobal('PerformanceObserver', undefined);
    run();
    expect(entryScripts()).toEqual(['/assets/index-abc.js']);
  });

  it('gives hydration up to 6 s once the app has arrived within the first 2 s, and leaves a page shown by then alone', () => {
    localStorage.setItem(STORAGE_KEYS.spoilers, JSON.stringify({ showAll: false, watched: 's2e3', promptDismissed: true }));
    const now = vi.spyOn(performance, 'now');
    for (const [arrived, expected] of [[800, 'hydrating'], [2500, 'pending']] as const) {
      document.head.innerHTML = MODULES;
      run();
      now.mockReturnValue(arrived);
      appArrives();
      expect(document.documentElement.dataset.settling, `app arrived at ${arrived} ms`).toBe(expected);
      document.documentElement.removeAttribute('data-settling');
    }
    now.mockRestore();
    // A page with nothing held back stays so.
    localStorage.clear();
    vi.stubGlobal('PerformanceObserver', undefined);
    document.head.innerHTML = MODULES;
    run();
    appArrives();
    expect(document.documentElement.dataset.settling).toBeUndefined();
  });

  it('registers the service worker once both the app and the page have loaded, so the app hears of an update', () => {
    const register = vi.fn(() => new Promise(() => {}));
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { serviceWorker: { register } }));
    vi.stubGlobal('PerformanceObserver', undefined);
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    document.head.innerHTML = MODULES;
    run();
    window.dispatchEvent(new Event('load'));
    expect(register, 'the page loaded before the app').not.toHaveBeenCalled();
    appArrives();
    expect(register).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(register).toHaveBeenCalledWith('/sw.js');

    register.mockClear();
    Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
    document.head.innerHTML = MODULES;
    run();
    appArrives();
    expect(register, 'the app came after the page had loaded').toHaveBeenCalledWith('/sw.js');
  });

  it('puts the theme the viewer chose on the page, reading the theme store’s key', () => {
    for (const theme of ['dark', 'light']) {
      localStorage.setItem(STORAGE_KEYS.theme, JSON.stringify(theme));
      run();
      expect(document.documentElement.dataset.theme).toBe(theme);
    }
  });

  it('leaves the system’s theme alone without a choice, or with junk stored', () => {
    for (const value of [null, '"purple"', '{not json']) {
      if (value === null) localStorage.removeItem(STORAGE_KEYS.theme);
      else localStorage.setItem(STORAGE_KEYS.theme, value);
      run();
      expect(document.documentElement.dataset.theme).toBeUndefined();
    }
  });
});
