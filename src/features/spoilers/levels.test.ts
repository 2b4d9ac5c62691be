import { describe, expect, it } from 'vitest';
import { levelOptions } from './levels.ts';

describe('levelOptions', () => {
  it('offers nothing yet, Season 1 whole, Season 2 episode by episode, then all of it', () => {
    const episodes = [1, 2].flatMap((season) =>
      [1, 2, 3].map((number) => ({ season, number, title: `S${season}E${number}` })),
    );
    expect(levelOptions(episodes).map((o) => o.value)).toEqual(['none', 's1', 's2e1', 's2e2', 's2e3', 's2']);
    expect(levelOptions(episodes)[3]?.label).toBe('Season 2 up to episode 2, “S2E2”');
  });
});
