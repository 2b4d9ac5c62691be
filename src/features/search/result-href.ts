import { paths } from '@/lib/paths.ts';
import type { SearchResult } from './search-index.ts';

/** Where a result leads (see `SearchResult['target']`); null when no page shows it. */
export function resultHref({ kind, target }: Pick<SearchResult, 'kind' | 'target'>): string | null {
  if (target === null) return null;
  switch (kind) {
    case 'event':
      return paths.timelineEvent(target);
    case 'person':
      return paths.cast(target);
    case 'episode':
      return paths.episode(target);
    default:
      return paths.character(target);
  }
}
