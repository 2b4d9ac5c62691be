import { describe, expect, it } from 'vitest';
import { rawCollections } from '@/lib/dataset.ts';
import { validateDataset } from '@/lib/dataset-validation.ts';
import { collapse, readSeeds, seedsAvailable, SEEDS_DIR } from './seeds.ts';

const data = validateDataset(rawCollections);

describe('the dataset in data/', () => {
  it('has at least 24 characters, each played by someone', () => {
    expect(data.characters.length).toBeGreaterThanOrEqual(24);
    const people = new Set(data.people.map((p) => p.id));
    for (const c of data.characters) {
      expect(c.actors.length, c.id).toBeGreaterThan(0);
      for (const a of c.actors) expect(people.has(a), `${c.id} → ${a}`).toBe(true);
    }
  });

  it('uses the credited kebab-case slugs that links depend on', () => {
    const slugs = data.characters.map((c) => c.id);
    for (const slug of ['nick-nelson', 'charlie-spring', 'isaac-henderson', 'sarah-nelson', 'james-mcewan', 'mr-farouk', 'naomi', 'felix']) {
      expect(slugs).toContain(slug);
    }
  });

  it('has every episode of seasons 1 and 2', () => {
    for (const season of [1, 2]) {
      const numbers = data.episodes.filter((e) => e.season === season).map((e) => e.number).sort((a, b) => a - b);
      expect(numbers, `season ${season}`).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    }
    expect(data.episodes.find((e) => e.id === 's2e6')?.title).toBe('Truth / Dare');
  });

  it('has at least 20 timeline events, from the 2016 webcomic to the Season 3 follow-up', () => {
    expect(data.events.length).toBeGreaterThanOrEqual(20);
    const dates = data.events.map((e) => e.date).sort();
    expect(dates[0]).toBe('2016');
    expect(data.events.some((e) => e.date === '2023-08-03' && e.kind === 'news')).toBe(true);
    expect(dates.at(-1)! >= '2024').toBe(true);
  });

  it('has at least 10 quotes from the cast and the creator', () => {
    expect(data.quotes.length).toBeGreaterThanOrEqual(10);
    const speakers = new Set(data.quotes.map((q) => q.speaker));
    expect(speakers).toContain('alice-oseman');
    expect([...speakers].some((s) => s !== 'alice-oseman')).toBe(true);
  });
});

describe('spoiler tagging', () => {
  const allFacts = [
    ...data.characters.flatMap((c) => [
      { where: `${c.id}.tagline`, text: c.tagline, reveals: undefined },
      { where: `${c.id}.summary`, ...c.summary },
      ...c.details.map((d, i) => ({ where: `${c.id}.details[${i}]`, ...d })),
    ]),
    ...data.events.map((e) => ({ where: `event ${e.id}`, text: `${e.title} ${e.summary}`, reveals: e.reveals })),
    ...data.quotes.map((q) => ({ where: `quote ${q.id}`, text: q.text, reveals: q.reveals })),
  ];

  it('gates Isaac’s asexuality storyline as a Season 2 spoiler everywhere it is mentioned', () => {
    const mentions = allFacts.filter((f) => /asexual/i.test(f.text));
    expect(mentions.length).toBeGreaterThan(0);
    for (const f of mentions) expect(f.reveals, f.where).toMatch(/^s2/);
  });

  it('gates Nick coming out to his mum as Season 1, episode 8', () => {
    const event = data.events.find((e) => /mum|mother/i.test(e.title) && e.characters.includes('nick-nelson'));
    expect(event?.reveals).toBe('s1e8');
  });

  it('gives every story event the episode that reveals it', () => {
    for (const e of data.events.filter((ev) => ev.kind === 'story')) expect(e.reveals, e.id).toBeDefined();
  });

  // Ids reach URLs (`/timeline/#…`), history and the DOM even when the item itself is hidden, so a gated
  // item's id must be neutral, like `s2e5-story-1`, and never echo what it hides.
  it('gives no gated item an id that shares a word of four letters or more with its hidden text', () => {
    const nameOf = (id: string) => data.characters.find((c) => c.id === id)?.name ?? id;
    const gated = [
      ...data.events.map((e) => ({ id: e.id, reveals: e.reveals, text: [e.title, e.summary, e.note] })),
      ...data.relationships.map((r) => ({
        id: r.id,
        reveals: r.reveals,
        text: [nameOf(r.from), nameOf(r.to), r.fromRole, r.toRole, r.type, r.note],
      })),
      ...data.quotes.map((q) => ({ id: q.id, reveals: q.reveals, text: [q.text] })),
    ].filter((item) => item.reveals !== undefined);
    expect(gated.length).toBeGreaterThan(0);
    for (const item of gated) {
      const words = new Set(item.text.join(' ').toLowerCase().match(/\p{L}{4,}/gu) ?? []);
      const shared = item.id.split('-').filter((w) => w.length >= 4 && words.has(w));
      expect(shared, `${item.id} gives away “${shared.join(', ')}”`).toEqual([]);
    }
  });
});

describe('freshness', () => {
  it('states no pre-release guess as current', () => {
    const texts = JSON.stringify(rawCollections);
    for (const stale of [/will be released/i, /no (definitive )?release date/i, /is (currently )?filming/i, /there is no trailer/i, /coming (in|later)/i]) {
      expect(texts).not.toMatch(stale);
    }
  });
});

describe.skipIf(!seedsAvailable && !process.env.CI)(`against the seed articles in ${SEEDS_DIR}`, () => {
  const seeds = seedsAvailable ? readSeeds() : new Map<string, string>();

  it('copies every quote verbatim from its seed article ([...] and ... mark cuts)', () => {
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    for (const q of data.quotes) {
      const seed = sources.get(q.source)?.seed;
      expect(seed, `quote ${q.id} must cite a seed article`).toBeDefined();
      const article = seeds.get(seed!);
      expect(article, `seed ${seed} exists`).toBeDefined();
      const pieces = collapse(q.text).split(/\s*(?:\[\.\.\.\]|\.\.\.|…)\s*/).filter(Boolean);
      for (const piece of pieces) expect(article, `quote ${q.id}: “${piece}”`).toContain(piece);
    }
  });

  it('writes its own prose: no run of eight words copied from an article', () => {
    const shingles = new Set<string>();
    for (const text of seeds.values()) {
      const words = text.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];
      for (let i = 0; i + 8 <= words.length; i++) shingles.add(words.slice(i, i + 8).join(' '));
    }
    const prose = [
      ...data.characters.flatMap((c) => [c.tagline, c.summary.text, ...c.details.map((d) => d.text)]),
      ...data.events.flatMap((e) => [e.title, e.summary]),
    ];
    for (const text of prose) {
      const words = text.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];
      for (let i = 0; i + 8 <= words.length; i++) {
        expect(shingles.has(words.slice(i, i + 8).join(' ')), `copied: “${text}”`).toBe(false);
      }
    }
  });
});
