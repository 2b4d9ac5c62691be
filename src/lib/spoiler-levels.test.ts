import { describe, expect, it } from 'vitest';
import { describeLevel, levelOrder, levelsBySeason, normalizeLevel } from './spoiler-levels.ts';

// Out of order on purpose: levels come out in watch order whatever order the data is in.
const episodes = [2, 1].flatMap((season) =>
  [3, 1, 2].map((number) => ({ season, number, title: `Title ${season}.${number}` })),
);
const real = levelsBySeason(
  [1, 2].flatMap((season) => [1, 2, 3, 4, 5, 6, 7, 8].map((number) => ({ season, number, title: `T${number}` }))),
);

describe('levelsBySeason', () => {
  it('groups every episode by season, in watch order, with its title and a short name', () => {
    const levels = levelsBySeason(episodes);
    expect(levels.map((s) => s.season)).toEqual([1, 2]);
    expect(levels[1]!.choices[2]).toEqual({ value: 's2e3', season: 2, episode: 3, title: 'Title 2.3', short: 'S2 · E3' });
  });
});

describe('levelOrder', () => {
  it('runs from nothing, through Season 1 episode by episode, then Season 2', () => {
    expect(levelOrder(levelsBySeason(episodes))).toEqual(['none', 's1e1', 's1e2', 's1e3', 's2e1', 's2e2', 's2e3']);
  });

  it('puts every Season 1 episode below every Season 2 episode', () => {
    const order = levelOrder(real);
    expect(order).toHaveLength(17);
    expect(order.indexOf('s1e8')).toBeLessThan(order.indexOf('s2e1'));
    expect(order.indexOf('none')).toBe(0);
    expect(order.at(-1)).toBe('s2e8');
  });
});

describe('normalizeLevel', () => {
  it.each([
    ['none', 'none'],
    ['s2e3', 's2e3'],
    ['s1', 's1e8'],
    ['s2', 's2e8'],
    ['s1e9', 'none'],
    ['s9e1', 'none'],
    ['s9', 'none'],
    ['junk', 'none'],
    ['', 'none'],
  ])('%j becomes %j', (watched, expected) => {
    expect(normalizeLevel(watched, real)).toBe(expected);
  });
});

describe('describeLevel', () => {
  it.each([
    [{ showAll: false, watched: 'none' }, 'Nothing yet'],
    [{ showAll: false, watched: 's1e4' }, 'Up to S1 · E4'],
    [{ showAll: false, watched: 's2e3' }, 'Up to S2 · E3'],
    [{ showAll: true, watched: 's2e3' }, 'Everything'],
    [{ showAll: true, watched: 'none' }, 'Everything'],
  ])('%j reads %j', (settings, expected) => {
    expect(describeLevel(settings, real)).toBe(expected);
  });
});
