import { keepPreviousData, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { episodesQuery, gatedPartQuery } from './gated-queries.ts';
import { levelPartName, levelSpecs, listPartName, placeGated, type GatedDocument, type LevelPart, type ListPart, type Placed } from './gated.ts';
import { seasonLengthsOf, type SpoilerSettings } from './spoilers.ts';

const NO_LISTS: ReadonlyMap<string, ListPart> = new Map();

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
 * Spoiler gating for one document, applied before anything renders: fetches exactly the gated part the
 * viewer's setting allows and the lists they asked to see (each cached for the visit), and places their
 * items. Parts already cached are read in the same render, so a returning viewer's page, whose part the route
 * loader fetched, renders complete at once. Lists shown by hand live in state here, so they hold until the
 * page is left.
 */
export function useGate<T>(name: string, document: T & GatedDocument, settings: SpoilerSettings): GateState<T> {
  const { data: episodes } = useSuspenseQuery(episodesQuery());
  const seasons = useMemo(() => seasonLengthsOf(episodes), [episodes]);
  const order = useMemo(() => levelSpecs(episodes).map((l) => l.part), [episodes]);
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set());
  const client = useQueryClient();
  const cached = (part: string) => client.getQueryData<LevelPart>(gatedPartQuery(name, part).queryKey);

  const gated = document.moreLater ?? [];
  const wanted = gated.length > 0 ? levelPartName(settings) : null;
  const at = wanted === null ? -1 : order.indexOf(wanted);
  // A higher level's part, once here, serves a lower level too (items are filtered by their episode), so
  // lowering the level needs no request.
  const ready = wanted === null ? undefined : order.slice(at).find((part) => cached(part) !== undefined);
  const fetched = useQuery({ ...gatedPartQuery(name, wanted ?? 'none'), enabled: wanted !== null && ready === undefined });
  const level =
    wanted === null
      ? undefined
      : ready !== undefined
        ? cached(ready)
        : // While a raised level's part arrives, what was shown stays: the highest lower part already here.
          ((fetched.data as LevelPart | undefined) ?? order.slice(0, at).reverse().map(cached).find(Boolean));

  const lists = [...shown].filter((l) => gated.includes(l)).sort();
  // One query for the lists shown by hand, each part cached on its own; those already shown stay while
  // another arrives.
  const listQuery = useQuery({
    queryKey: ['gated', 'lists', name, ...lists],
    queryFn: async () =>
      new Map(await Promise.all(lists.map(async (l) => [l, (await client.query(gatedPartQuery(name, listPartName(l)))) as ListPart] as const))),
    enabled: lists.length > 0,
    placeholderData: keepPreviousData,
  });
  const listParts = listQuery.data ?? NO_LISTS;

  const placed = useMemo(
    () => placeGated(document, { level, lists: listParts }, settings, seasons),
    [document, level, listParts, settings, seasons],
  );
  const show = useCallback((list: string) => setShown((prev) => new Set(prev).add(list)), []);
  return {
    ...placed,
    show,
    showing: new Set(listQuery.isFetching ? lists.filter((l) => !listParts.has(l)) : []),
    failed: fetched.isError || listQuery.isError,
    retry: () => {
      if (fetched.isError) void fetched.refetch();
      if (listQuery.isError) void listQuery.refetch();
    },
  };
}
