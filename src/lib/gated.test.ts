import { describe, expect, it } from 'vitest';
import { levelPartName, levelSpecs, listPartName, NOTHING_LOADED, placeGated, splitGated, type LevelPart, type ListPart } from './gated.ts';
import { seasonLengthsOf, type SpoilerSettings } from './spoilers.ts';

const episodes = [1, 2].flatMap((season) => Array.from({ length: 8 }, (_, i) => ({ id: `s${season}e${i + 1}`, season, number: i + 1 })));
const seasons = seasonLengthsOf(episodes);
const levels = levelSpecs(episodes);
const doc = {
  title: 'Nick',
  facts: [
    { text: 'public' },
    { text: 'comes out to his mum', reveals: 's1e8' },
    { text: 'Paris', reveals: 's2e4' },
    { text: 'also at s1e8', reveals: 's1e8' },
    { text: 'public too' },
  ],
  quotes: [{ text: 'a quote' }],
};
const none: SpoilerSettings = { showAll: false, watched: 'none' };
const upTo = (watched: string): SpoilerSettings => ({ showAll: false, watched });

describe('splitGated', () => {
  const { public: pub, parts } = splitGated(doc, levels, seasons);

  it('leaves no trace of a gated item in the public document, only which lists have more', () => {
    expect(pub).toEqual({ title: 'Nick', facts: [{ text: 'public' }, { text: 'public too' }], quotes: [{ text: 'a quote' }], moreLater: ['facts'] });
    expect(JSON.stringify(pub)).not.toMatch(/mum|Paris|also at|s1e8|s2e4/);
  });

  it('writes a part for every episode, so which parts exist says nothing', () => {
    expect([...parts.keys()]).toEqual([...episodes.map((e) => `upto-${e.id}`), 'everything', 'list-facts']);
    expect(parts.get('upto-s1e7')).toEqual({ entries: [], more: ['facts'] });
  });

  it('puts in each level part what that level may see, and whether the list has more', () => {
    const texts = (part: string) => (parts.get(part) as LevelPart).entries.map((e) => (e.item as unknown as { text: string }).text);
    expect(texts('upto-s1e8')).toEqual(['comes out to his mum', 'also at s1e8']);
    expect((parts.get('upto-s1e8') as LevelPart).more).toEqual(['facts']);
    expect(texts('upto-s2e4')).toEqual(['comes out to his mum', 'Paris', 'also at s1e8']);
    expect((parts.get('upto-s2e4') as LevelPart).more).toEqual([]);
  });

  it('puts every gated item of a list in that list’s part', () => {
    expect((parts.get('list-facts') as ListPart).entries).toHaveLength(3);
  });

  it('writes nothing extra for a document with no spoilers', () => {
    const split = splitGated({ items: [{ a: 1 }] }, levels, seasons);
    expect(split.public).toEqual({ items: [{ a: 1 }] });
    expect(split.parts.size).toBe(0);
  });

  it('refuses "reveals" outside a list, or inside a gated item', () => {
    expect(() => splitGated({ summary: { text: 'x', reveals: 's2' } }, levels, seasons)).toThrow(/outside a list/);
    expect(() => splitGated({ list: [{ reveals: 's1', stages: [{ reveals: 's2' }] }] }, levels, seasons)).toThrow(/inside a gated item/);
  });
});

describe('placeGated', () => {
  const { public: pub, parts } = splitGated(doc, levels, seasons);
  const level = (settings: SpoilerSettings) => parts.get(levelPartName(settings)!) as LevelPart;
  const texts = (placed: { document: typeof doc }) => placed.document.facts.map((f) => f.text);

  it('shows only public items, and says the list has more, at "nothing yet"', () => {
    const placed = placeGated(pub, NOTHING_LOADED, none, seasons);
    expect(texts(placed)).toEqual(['public', 'public too']);
    expect([...placed.hidden]).toEqual(['facts']);
  });

  it('puts a level’s items back in their places', () => {
    const placed = placeGated(pub, { level: level(upTo('s1e8')), lists: new Map() }, upTo('s1e8'), seasons);
    expect(texts(placed)).toEqual(['public', 'comes out to his mum', 'also at s1e8', 'public too']);
    expect([...placed.hidden]).toEqual(['facts']);
    const all = placeGated(pub, { level: level(upTo('s2e8')), lists: new Map() }, upTo('s2e8'), seasons);
    expect(texts(all)).toEqual(['public', 'comes out to his mum', 'Paris', 'also at s1e8', 'public too']);
    expect([...all.hidden]).toEqual([]);
  });

  it('hides again at once when the level is lowered, using the higher part already fetched', () => {
    const placed = placeGated(pub, { level: level({ showAll: true, watched: 'none' }), lists: new Map() }, upTo('s1e8'), seasons);
    expect(texts(placed)).toEqual(['public', 'comes out to his mum', 'also at s1e8', 'public too']);
    expect([...placed.hidden]).toEqual(['facts']);
  });

  it('shows a whole list the viewer asked to see, and nothing of other lists', () => {
    const lists = new Map([['facts', parts.get(listPartName('facts')) as ListPart]]);
    const placed = placeGated(pub, { level: undefined, lists }, none, seasons);
    expect(texts(placed)).toEqual(['public', 'comes out to his mum', 'Paris', 'also at s1e8', 'public too']);
    expect(placed.hidden.size).toBe(0);
  });
});
