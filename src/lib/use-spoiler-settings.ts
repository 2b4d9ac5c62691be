import { useSuspenseQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import { type SpoilerSettings } from './spoilers.ts';
import type { EpisodeSummary } from './gated-queries.ts';
import { levelsBySeason, normalizeLevel, type SeasonLevels } from './spoiler-levels.ts';
import { levelOptionsQuery } from './spoiler-queries.ts';
import { DEFAULT_PREFERENCES, spoilerStore, type SpoilerPreferences, type SpoilerStore } from './spoiler-preferences.ts';

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

/** The stored level as the controls offer it (see `normalizeLevel`), so gating and the controls agree. */
function applicablePreferences(preferences: SpoilerPreferences, levels: readonly SeasonLevels[]): SpoilerPreferences {
  const watched = normalizeLevel(preferences.watched, levels);
  return watched === preferences.watched ? preferences : { ...preferences, watched };
}

/**
 * The stored setting outside React, for route loaders that start fetching a returning viewer's spoilers
 * before the page hydrates. On the server it is the no-spoilers default.
 */
export function storedSpoilerSettings(episodes: readonly EpisodeSummary[]): SpoilerSettings {
  const { showAll, watched } = applicablePreferences(spoilerStore.getSnapshot(), levelsBySeason(episodes));
  return { showAll, watched };
}

/** Just what gating needs, stable while the preference is unchanged so query `select`s stay memoized. */
export function useSpoilerSettings(): SpoilerSettings {
  const [{ showAll, watched }] = useSpoilerPreferences();
  return useMemo(() => ({ showAll, watched }), [showAll, watched]);
}
