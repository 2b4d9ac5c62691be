import { describe, expect, it } from 'vitest';
import { readRawCollections } from '@/lib/dataset-source.server.ts';
import { DatasetError, isRealDate, validateDataset } from '@/lib/dataset-validation.server.ts';
import type { CollectionName } from '@/lib/schema.server.ts';

const rawCollections = readRawCollections();

type Entry = Record<string, unknown>;

/** A deep copy of the real data with one entry edited: a broken fixture. */
function broken(collection: CollectionName, id: string, edit: (entry: Entry) => void) {
  const copy = structuredClone(rawCollections) as Record<CollectionName, Entry[]>;
  const entry = copy[collection].find((e) => e.id === id);
  if (!entry) throw new Error(`fixture: no ${collection} entry ${id}`);
  edit(entry);
  return copy;
}

function problemOf(raw: Record<CollectionName, unknown>): string {
  try {
    validateDataset(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('validateDataset', () => {
  it('accepts the real dataset', () => {
    expect(() => validateDataset(rawCollections)).not.toThrow();
  });

  it('names the file, the entry and the field of a reference that does not resolve', () => {
    const message = problemOf(broken('characters', 'nick-nelson', (c) => (c.actors = ['kit-conor'])));
    expect(message).toContain('data/characters.json › entry "nick-nelson" › field "actors[0]"');
    expect(message).toContain('people id "kit-conor", which does not exist');
  });

  it('rejects a second relationship for the same pair, whichever way round', () => {
    const copy = structuredClone(rawCollections) as Record<CollectionName, Entry[]>;
    copy.relationships.push({
      id: 'charlie-spring--nick-nelson',
      from: 'charlie-spring',
      to: 'nick-nelson',
      stages: [{ type: 'friend', sources: ['heat-2022-09-23'] }],
    });
    const message = problemOf(copy);
    expect(message).toContain('data/relationships.json › entry "charlie-spring--nick-nelson" › field "to"');
    expect(message).toContain('"nick-nelson--charlie-spring" already links');
  });

  it('rejects relationship stages out of watch order', () => {
    const message = problemOf(
      broken('relationships', 'tao-xu--elle-argent', (r) => {
        (r.stages as Entry[])[2]!.reveals = 's1e2';
      }),
    );
    expect(message).toContain('entry "tao-xu--elle-argent" › field "stages[2].reveals": stages must be in watch order');
  });

  it('rejects a fact that cites a source that does not exist', () => {
    const message = problemOf(
      broken('characters', 'isaac-henderson', (c) => ((c.summary as Entry).sources = ['no-such-source'])),
    );
    expect(message).toContain('data/characters.json › entry "isaac-henderson" › field "summary.sources[0]"');
  });

  it('rejects a fact with no source at all', () => {
    const message = problemOf(broken('characters', 'naomi', (c) => ((c.summary as Entry).sources = [])));
    expect(message).toMatch(/data\/characters\.json › entry "naomi" › field "summary\.sources": every fact cites/);
  });

  it('rejects a duplicate id', () => {
    const copy = structuredClone(rawCollections) as Record<CollectionName, Entry[]>;
    copy.characters.push(structuredClone(copy.characters.find((c) => c.id === 'felix')!));
    expect(problemOf(copy)).toMatch(/data\/characters\.json › entry "felix" \(#\d+\) › field "id": duplicate id/);
  });

  it('rejects a date that is not on the calendar', () => {
    const id = (rawCollections.events as Entry[])[0]!.id as string;
    const message = problemOf(broken('events', id, (e) => (e.date = '2023-02-30')));
    expect(message).toContain(`data/events.json › entry "${id}" › field "date": "2023-02-30" is not a real date`);
  });

  it('rejects a spoiler tag naming an episode that does not exist', () => {
    const message = problemOf(
      broken('characters', 'isaac-henderson', (c) => (c.details as Entry[]).push({ text: 'x', sources: ['x'], reveals: 's2e9' })),
    );
    expect(message).toContain('"s2e9" names an episode that is not in data/episodes.json');
  });

  it('rejects a field of the wrong shape, with the schema’s own words', () => {
    const message = problemOf(broken('episodes', 's2e1', (e) => (e.number = 'one')));
    expect(message).toContain('data/episodes.json › entry "s2e1" › field "number"');
  });

  it('rejects a season’s runtime range on an episode whose own runtime is known, or a range backwards', () => {
    const both = problemOf(broken('episodes', 's2e1', (e) => (e.runtimeAbout = { from: 25, to: 30, sources: ['heart-2022-04-25'] })));
    expect(both).toContain('data/episodes.json › entry "s2e1" › field "runtimeAbout"');
    const backwards = problemOf(broken('episodes', 's1e1', (e) => (e.runtimeAbout = { from: 30, to: 25, sources: ['heart-2022-04-25'] })));
    expect(backwards).toContain('data/episodes.json › entry "s1e1" › field "runtimeAbout.to"');
  });

  it('rejects an excerpt over 40 words, or one quoting a source that is not beside it', () => {
    const long = Array.from({ length: 41 }, (_, i) => `word${i}`).join(' ');
    const tooLong = problemOf(broken('story', 's2e5-p1', (p) => (p.excerpts = { [(p.sources as string[])[0]!]: long })));
    expect(tooLong).toContain('data/story.json › entry "s2e5-p1" › field "excerpts');
    expect(tooLong).toContain('at most 40 words');
    const stray = problemOf(broken('story', 's2e5-p1', (p) => (p.excerpts = { 'heart-2022-04-25': 'Around 30 minutes long.' })));
    expect(stray).toContain('data/story.json › entry "s2e5-p1" › field "excerpts.heart-2022-04-25": quotes "heart-2022-04-25", which is not among the sources beside it');
  });

  it('rejects an unknown field, so typos do not pass silently', () => {
    const message = problemOf(broken('characters', 'felix', (c) => (c.actor = 'ash-self')));
    expect(message).toContain('data/characters.json › entry "felix"');
    expect(message).toMatch(/actor/);
  });

  it('rejects a source a reader can’t open: no address, unless it is a seed', () => {
    const message = problemOf(broken('sources', 'heart-2022-04-25', (s) => delete s.url));
    expect(message).toContain('data/sources.json › entry "heart-2022-04-25" › field "url": a source needs the address of the published article');
  });

  it('rejects the wiki’s own facts sheet, or any kind of source but an article or a blog post', () => {
    const message = problemOf(broken('sources', 'heart-2022-04-25', (s) => (s.kind = 'facts-sheet')));
    expect(message).toContain('data/sources.json › entry "heart-2022-04-25" › field "kind"');
  });

  it('rejects a story event in data/events.json: the story is data/story.json, one record a point', () => {
    const message = problemOf(broken('events', 'naomi-felix-stephane-cast', (e) => Object.assign(e, { kind: 'story', reveals: 's2e5' })));
    expect(message).toContain('data/events.json › entry "naomi-felix-stephane-cast" › field "kind": the story lives in data/story.json');
  });

  it('rejects a `medium` other than the books or the adaptation', () => {
    const message = problemOf(
      broken('characters', 'tori-spring', (c) => ((c.details as Entry[])[0]!.medium = 'comics')),
    );
    expect(message).toContain('data/characters.json › entry "tori-spring" › field "details[0].medium"');
  });

  it('rejects a story point with no spoiler tag', () => {
    const message = problemOf(broken('story', 's2e5-p1', (p) => delete p.reveals));
    expect(message).toContain('data/story.json › entry "s2e5-p1" › field "reveals"');
  });

  it('rejects a disagreement with only one source to disagree', () => {
    const message = problemOf(broken('events', 'season-2-filming-wraps', (e) => (e.sources = (e.sources as string[]).slice(0, 1))));
    expect(message).toContain('data/events.json › entry "season-2-filming-wraps" › field "disagreement": a disagreement needs at least two sources');
  });
});

describe('isRealDate', () => {
  it('accepts each precision and rejects impossible dates', () => {
    expect(isRealDate('2016')).toBe(true);
    expect(isRealDate('2022-09')).toBe(true);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-13')).toBe(false);
  });
});
