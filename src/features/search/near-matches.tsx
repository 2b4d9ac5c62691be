import { Link } from 'react-router';
import { paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useSearchEngine } from './use-search-engine.ts';

/** How many close names a not-found page offers. */
const OFFERED = 3;

/**
 * "Did you mean Nick Nelson?" for an address naming no character (`/characters/nikc-nelson/`): the slug's
 * words searched as a name, with the search engine's typo tolerance, among characters only. Loads lazily with
 * the engine; until it has, or if nothing is close, it shows nothing.
 */
export function NearMatches({ slug, settings }: { slug: string; settings: SpoilerSettings }) {
  const { engine } = useSearchEngine(settings);
  const words = slug.replace(/[-_]+/g, ' ').trim();
  const found = engine && words ? engine.search(words, { limit: OFFERED, kinds: ['character'], names: true }).results : [];
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
