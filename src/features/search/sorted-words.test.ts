import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { levelSpecs, splitGated } from '@/lib/gated.ts';
import { seasonLengthsOf } from '@/lib/spoilers.ts';
import { buildSearchDocuments, indexSearchDocuments } from './search-document.server.ts';
import { positionsWithin, positionsWithPrefix } from './sorted-words.ts';

const data = readDataset();
const { public: publicPart } = splitGated(buildSearchDocuments(data), levelSpecs(data.episodes), seasonLengthsOf(data.episodes));
const words = indexSearchDocuments(publicPart).terms;
const tree = SearchableMap.from(words.map((word, i) => [word, i]));

/** Every word, every fourth one also with a letter dropped, added or changed, and some that are in no text. */
const queries = [
  ...words,
  ...words.filter((_, i) => i % 4 === 0).flatMap((w) => [w.slice(1), w.slice(0, -1), `x${w}`, `${w}s`, w.replace(/[aeiou]/, 'y'), [...w].reverse().join('')]),
  'a', 'zz', 'nikc', 'charly', 'spirng', 'qqqqqqqq', 'é', '',
];

describe('sorted words', () => {
  it('are sorted as the lookups need: in code-unit order, each once', () => {
    expect(words.every((w, i) => i === 0 || (words[i - 1] as string) < w)).toBe(true);
  });

  it('finds the words a prefix starts, as SearchableMap.atPrefix does', () => {
    for (const q of queries) {
      expect(positionsWithPrefix(words, q), q).toEqual([...tree.atPrefix(q).values()].sort((a, b) => a - b));
    }
  });

  it('finds the words within a number of edits, as SearchableMap.fuzzyGet does', () => {
    for (const distance of [1, 2, 3]) {
      for (const q of queries) {
        const want = [...tree.fuzzyGet(q, distance).values()].map(([position]) => position).sort((a, b) => a - b);
        expect(positionsWithin(words, q, distance), `${q} within ${distance}`).toEqual(want);
      }
    }
  });
});
