import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { letterOf } from '@/lib/name-letters.ts';
import { buildCastList } from './cast-document.server.ts';

const data = readDataset();
const everyone = buildCastList(data).index;

describe('the cast and crew index', () => {
  it('is one page while everyone fits on it, as at today’s size', () => {
    expect(everyone.letters).toEqual([]);
    expect(everyone.cast.length + everyone.crew.length).toBeGreaterThanOrEqual(data.people.length);
  });

  it('past that, links a page per letter, and the letters’ pages hold everyone once, in the index’s order', () => {
    const { index, letters } = buildCastList(data, 10);
    expect(index).toEqual({ letters: [...letters.keys()], cast: [], crew: [] });
    for (const [letter, page] of letters) {
      expect(page.letters).toEqual(index.letters);
      for (const p of [...page.cast, ...page.crew]) expect(letterOf(p.name), p.name).toBe(letter);
    }
    const pages = [...letters.values()];
    expect(pages.flatMap((p) => p.cast).toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(everyone.cast.toSorted((a, b) => a.id.localeCompare(b.id)));
    expect(pages.flatMap((p) => p.crew).toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(everyone.crew.toSorted((a, b) => a.id.localeCompare(b.id)));
    // Within a letter, the crew keep the index's order: who wrote and made the show first.
    for (const page of pages) expect(page.crew).toEqual(everyone.crew.filter((p) => page.crew.some((q) => q.id === p.id)));
  });
});
