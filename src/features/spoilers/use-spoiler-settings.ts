import { useSuspenseQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import { type SpoilerSettings } from '@/lib/spoilers.ts';
import type { EpisodeSummary } from '@/lib/gated-queries.ts';
import { levelOptions, type LevelOption } from './levels.ts';
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
  const { data: options } = useSuspenseQuery(levelOptionsQuery());
  return [applicablePreferences(preferences, options), (change) => store.update(change)];
}

/**
 * A stored level the picker doesn't offer (an episode that doesn't exist, say) would gate differently from
 * what the picker shows: treat it as nothing watched.
 */
function applicablePreferences(preferences: SpoilerPreferences, options: readonly LevelOption[]): SpoilerPreferences {
  return options.some((o) => o.value === preferences.watched) ? preferences : { ...preferences, watched: 'none' };
}

/**
 * The stored setting outside React, for route loaders that start fetching a returning viewer's spoilers
 * before the page hydrates. On the server it is the no-spoilers default.
 */
export function storedSpoilerSettings(episodes: readonly EpisodeSummary[]): SpoilerSettings {
  const { showAll, watched } = applicablePreferences(spoilerStore.getSnapshot(), levelOptions(episodes));
  return { showAll, watched };
}

/** Just what gating needs, stable while the preference is unchanged so query `select`s stay memoized. */
export function useSpoilerSettings(): SpoilerSettings {
  const [{ showAll, watched }] = useSpoilerPreferences();
  return useMemo(() => ({ showAll, watched }), [showAll, watched]);
}
