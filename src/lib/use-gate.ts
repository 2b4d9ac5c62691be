import { keepPreviousData, useQuery, useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { episodesQuery, gatedPartQuery, type EpisodeSummary } from './gated-queries.ts';
import { levelPartName, levelSpecs, listPartName, NOTHING_LOADED, placeGated, type GatedDocument, type LevelPart, type ListPart, type Placed } from './gated.ts';
import { seasonLengthsOf, type SpoilerSettings } from './spoilers.ts';

export type GateState<T> = Placed<T> & {
  /** Shows every hidden item of one list: the "Show" beside "More from episodes you haven't watched". */
  show: (list: string) => void;
  /** The lists the viewer asked to see whose items are still on their way. */
  showing: ReadonlySet<string>;
  /** A part could not be fetched; `retry` asks again. */
  failed: boolean;
  retry: () => void;
};

/**
 * The level part to read: the one for these settings, unless a higher level's part is already cached, which
 * serves a lower level too (its items are filtered by their episode), so lowering the level needs no request.
 */
function levelPartFor(client: QueryClient, name: string, settings: SpoilerSettings, episodes: readonly EpisodeSummary[]) {
  const wanted = levelPartName(settings);
  if (wanted === null) return null;
  const order = levelSpecs(episodes).map((l) => l.part);
  const higher = order.slice(Math.max(0, order.indexOf(wanted)));
  return higher.find((part) => client.getQueryData(gatedPartQuery(name, part).queryKey) !== undefined) ?? wanted;
}

/**
 * Spoiler gating for one document, applied before anything renders: fetches exactly the gated part the
 * viewer's setting allows and the lists they asked to see (each cached for the visit), and places their
 * items. Lists shown by hand live in state here, so they hold until the page is left.
 */
export function useGate<T>(name: string, document: T & GatedDocument, settings: SpoilerSettings): GateState<T> {
  const { data: episodes } = useSuspenseQuery(episodesQuery());
  const seasons = useMemo(() => seasonLengthsOf(episodes), [episodes]);
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set());
  const client = useQueryClient();
  const gated = document.moreLater ?? [];
  const levelPart = gated.length > 0 ? levelPartFor(client, name, settings, episodes) : null;
  const lists = [...shown].filter((l) => gated.includes(l)).sort();
  const { data: loaded = NOTHING_LOADED, isError, isFetching, refetch } = useQuery({
    queryKey: ['gated', 'set', name, levelPart, ...lists],
    queryFn: async () => {
      const [level, ...listParts] = await Promise.all([
        levelPart === null ? undefined : (client.query(gatedPartQuery(name, levelPart)) as Promise<LevelPart>),
        ...lists.map((l) => client.query(gatedPartQuery(name, listPartName(l))) as Promise<ListPart>),
      ]);
      return { level, lists: new Map(lists.map((l, i) => [l, listParts[i]!])) };
    },
    enabled: levelPart !== null || lists.length > 0,
    // Items already shown stay while a raised level's part arrives.
    placeholderData: keepPreviousData,
  });

  const placed = useMemo(() => placeGated(document, loaded, settings, seasons), [document, loaded, settings, seasons]);
  const show = useCallback((list: string) => setShown((prev) => new Set(prev).add(list)), []);
  const showing = new Set(isFetching ? lists.filter((l) => !loaded.lists.has(l)) : []);
  return { ...placed, show, showing, failed: isError, retry: () => void refetch() };
}
