import { keepPreviousData, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { episodesQuery, gatedPartQuery } from './gated-queries.ts';
import { partsNeeded, slotsOf, stubsOf, type Gated, type Slot } from './gated.ts';
import { seasonLengthsOf, type SpoilerSettings } from './spoilers.ts';

const NO_ITEMS: ReadonlyMap<string, unknown> = new Map();

export type Gate = <T>(list: readonly Gated<T>[], keyOf: (item: T, index: number) => string) => Slot<T>[];

export type GateState = {
  /** Turns a document's list into slots at the viewer's setting. */
  gate: Gate;
  /** A part could not be fetched; `retry` asks again. */
  failed: boolean;
  retry: () => void;
};

/**
 * Spoiler gating for one document, applied before anything renders: fetches exactly the gated parts the
 * viewer's setting and single reveals allow (each cached for the visit), and places their items.
 */
export function useGate(
  name: string,
  document: unknown,
  settings: SpoilerSettings,
  revealed: ReadonlySet<string>,
): GateState {
  const { data: episodes } = useSuspenseQuery(episodesQuery());
  const seasons = useMemo(() => seasonLengthsOf(episodes), [episodes]);
  const stubs = useMemo(() => stubsOf(document), [document]);
  const parts = partsNeeded(stubs, settings, seasons, revealed);
  const client = useQueryClient();
  // One query for the set of parts, each part fetched and cached on its own: raising the level fetches only
  // the new episodes, and the items already shown stay while they arrive.
  const { data: loaded = NO_ITEMS, isError, refetch } = useQuery({
    queryKey: ['gated-set', name, ...parts.sort()],
    queryFn: async () => {
      const records = await Promise.all(parts.map((part) => client.query(gatedPartQuery(name, part))));
      return new Map(records.flatMap((record) => Object.entries(record)));
    },
    enabled: parts.length > 0,
    placeholderData: keepPreviousData,
  });

  const gate = useCallback<Gate>(
    (list, keyOf) => slotsOf(list, keyOf, loaded, settings, seasons, revealed),
    [loaded, settings, seasons, revealed],
  );
  return { gate, failed: isError, retry: () => void refetch() };
}
