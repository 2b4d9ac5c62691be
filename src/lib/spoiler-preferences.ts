import { browserStorage, createPreferenceStore } from './preference-store.ts';
import { STORAGE_KEYS } from './storage-keys.mjs';
import { NO_SPOILERS, parseEpisodeCode, type SpoilerSettings } from './spoilers.ts';

export type SpoilerPreferences = SpoilerSettings & {
  /** The first-visit prompt was answered or dismissed. */
  promptDismissed: boolean;
};

export const DEFAULT_PREFERENCES: SpoilerPreferences = { ...NO_SPOILERS, promptDismissed: false };

const isLevel = (value: unknown): value is string =>
  typeof value === 'string' && (value === 'none' || parseEpisodeCode(value) !== null);

/** Reads stored preferences, keeping only well-formed fields: junk falls back to the defaults. */
export function parsePreferences(raw: string | null): SpoilerPreferences {
  if (!raw) return DEFAULT_PREFERENCES;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_PREFERENCES;
  }
  if (!value || typeof value !== 'object') return DEFAULT_PREFERENCES;
  const v = value as Record<string, unknown>;
  return {
    showAll: typeof v.showAll === 'boolean' ? v.showAll : DEFAULT_PREFERENCES.showAll,
    watched: isLevel(v.watched) ? v.watched : DEFAULT_PREFERENCES.watched,
    promptDismissed: typeof v.promptDismissed === 'boolean' ? v.promptDismissed : DEFAULT_PREFERENCES.promptDismissed,
  };
}

/**
 * The viewer's spoiler preferences, kept in localStorage (see `createPreferenceStore`: storage that throws
 * leaves the store working in memory for the visit).
 */
export function createSpoilerStore(getStorage: () => Storage | undefined) {
  const store = createPreferenceStore(STORAGE_KEYS.spoilers, parsePreferences, getStorage);
  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    update(change: Partial<SpoilerPreferences>): void {
      store.set({ ...store.getSnapshot(), ...change });
    },
  };
}

export type SpoilerStore = ReturnType<typeof createSpoilerStore>;

// Pure: the pre-paint script reads `parsePreferences` from this module and has no use for the store.
export const spoilerStore = /* @__PURE__ */ createSpoilerStore(browserStorage);
