type Listener = () => void;

/** The browser's localStorage, or nothing while the server renders. */
export const browserStorage = (): Storage | undefined => (typeof window === 'undefined' ? undefined : window.localStorage);

/**
 * One of the viewer's preferences (spoilers, theme), kept in localStorage under `key` and read through `parse`,
 * which turns junk into the default. Storage that throws (private mode, quota, a disabled cookie setting)
 * leaves the store working in memory for the visit. A change made in another tab is followed.
 */
export function createPreferenceStore<T>(key: string, parse: (raw: string | null) => T, getStorage: () => Storage | undefined) {
  const listeners = new Set<Listener>();
  let current: T | undefined;

  const storage = () => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };

  return {
    /** The same value until something changes, as `useSyncExternalStore` requires. */
    getSnapshot(): T {
      if (current === undefined) {
        try {
          current = parse(storage()?.getItem(key) ?? null);
        } catch {
          current = parse(null);
        }
      }
      return current;
    },
    set(value: T): void {
      current = value;
      try {
        storage()?.setItem(key, JSON.stringify(value));
      } catch {
        // Kept in memory for this visit.
      }
      listeners.forEach((l) => l());
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      const onStorage = (e: StorageEvent) => {
        if (e.key !== key) return;
        current = parse(e.newValue);
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
