import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '@/features/spoilers/spoiler-store.ts';

const boot = readFileSync(join(process.cwd(), 'public', 'spoiler-boot.js'), 'utf8');
// Runs the real file, as the page's <head> does.
const run = () => {
  new Function(boot)();
};

describe('public/spoiler-boot.js', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-spoilers');
  });

  it('marks the page for a returning viewer with a level, reading the spoiler store’s key', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ showAll: false, watched: 's2e3', promptDismissed: true }));
    run();
    expect(document.documentElement.dataset.spoilers).toBe('pending');
  });

  it('marks it when the switch is on', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ showAll: true, watched: 'none' }));
    run();
    expect(document.documentElement.dataset.spoilers).toBe('pending');
  });

  it('leaves a new visitor, a viewer at “nothing yet” and junk in storage alone', () => {
    for (const value of [null, JSON.stringify({ showAll: false, watched: 'none' }), '{not json']) {
      if (value === null) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, value);
      run();
      expect(document.documentElement.dataset.spoilers).toBeUndefined();
    }
  });
});
