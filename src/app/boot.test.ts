// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { documentFile, gatedPartsHint } from '@/lib/dataset.ts';
import { DISPLAY_FONT_ATTRIBUTE, displayFontHint } from '@/lib/display-font.ts';
import { levelPartName } from '@/lib/gated.ts';
import { extendSettlingForHydration, markSettled, SETTLE, settlingState } from '@/lib/settling.ts';
import { STORAGE_KEYS } from '@/lib/storage-keys.mjs';
import { prepaint } from './boot.ts';

const root = document.documentElement;
const run = () => prepaint(document, () => localStorage);
const preloaded = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => l.getAttribute('href'));
const storeSpoilers = (value: unknown) => localStorage.setItem(STORAGE_KEYS.spoilers, typeof value === 'string' ? value : JSON.stringify(value));

describe('the pre-paint script (prepaint)', () => {
  afterEach(() => {
    localStorage.clear();
    markSettled(root);
    root.removeAttribute('data-theme');
    root.removeAttribute(DISPLAY_FONT_ATTRIBUTE);
    document.head.innerHTML = '';
    history.replaceState(null, '', '/');
  });

  it('marks the page as settling for a returning viewer with a level, or with the switch on', () => {
    for (const settings of [{ showAll: false, watched: 's2e3', promptDismissed: true }, { showAll: true, watched: 'none' }]) {
      storeSpoilers(settings);
      run();
      expect(settlingState(root), JSON.stringify(settings)).toBe('pending');
      markSettled(root);
    }
  });

  it('starts fetching the part the app will ask for, named as the app names it', () => {
    document.head.innerHTML = gatedPartsHint('abc123', 'characters/nick-nelson');
    for (const settings of [
      { showAll: false, watched: 's2e3' },
      { showAll: false, watched: 's1e8' },
      { showAll: true, watched: 'none' },
    ]) {
      storeSpoilers(settings);
      document.head.querySelectorAll('link').forEach((l) => l.remove());
      run();
      expect(preloaded()).toEqual([`/data/abc123/${documentFile('characters/nick-nelson', levelPartName(settings)!)}`]);
    }
  });

  it('marks a page opened with filters in its link, whatever the storage says', () => {
    history.replaceState(null, '', '/timeline/?category=casting');
    run();
    expect(settlingState(root)).toBe('pending');
  });

  it('leaves a new visitor, a viewer at “nothing yet”, junk in storage and storage that throws alone', () => {
    document.head.innerHTML = gatedPartsHint('abc123', 'characters/nick-nelson');
    for (const value of [null, { showAll: false, watched: 'none' }, '{not json', { showAll: 'yes', watched: 's9x' }]) {
      if (value === null) localStorage.removeItem(STORAGE_KEYS.spoilers);
      else storeSpoilers(value);
      run();
      expect(settlingState(root), String(value)).toBeNull();
      expect(preloaded()).toEqual([]);
    }
    prepaint(document, () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(settlingState(root)).toBeNull();
    expect(root.dataset.theme).toBeUndefined();
  });

  it('puts the theme the viewer chose on the page, and leaves the system’s without a choice or with junk', () => {
    for (const theme of ['dark', 'light']) {
      localStorage.setItem(STORAGE_KEYS.theme, JSON.stringify(theme));
      run();
      expect(root.dataset.theme).toBe(theme);
    }
    root.removeAttribute('data-theme');
    for (const value of [null, '"purple"', '{not json']) {
      if (value === null) localStorage.removeItem(STORAGE_KEYS.theme);
      else localStorage.setItem(STORAGE_KEYS.theme, value);
      run();
      expect(root.dataset.theme).toBeUndefined();
    }
  });
  it('draws the headings in the display font, and fetches it now, only when this device holds the page’s font file', () => {
    const font = '/assets/fraunces-latin-600-normal-abc123.woff2';
    const fontPreloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"][type="font/woff2"]')].map((l) => l.getAttribute('href'));
    document.head.innerHTML = displayFontHint(font);
    // A first visit, a file from an older build, and a page without the hint (dev) draw the fallback.
    for (const [held, hint] of [[null, true], ['/assets/fraunces-latin-600-normal-old.woff2', true], [font, false]] as const) {
      if (held === null) localStorage.removeItem(STORAGE_KEYS.displayFont);
      else localStorage.setItem(STORAGE_KEYS.displayFont, held);
      if (!hint) document.head.innerHTML = '';
      run();
      expect(root.hasAttribute(DISPLAY_FONT_ATTRIBUTE), String(held)).toBe(false);
      expect(fontPreloads()).toEqual([]);
    }
    document.head.innerHTML = displayFontHint(font);
    localStorage.setItem(STORAGE_KEYS.displayFont, font);
    run();
    expect(root.hasAttribute(DISPLAY_FONT_ATTRIBUTE)).toBe(true);
    expect(fontPreloads()).toEqual([font]);
  });
});

describe('settling (src/lib/settling.ts)', () => {
  afterEach(() => markSettled(root));
  const within = () => root.style.getPropertyValue('--settle-within');

  it('gives hydration longer when the app arrives before the fallback could have shown the page, and not after', () => {
    storeSpoilers({ showAll: true, watched: 'none' });
    for (const [arrived, expected, wait] of [
      [SETTLE.withinMs / 2, 'hydrating', SETTLE.whileHydratingMs],
      [SETTLE.withinMs - SETTLE.marginMs, 'pending', SETTLE.withinMs],
      [SETTLE.withinMs * 2, 'pending', SETTLE.withinMs],
    ] as const) {
      run();
      extendSettlingForHydration(root, arrived);
      expect(settlingState(root), `app arrived at ${arrived} ms`).toBe(expected);
      expect(within()).toBe(`${wait}ms`);
      markSettled(root);
    }
    localStorage.clear();
  });

  it('leaves a page with nothing held back alone, and clears everything once settled', () => {
    extendSettlingForHydration(root, 0);
    expect(settlingState(root)).toBeNull();
    expect(within()).toBe('');
  });
});
