import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '@/lib/paths.ts';
import { parseSearchParams } from './search-page.tsx';

describe('parseSearchParams', () => {
  it('reads the query and the kinds to show, keeping the known kinds once each', () => {
    expect(parseSearchParams(new URLSearchParams('q=nick&type=person&type=event&type=person'))).toEqual({ query: 'nick', kinds: ['person', 'event'] });
  });

  it('ignores unknown kinds and cuts an overlong query, without throwing', () => {
    const parsed = parseSearchParams(new URLSearchParams({ q: 'a'.repeat(5000), type: '<script>' }));
    expect(parsed.kinds).toEqual([]);
    expect(parsed.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseSearchParams(new URLSearchParams('q=%')).query).toBe('%');
  });
});
