import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { EXCERPT_MAX_WORDS, wordCount } from '@/lib/schema.server.ts';
import { citedObjects } from './checks.ts';
import { collapse, readSeeds, seedsAvailable, SEEDS_DIR } from './seeds.ts';

const data = readDataset();
const sources = new Map(data.sources.map((s) => [s.id, s]));
/** Every excerpt in data/, with where it is and what it quotes. */
const excerpts = citedObjects(data).flatMap(({ where, object }) =>
  Object.entries(object.excerpts ?? {}).map(([source, text]) => ({ where: `${where} › ${source}`, source, text })),
);

describe('evidence beside the citations (issue 30)', () => {
  it(`keeps every excerpt within ${EXCERPT_MAX_WORDS} words`, () => {
    for (const e of excerpts) expect(wordCount(e.text), e.where).toBeLessThanOrEqual(EXCERPT_MAX_WORDS);
  });

  it('gives every citation of a fact the passage of its source that supports it', () => {
    const bare = citedObjects(data).flatMap(({ where, object }) => object.sources.filter((id) => !object.excerpts?.[id]).map((id) => `${where} › ${id}`));
    expect(bare).toEqual([]);
  });

  it('quotes, in each excerpt, only a source cited beside it', () => {
    for (const { where, object } of citedObjects(data)) {
      for (const id of Object.keys(object.excerpts ?? {})) expect(object.sources, where).toContain(id);
    }
  });
});

describe.skipIf(!seedsAvailable && !process.env.CI)(`excerpts of the seed articles in ${SEEDS_DIR}`, () => {
  it('are copied verbatim (“…” marks a cut)', () => {
    const seeds = seedsAvailable ? readSeeds() : new Map<string, string>();
    const fromSeeds = excerpts.filter((e) => sources.get(e.source)?.seed);
    for (const e of fromSeeds) {
      const text = seeds.get(sources.get(e.source)!.seed!);
      expect(text, `${e.where}: the seed file`).toBeDefined();
      for (const piece of e.text.split('…').map(collapse).filter(Boolean)) expect(text, e.where).toContain(piece);
    }
  });
});
