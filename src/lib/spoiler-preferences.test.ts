import { describe, expect, it, vi } from 'vitest';
import { createSpoilerStore, DEFAULT_PREFERENCES, parsePreferences } from './spoiler-preferences.ts';
import { STORAGE_KEYS } from './storage-keys.mjs';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

const throwingStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
} as unknown as Storage;

describe('parsePreferences', () => {
  it('starts a new visitor at nothing yet, spoilers off', () => {
    expect(parsePreferences(null)).toEqual({ showAll: false, watched: 'none', promptDismissed: false });
  });

  it('falls back to the defaults for junk, field by field', () => {
    expect(parsePreferences('{not json')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('"a string"')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences(JSON.stringify({ showAll: 'yes', watched: '<script>', promptDismissed: true }))).toEqual({
      ...DEFAULT_PREFERENCES,
      promptDismissed: true,
    });
    expect(parsePreferences(JSON.stringify({ watched: 's2e3' })).watched).toBe('s2e3');
  });
});

describe('the spoiler store', () => {
  it('keeps the choice in localStorage', () => {
    const storage = memoryStorage();
    const store = createSpoilerStore(() => storage);
    store.update({ watched: 's2e4' });
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.spoilers)!)).toMatchObject({ watched: 's2e4', showAll: false });
    expect(createSpoilerStore(() => storage).getSnapshot().watched).toBe('s2e4');
  });

  it('carries on in memory when storage throws', () => {
    const store = createSpoilerStore(() => throwingStorage);
    expect(store.getSnapshot()).toEqual(DEFAULT_PREFERENCES);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(() => store.update({ showAll: true })).not.toThrow();
    expect(store.getSnapshot().showAll).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('carries on when even reaching storage throws', () => {
    const store = createSpoilerStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    store.update({ watched: 's1' });
    expect(store.getSnapshot().watched).toBe('s1');
  });

  it('returns the same snapshot until something changes, as useSyncExternalStore requires', () => {
    const store = createSpoilerStore(() => memoryStorage());
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });
});
