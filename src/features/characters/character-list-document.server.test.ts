import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { letterOf } from '@/lib/name-letters.ts';
import { buildCharacterList } from './character-document.server.ts';
import { buildCharacterIndex } from './character-list-document.server.ts';
import { filterName } from './character-list-view.ts';

const data = readDataset();
const everyone = buildCharacterList(data);

describe('the characters index', () => {
  it('is one page of cards while everyone fits on it, as at today’s size, with nothing else to fetch', () => {
    expect(buildCharacterIndex(data)).toEqual({ index: { letters: [], characters: everyone }, letters: new Map(), filters: new Map() });
  });

  it('past that, links a page per letter, whose lines hold everyone once', () => {
    const { index, letters } = buildCharacterIndex(data, 10);
    expect(index).toEqual({ letters: [...letters.keys()], characters: [] });
    const lines = [...letters].flatMap(([letter, page]) => {
      expect(page.letters).toEqual(index.letters);
      return page.characters.map((c) => {
        expect(letterOf(c.name), c.name).toBe(letter);
        return c.id;
      });
    });
    expect(lines.toSorted()).toEqual(everyone.map((c) => c.id).toSorted());
  });

  it('past that, has each filter’s list, in the index’s order, for a filtered link', () => {
    const { filters } = buildCharacterIndex(data, 10);
    expect(filters.get(filterName('family', false))).toEqual(everyone.filter((c) => c.group === 'family'));
    expect(filters.get(filterName('family', true))).toEqual(everyone.filter((c) => c.group === 'family' && c.firstSeason === 2));
    expect(filters.get(filterName(null, true))).toEqual(everyone.filter((c) => c.firstSeason === 2));
    expect(filters.get(filterName(null, true))?.length).toBeGreaterThan(0);
    expect(filters.size).toBe(11);
  });
});
