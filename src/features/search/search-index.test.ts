import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.ts';
import { levelSpecs, splitGated, type LevelPart } from '@/lib/gated.ts';
import { seasonLengthsOf } from '@/lib/spoilers.ts';
import { buildSearchDocuments, createSearchEngine, indexSearchDocuments, type SearchDocument } from './search-index.ts';

const data = readDataset();
const { public: publicPart, parts } = splitGated(buildSearchDocuments(data), levelSpecs(data.episodes), seasonLengthsOf(data.episodes));
// As the browser gets it: the build's index, serialized and parsed again.
const corpus = JSON.parse(JSON.stringify(indexSearchDocuments(publicPart))) as ReturnType<typeof indexSearchDocuments>;
const allGated = (parts.get('everything') as LevelPart).entries.map((e) => e.item as SearchDocument);
const titles = (engine: ReturnType<typeof createSearchEngine>, q: string) => engine.search(q).map((r) => r.title);

describe('search over the prebuilt public index', () => {
  const publicOnly = createSearchEngine(corpus, []);

  it('finds characters by prefix, by a typo and by actor', () => {
    expect(titles(publicOnly, 'isa')).toContain('Isaac Henderson');
    expect(titles(publicOnly, 'charlye')).toContain('Charlie Spring');
    expect(titles(publicOnly, 'kit connor')[0]).toBe('Nick Nelson');
  });

  it('holds no gated document', () => {
    expect(allGated.length).toBeGreaterThan(0);
    expect(corpus.documents).toEqual([]);
    const gatedEvent = allGated.find((d) => d.kind === 'event')!;
    expect(JSON.stringify(corpus)).not.toContain(gatedEvent.text);
    expect(titles(publicOnly, gatedEvent.title)).not.toContain(gatedEvent.title);
  });

  it('finds a gated document once its part is added', () => {
    const gatedEvent = allGated.find((d) => d.kind === 'event')!;
    expect(titles(createSearchEngine(corpus, allGated), gatedEvent.title)).toContain(gatedEvent.title);
  });

  it('answers a hostile or huge query without throwing', () => {
    for (const q of ['', '   ', '(*&^%$#@!)', '"\'<script>', 'a'.repeat(10_000)]) expect(() => publicOnly.search(q)).not.toThrow();
  });
});
