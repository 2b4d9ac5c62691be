import { Link } from 'react-router';
import { paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useSearch } from './use-search-engine.ts';

/** How many close names a not-found page offers. */
const OFFERED = 3;
const CHARACTERS = ['character'] as const;

/**
 * "Did you mean Nick Nelson?" for an address naming no character (`/characters/nikc-nelson/`): the slug's
 * words searched as a name, with the search engine's typo tolerance, among characters only. Loads lazily with
 * the engine; until it has, or if nothing is close, it shows nothing.
 */
export function NearMatches({ slug, settings }: { slug: string; settings: SpoilerSettings }) {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  const { answer, pending } = useSearch(settings, words, { limit: OFFERED, kinds: CHARACTERS, names: true });
  const found = answer && !pending ? answer.results : [];
  const matches = found.flatMap((m) => (m.target ? [{ key: m.key, name: m.title, slug: m.target }] : []));
  if (matches.length === 0) return null;
  return (
    <p>
      Did you mean{' '}
      {matches.map((m, i) => (
        <span key={m.key}>
          {i > 0 ? (i === matches.length - 1 ? ' or ' : ', ') : null}
          <Link to={paths.character(m.slug)}>{m.name}</Link>
        </span>
      ))}
      ?
    </p>
  );
}
