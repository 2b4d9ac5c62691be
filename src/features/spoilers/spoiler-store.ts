import { NO_SPOILERS, parseEpisodeCode, type SpoilerSettings } from '@/lib/spoilers.ts';

export type SpoilerPreferences = SpoilerSettings & {
  /** The first-visit prompt was answered or dismissed. */
  promptDismissed: boolean;
};

export const DEFAULT_PREFERENCES: SpoilerPreferences = { ...NO_SPOILERS, promptDismissed: false };

export const STORAGE_KEY = 'heartstopper-wiki:spoilers';

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

type Listener = () => void;

/**
 * The viewer's spoiler preferences, kept in localStorage. Storage that throws (private mode, quota, a
 * disabled cookie setting) leaves the store working in memory for the visit.
 */
export function createSpoilerStore(getStorage: () => Storage | undefined) {
  const listeners = new Set<Listener>();
  let current: SpoilerPreferences | undefined;

  const storage = () => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };

  const read = (): SpoilerPreferences => {
    try {
      return parsePreferences(storage()?.getItem(STORAGE_KEY) ?? null);
    } catch {
      return DEFAULT_PREFERENCES;
    }
  };

  const emit = () => listeners.forEach((l) => l());

  return {
    getSnapshot(): SpoilerPreferences {
      current ??= read();
      return current;
    },
    update(change: Partial<SpoilerPreferences>): void {
      current = { ...this.getSnapshot(), ...change };
      try {
        storage()?.setItem(STORAGE_KEY, JSON.stringify(current));
      } catch {
        // Kept in memory for this visit.
      }
      emit();
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      // Another tab changed the preference: follow it.
      const onStorage = (e: StorageEvent) => {
        if (e.key !== STORAGE_KEY) return;
        current = parsePreferences(e.newValue);
        listener();
      };
      if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
  };
}

export type SpoilerStore = ReturnType<typeof createSpoilerStore>;

export const spoilerStore = createSpoilerStore(() => (typeof window === 'undefined' ? undefined : window.localStorage));
