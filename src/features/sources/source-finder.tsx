import { useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { documents } from '@/lib/dataset.ts';
import { paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { sourceLookupQuery } from './source-queries.ts';
import styles from './source-list.module.css';

/** The source a link points at (`#bbc-2023-08-03`), once the app runs; the prerendered page has no anchor to read. */
function useLinkedSource(): string | null {
  const { hash } = useLocation();
  const hydrated = useHydrated();
  if (!hydrated || hash.length < 2) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * Finds the page of the source the link points at, unless `listed` (the page's own sources) has it. Nothing
 * until the lookup arrives, fetched only when a link needs it.
 */
export function LinkedSourceFinder({ settings, listed = [] }: { settings: SpoilerSettings; listed?: readonly { id: string }[] }) {
  const linked = useLinkedSource();
  if (linked === null || listed.some((s) => s.id === linked)) return null;
  return (
    <Suspense fallback={null}>
      <SourceFinder id={linked} settings={settings} />
    </Suspense>
  );
}

/**
 * For a link whose source isn't on the page it opened (`/sources/#id` from before the sources had pages, or a
 * year grown to more than one page): finds the source's page in the lookup, at the viewer's level, and goes
 * there in place of this address. A source the level hides, or no source at all, gets the same plain answer.
 */
function SourceFinder({ id, settings }: { id: string; settings: SpoilerSettings }) {
  const { data: lookup } = useSuspenseQuery(sourceLookupQuery());
  const { document: placed } = useGate(documents.sourceLookup, lookup, settings);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const found = placed.pages.find((p) => p.id === id);
  const target = found ? paths.sourcePage(found.year, found.part) : null;
  useEffect(() => {
    if (target !== null && target !== pathname) void navigate(`${target}#${encodeURIComponent(id)}`, { replace: true });
  }, [id, navigate, pathname, target]);
  if (found) return null;
  return (
    <p className={styles.note} role="status">
      No source listed here has that link’s address (#{id}).
    </p>
  );
}
