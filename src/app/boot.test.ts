import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY } from '@/features/spoilers/spoiler-store.ts';
import { THEME_STORAGE_KEY } from '@/features/theme/theme-store.ts';
import { documentFile, gatedPartsHint } from '@/lib/dataset.ts';
import { levelPartName } from '@/lib/gated.ts';

const boot = readFileSync(join(process.cwd(), 'public', 'boot.js'), 'utf8');
// Runs the real file, as the page's <head> does.
const run = () => {
  new Function(boot)();
};

describe('public/boot.js', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-settling');
    document.documentElement.removeAttribute('data-theme');
    document.head.innerHTML = '';
  });

  const preloaded = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => l.getAttribute('href'));

  it('marks the page for a returning viewer with a level, reading the spoiler store’s key', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ showAll: false, watched: 's2e3', promptDismissed: true }));
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
      localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
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
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ showAll: true, watched: 'none' }));
    run();
    expect(document.documentElement.dataset.settling).toBe('pending');
  });

  it('leaves a new visitor, a viewer at “nothing yet” and junk in storage alone', () => {
    for (const value of [null, JSON.stringify({ showAll: false, watched: 'none' }), '{not json']) {
      if (value === null) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, value);
      run();
      expect(document.documentElement.dataset.settling).toBeUndefined();
      expect(preloaded()).toEqual([]);
    }
  });

  it('gives hydration up to 6 s once the app has arrived within the first 2 s, and leaves a page shown by then alone', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ showAll: false, watched: 's2e3', promptDismissed: true }));
    const now = vi.spyOn(performance, 'now');
    for (const [arrived, expected] of [[800, 'hydrating'], [2500, 'pending']] as const) {
      run();
      now.mockReturnValue(arrived);
      document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
      expect(document.documentElement.dataset.settling, `app arrived at ${arrived} ms`).toBe(expected);
      document.documentElement.removeAttribute('data-settling');
    }
    now.mockRestore();
    // A page with nothing held back stays so.
    localStorage.clear();
    run();
    document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    expect(document.documentElement.dataset.settling).toBeUndefined();
  });

  it('puts the theme the viewer chose on the page, reading the theme store’s key', () => {
    for (const theme of ['dark', 'light']) {
      localStorage.setItem(THEME_STORAGE_KEY, JSON.stringify(theme));
      run();
      expect(document.documentElement.dataset.theme).toBe(theme);
    }
  });

  it('leaves the system’s theme alone without a choice, or with junk stored', () => {
    for (const value of [null, '"purple"', '{not json']) {
      if (value === null) localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, value);
      run();
      expect(document.documentElement.dataset.theme).toBeUndefined();
    }
  });
});
