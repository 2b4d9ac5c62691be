import { describe, expect, it } from 'vitest';
import {
  describeReveal,
  isRevealed,
  NO_SPOILERS,
  seasonLengthsOf,
  watchPosition,
} from './spoilers.ts';

const seasons = new Map([
  [1, 8],
  [2, 8],
]);
const watched = (level: string) => ({ showAll: false, watched: level });

describe('watchPosition', () => {
  it('orders episodes across seasons', () => {
    expect(watchPosition('s1e8', seasons)).toBeLessThan(watchPosition('s2e3', seasons));
    expect(watchPosition('s2e3', seasons)).toBeLessThan(watchPosition('s2e4', seasons));
    expect(watchPosition('none', seasons)).toBeLessThan(watchPosition('s1e1', seasons));
  });

  it('counts a whole season as its last episode', () => {
    expect(watchPosition('s1', seasons)).toBe(watchPosition('s1e8', seasons));
    expect(watchPosition('s2', seasons)).toBe(watchPosition('s2e8', seasons));
  });

  it('treats junk as the far future', () => {
    expect(watchPosition('season two', seasons)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('isRevealed', () => {
  it('shows facts that give nothing away to everyone', () => {
    expect(isRevealed(undefined, NO_SPOILERS, seasons)).toBe(true);
  });

  it('hides every spoiler from a viewer who has watched nothing', () => {
    expect(isRevealed('s1e1', NO_SPOILERS, seasons)).toBe(false);
  });

  it('shows Nick coming out to his mum (S1E8) to a viewer at S2E3, not at S1E7', () => {
    expect(isRevealed('s1e8', watched('s2e3'), seasons)).toBe(true);
    expect(isRevealed('s1e8', watched('s1e7'), seasons)).toBe(false);
  });

  it('hides a season-level spoiler until the season is finished', () => {
    expect(isRevealed('s2', watched('s2e7'), seasons)).toBe(false);
    expect(isRevealed('s2', watched('s2e8'), seasons)).toBe(true);
    expect(isRevealed('s2', watched('s2'), seasons)).toBe(true);
  });

  it('shows everything when the switch is on', () => {
    expect(isRevealed('s2e8', { showAll: true, watched: 'none' }, seasons)).toBe(true);
  });
});

describe('describeReveal', () => {
  it('names the episode or the season', () => {
    expect(describeReveal('s2e5')).toBe('Season 2, episode 5');
    expect(describeReveal('s2')).toBe('Season 2');
  });
});

describe('seasonLengthsOf', () => {
  it('takes the highest episode number of each season', () => {
    const lengths = seasonLengthsOf([
      { season: 1, number: 1 },
      { season: 1, number: 8 },
      { season: 2, number: 3 },
    ]);
    expect([...lengths]).toEqual([
      [1, 8],
      [2, 3],
    ]);
  });
});
