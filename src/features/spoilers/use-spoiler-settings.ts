import { useSuspenseQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import { type SpoilerSettings } from '@/lib/spoilers.ts';
import { levelOptionsQuery } from './spoiler-queries.ts';
import { DEFAULT_PREFERENCES, spoilerStore, type SpoilerPreferences, type SpoilerStore } from './spoiler-store.ts';

/** Tests pass their own store; the app uses the one backed by localStorage. */
export const SpoilerStoreContext = createContext<SpoilerStore>(spoilerStore);

/**
 * The viewer's preferences. While the server renders and while React hydrates, this is the no-spoilers
 * default, so the prerendered HTML and the first client render agree; the stored choice applies right after.
 */
export function useSpoilerPreferences(): [SpoilerPreferences, SpoilerStore['update']] {
  const store = useContext(SpoilerStoreContext);
  const preferences = useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.getSnapshot(),
    () => DEFAULT_PREFERENCES,
  );
  // A stored level the picker doesn't offer (an episode that doesn't exist, say) would gate differently from
  // what the picker shows: treat it as nothing watched.
  const { data: options } = useSuspenseQuery(levelOptionsQuery());
  const offered = options.some((o) => o.value === preferences.watched);
  return [offered ? preferences : { ...preferences, watched: 'none' }, (change) => store.update(change)];
}

/** Just what gating needs, stable while the preference is unchanged so query `select`s stay memoized. */
export function useSpoilerSettings(): SpoilerSettings {
  const [{ showAll, watched }] = useSpoilerPreferences();
  return useMemo(() => ({ showAll, watched }), [showAll, watched]);
}
