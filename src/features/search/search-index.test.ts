import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { levelSpecs, splitGated, type LevelPart } from '@/lib/gated.ts';
import { paths } from '@/lib/paths.ts';
import { isRevealed, seasonLengthsOf, type SpoilerSettings } from '@/lib/spoilers.ts';
import { buildSearchDocuments, indexLevelDocuments, indexSearchDocuments, type ShardSizes } from './search-document.server.ts';
import {
  createSearchEngine,
  INDEX_OPTIONS,
  type LevelIndex,
  type PlacedDocument,
  type SearchDocument,
  type SearchEngine,
  type SearchHead,
  type SearchResult,
  type SearchShard,
  type TermShard,
} from './search-index.ts';
import { resultHref } from './result-href.ts';
import { MAX_QUERY_LENGTH } from '@/lib/paths.ts';
import { SEARCH_KIND_LABELS, type SearchKind } from './search-kinds.ts';
import { normalizeTerm, SNIPPET_LENGTH } from './search-snippet.ts';

const data = readDataset();
const seasons = seasonLengthsOf(data.episodes);
const built = buildSearchDocuments(data);
const { public: publicPart, parts } = splitGated(built, levelSpecs(data.episodes), seasons);
// As the browser gets it: the build's index, serialized and parsed again.
const corpus = JSON.parse(JSON.stringify(indexSearchDocuments(publicPart))) as ReturnType<typeof indexSearchDocuments>;
const partDocs = (part: string) => (parts.get(part) as LevelPart).entries.map((e) => e.item as PlacedDocument);
/** A level's part of the index as the build cuts it, with every shard of it at hand, serialized and parsed again. */
function levelOf(part: string, head: SearchHead = corpus, cut?: ShardSizes): LevelIndex & { files: ReturnType<typeof indexLevelDocuments>['files'] } {
  const { level, files } = JSON.parse(JSON.stringify(indexLevelDocuments(head, partDocs(part), cut))) as ReturnType<typeof indexLevelDocuments>;
  return {
    part,
    index: { ...level, termShardFiles: level.termShardFiles ?? files.termShardFiles, recordShardFiles: level.recordShardFiles ?? files.recordShardFiles },
    files,
  };
}

// Three levels, each engine fed exactly as a page feeds it: the public index plus the level's part.
const nothingYet = createSearchEngine(corpus);
const midSeason2 = createSearchEngine(corpus, levelOf('upto-s2e4'));
const everything = createSearchEngine(corpus, levelOf('everything'));

const search = (engine: SearchEngine, q: string) => engine.search(q, { limit: 1000 }).results;
const firstOf = (engine: SearchEngine, q: string, kind: SearchKind) => search(engine, q).find((r) => r.kind === kind);
const slice = (text: string, [start, end]: readonly [number, number]) => text.slice(start, end);
const fold = (s: string) => s.split(/\s+/).map((w) => normalizeTerm(w) ?? '').join(' ');

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

const character = (id: string) => data.characters.find((c) => c.id === id)!;
const person = (id: string) => data.people.find((p) => p.id === id)!;
const playedBy = (personId: string) => data.characters.filter((c) => c.actors.includes(personId));

describe('matching', () => {
  it('finds a character by the start of a name', () => {
    const isaac = data.characters.find((c) => c.name.toLowerCase().startsWith('isa'))!;
    expect(firstOf(nothingYet, 'isa', 'character')?.target).toBe(isaac.id);
  });

  it('forgives typos: "charly" and "nik nelsen"', () => {
    expect(firstOf(nothingYet, 'charly', 'character')?.title).toBe(character('charlie-spring').name);
    expect(firstOf(nothingYet, 'nik nelsen', 'character')?.title).toBe(character('nick-nelson').name);
    expect(search(nothingYet, 'nik nelsen')[0]?.title).toBe(character('nick-nelson').name);
  });

  it('folds accents: "stephane" finds Stéphane and highlights the accented word', () => {
    const stephane = data.characters.find((c) => fold(c.name).includes('stephane'))!;
    expect(stephane.name).not.toBe(fold(stephane.name)); // the data does spell it with an accent
    const hit = firstOf(nothingYet, 'stephane', 'character')!;
    expect(hit.target).toBe(stephane.id);
    expect(hit.titleHighlights.map((h) => slice(hit.title, h))).toEqual([stephane.name.split(' ')[0]]);
  });

  it('finds a character by the actor, and says who plays whom', () => {
    for (const [query, personId] of [['olivia colman', 'olivia-colman'], ['kit', 'kit-connor']] as const) {
      const actor = person(personId);
      const [role] = playedBy(personId);
      const hit = firstOf(nothingYet, query, 'character')!;
      expect(hit.target).toBe(role!.id);
      expect(hit.why).toBe(`${actor.name} plays ${role!.name}`);
      // The words typed are marked in that sentence too.
      expect(hit.whyHighlights?.map((h) => slice(hit.why!, h).toLowerCase())).toEqual(query.split(' '));
      // The person is listed too, leading to their own page.
      const cast = firstOf(nothingYet, query, 'person')!;
      expect([cast.title, cast.target, cast.why]).toEqual([actor.name, personId, `${actor.name} plays ${role!.name}`]);
      expect(resultHref(cast)).toBe(paths.cast(personId));
    }
  });

  it('finds every alias in the data, and says which one matched', () => {
    const withAliases = data.characters.filter((c) => c.aliases?.length);
    expect(withAliases.length).toBeGreaterThan(0);
    for (const c of withAliases) {
      for (const alias of c.aliases!) {
        expect(firstOf(nothingYet, alias, 'character')?.target, alias).toBe(c.id);
        // A word of the alias the name doesn't have: the result says where it came from.
        const word = alias.split(' ').find((w) => !fold(c.name).split(' ').includes(fold(w)))!;
        const hit = search(nothingYet, word).find((r) => r.target === c.id && r.kind === 'character')!;
        expect(hit.why, word).toBe(`Also known as ${alias}`);
      }
    }
  });

  it('finds every episode by its title; "heat" puts Season 2, episode 5 first', () => {
    for (const e of data.episodes) {
      const hit = firstOf(nothingYet, e.title, 'episode')!;
      expect(hit.target, e.title).toBe(e.id);
      expect(hit.title).toBe(`Season ${e.season}, episode ${e.number}: ${e.title}`);
      expect(hit.date).toBe(e.released);
    }
    const heat = data.episodes.find((e) => e.title === 'Heat')!;
    const [top] = search(nothingYet, 'heat');
    expect([top?.kind, top?.target]).toEqual(['episode', heat.id]);
    expect(top!.titleHighlights.map((h) => slice(top!.title, h))).toEqual(['Heat']);
  });

  it('finds an event by a word of its text, with its date: "wrap" finds the December 2022 wrap', () => {
    const wraps = data.events.filter((e) => !e.reveals && /\bwrap/i.test(`${e.title} ${e.summary}`));
    expect(wraps.map((e) => e.date.slice(0, 7))).toEqual(['2022-12']);
    const hit = firstOf(nothingYet, 'wrap', 'event')!;
    expect(hit.target).toBe(wraps[0]!.id);
    expect(hit.date).toBe(wraps[0]!.date);
    expect(hit.snippetHighlights.map((h) => slice(hit.snippet, h).toLowerCase().startsWith('wrap'))).toContain(true);
  });

  it('finds a relationship on the characters it joins, with the sentence that says so: "charlie sister" finds Tori', () => {
    // Charlie Spring, named by the query, may come first; his sister is next to him.
    const results = search(nothingYet, 'charlie sister');
    const tori = results.findIndex((r) => r.kind === 'character' && r.target === 'tori-spring');
    expect(tori).toBeGreaterThanOrEqual(0);
    expect(tori).toBeLessThan(2);
    const found = results[tori]!;
    // Her overview or her side of the relationship: either way a sentence that says she is his sister.
    expect(found.snippet).toMatch(/Charlie Spring’s sister/);
    expect(found.snippetHighlights.map((h) => slice(found.snippet, h)).slice(0, 2)).toEqual(['Charlie', 'sister']);
    expect(search(nothingYet, 'jane mother').find((r) => r.target === 'jane-spring')?.snippet).toMatch(/^Jane Spring is (Charlie|Tori) Spring’s mother\.$/);
  });

  it('finds crew by name and by role; they lead to their own page, and say what they do', () => {
    const crew = data.people.filter((p) => playedBy(p.id).length === 0);
    expect(crew.length).toBeGreaterThan(0);
    for (const p of crew) {
      const hit = firstOf(nothingYet, p.name, 'person')!;
      expect([hit.title, hit.target]).toEqual([p.name, p.id]);
      expect(resultHref(hit)).toBe(paths.cast(p.id));
      expect(hit.why).toMatch(/on the series$/);
    }
    const director = data.people.find((p) => p.roles.includes('director'))!;
    expect(search(nothingYet, 'director').map((r) => r.title)).toContain(director.name);
  });

  it('finds a quote by its words and by its speaker, with the outlet and date', () => {
    const quote = data.quotes.find((q) => !q.reveals)!;
    const speaker = person(quote.speaker);
    const words = quote.text.match(/\p{L}{6,}/gu)!.slice(0, 3).join(' ');
    const hit = search(nothingYet, words).find((r) => r.kind === 'quote' && quote.text.includes(r.snippet.replace(/^…|…$/g, '')))!;
    expect(hit.title).toBe(`${speaker.name}, ${quote.said}`);
    expect(hit.date).toBe(quote.date);
    expect(search(nothingYet, speaker.name).some((r) => r.kind === 'quote' && r.title.startsWith(speaker.name))).toBe(true);
  });

  it('labels every kind', () => {
    expect(Object.keys(SEARCH_KIND_LABELS).sort()).toEqual(['character', 'episode', 'event', 'person', 'quote']);
  });
});

describe('ranking', () => {
  it('puts a character named by the query above the events and quotes that mention them', () => {
    const results = search(everything, 'nick nelson');
    expect(results[0]?.target).toBe('nick-nelson');
    expect(results[0]?.kind).toBe('character');
    const firstOther = results.findIndex((r) => r.kind === 'event' || r.kind === 'quote');
    expect(firstOther).toBeGreaterThan(0);
  });

  it('puts a name or title match above a match in the body', () => {
    // "heat" is an episode's title, and a magazine in several characters' text.
    const results = search(nothingYet, 'heat');
    const bodyOnly = results.filter((r) => r.titleHighlights.length === 0);
    expect(bodyOnly.length).toBeGreaterThan(0);
    const lastTitled = results.findLastIndex((r) => r.titleHighlights.length > 0);
    expect(lastTitled).toBeLessThan(results.indexOf(bodyOnly[0]!));
    // "farouk": the character before the casting news that names him.
    const farouk = search(nothingYet, 'farouk');
    expect(farouk[0]?.target).toBe('mr-farouk');
    expect(farouk.findIndex((r) => r.kind === 'event')).toBeGreaterThan(0);
  });

  it('lists a page once, with its best-matching document', () => {
    // Nick has many relationship sentences, all naming him, and Season 1's finale many story points: one result each.
    const results = search(everything, 'nick');
    expect(results.filter((r) => r.kind === 'character' && r.target === 'nick-nelson')).toHaveLength(1);
    expect(new Set(results.map((r) => r.key)).size).toBe(results.length);
    // A story point's words bring its episode, with the point as the snippet.
    const point = data.story.find((p) => p.reveals === 's1e8' && p.title === 'Nick tells his mum')!;
    const words = point.text.match(/\p{L}{6,}/gu)!.slice(0, 3).join(' ');
    const hits = search(everything, words).filter((r) => r.kind === 'episode' && r.target === 's1e8');
    expect(hits).toHaveLength(1);
    expect(`${point.title}. ${point.text}`).toContain(hits[0]!.snippet.replace(/^…|…$/g, ''));
  });

  it('shows a character’s overview when only their name matched, not a line that merely names them', () => {
    const nick = character('nick-nelson');
    for (const engine of [nothingYet, everything]) {
      const hit = engine.search('nick').results.find((r) => r.kind === 'character' && r.target === 'nick-nelson')!;
      expect(`${nick.tagline} ${nick.summary.text}`.replace(/\s+/g, ' ')).toContain(hit.snippet.replace(/^…|…$/g, ''));
    }
  });

  it('counts by kind, filters by kind and limits what it works out', () => {
    const all = everything.search('season', { limit: 1000 });
    const few = everything.search('season', { limit: 3 });
    expect(few.results).toEqual(all.results.slice(0, 3));
    expect(few.total).toBe(all.total);
    expect(Object.values(all.counts).reduce((a, b) => a + b)).toBe(all.total);
    const episodes = everything.search('season', { kinds: ['episode'], limit: 1000 });
    expect(episodes.results.every((r) => r.kind === 'episode')).toBe(true);
    expect(episodes.total).toBe(all.counts.episode);
    expect(episodes.counts).toEqual(all.counts);
  });
});

describe('snippets and highlights', () => {
  const queries = ['isa', 'charly', 'nik nelsen', 'stephane', 'olivia colman', 'kit', 'heat', 'wrap', 'season 2', 'louvre', 'family', 'rugby'];
  const textOf = new Map(built.documents.map((d) => [d.id, d.text]));
  const texts = [...textOf.values()];

  it('keeps snippets short, plain excerpts of the text', () => {
    for (const q of queries) {
      for (const r of search(everything, q)) {
        expect(r.snippet.length, `${q}: ${r.snippet}`).toBeLessThanOrEqual(SNIPPET_LENGTH);
        const body = r.snippet.replace(/^…/, '').replace(/…$/, '');
        if (body) expect(texts.some((t) => t.replace(/\s+/g, ' ').includes(body)), `${q}: ${r.snippet}`).toBe(true);
      }
    }
  });

  it('highlights whole words that match a query word, by prefix, by typo or with accents folded', () => {
    // A highlighted word starts with a query word, or is two edits from one at most.
    const near = (word: string, q: string) => {
      const w = normalizeTerm(word)!;
      return q.split(' ').some((t) => w.startsWith(t) || editDistance(w, t) <= 2);
    };
    for (const q of queries) {
      for (const r of search(everything, q)) {
        for (const [text, highlights] of [[r.title, r.titleHighlights], [r.snippet, r.snippetHighlights]] as const) {
          for (const h of highlights) {
            const word = slice(text, h);
            expect(word, `${q} in ${text}`).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
            // At the edges of words: nothing of the word is left out of the highlight.
            expect(text.slice(h[0] - 1, h[0])).not.toMatch(/[\p{L}\p{N}]/u);
            expect(text.slice(h[1], h[1] + 1)).not.toMatch(/[\p{L}\p{N}]/u);
            expect(near(word, q)).toBe(true);
          }
        }
        // Every result shows why: a highlighted word, or a sentence saying why.
        expect(r.titleHighlights.length + r.snippetHighlights.length > 0 || Boolean(r.why), `${q}: ${r.title}`).toBe(true);
      }
    }
  });

  it('highlights exactly the words typed, when they are typed in full', () => {
    const r = firstOf(nothingYet, 'rugby', 'character')!;
    expect(r.snippetHighlights.map((h) => slice(r.snippet, h).toLowerCase())).toContain('rugby');
    const kit = firstOf(nothingYet, 'kit', 'character')!;
    expect(kit.snippetHighlights.map((h) => slice(kit.snippet, h))).toContain('Kit');
  });
});

describe('did you mean', () => {
  it('suggests the closest name', () => {
    expect(nothingYet.suggest('nik nelsn')).toBe(character('nick-nelson').name);
  });

  it('suggests a name for a query too far off to find anything', () => {
    const charlie = character('charlie-spring');
    const typo = 'chaarleey'; // three edits from "Charlie": beyond what search forgives, within what suggest does
    expect(nothingYet.search(typo).total).toBe(0);
    expect(nothingYet.suggest(typo)).toBe(charlie.name);
  });

  it('reads a mistyped address as the name meant: "nikc nelson" is Nick Nelson first', () => {
    const { results } = nothingYet.search('nikc nelson', { kinds: ['character'], names: true, limit: 3 });
    expect(results[0]?.target).toBe('nick-nelson');
  });

  it('suggests nothing for nonsense, or for the name itself', () => {
    expect(nothingYet.suggest('zzqqxx')).toBeNull();
    expect(nothingYet.suggest('Nick Nelson')).toBeNull();
  });
});

describe('spoilers', () => {
  const docs = built.documents;
  const gated = docs.filter((d) => d.reveals);

  it('the public index holds no gated document, nor any of its words', () => {
    expect(gated.length).toBeGreaterThan(0);
    const json = JSON.stringify(corpus);
    for (const d of gated) {
      expect(json.includes(d.id), d.id).toBe(false);
      // Gated text that no public document shares.
      if (!docs.some((p) => !p.reveals && p.text.includes(d.text))) expect(json.includes(d.text), d.text).toBe(false);
    }
  });

  it('gates people’s bios and quotes as well as relationships, episodes’ story and story events', () => {
    expect(new Set(gated.map((d) => d.kind))).toEqual(new Set(['character', 'episode', 'quote']));
    for (const p of data.story) expect(docs.find((d) => d.id.endsWith(`:${p.id}`))?.reveals).toBe(p.reveals);
    // Every kind that can carry a spoiler in the data carries `reveals` into its document.
    for (const q of data.quotes) expect(docs.find((d) => d.id === `quote:${q.id}`)?.reveals).toBe(q.reveals);
    for (const e of data.events) expect(docs.find((d) => d.id === `event:${e.id}`)?.reveals).toBe(e.reveals);
    const gatedBio = { ...data, people: data.people.map((p, i) => (i === 0 && p.bio ? { ...p, bio: { ...p.bio, reveals: 's2e5' } } : p)) };
    const split = buildSearchDocuments(gatedBio).documents.filter((d) => d.id.startsWith(`person:${data.people[0]!.id}`));
    expect(split.map((d) => [d.text === '', d.reveals])).toEqual([[true, undefined], [false, 's2e5']]);
  });

  it('a Season 2, episode 5 story point is found, on its episode, only once the level reaches it', () => {
    const point = data.story.find((p) => p.reveals === 's2e5' && p.title === 'Charlie faints at the Louvre')!;
    const earlier = data.story.find((p) => p.reveals === 's2e4')!;
    const saying = (engine: SearchEngine, p: typeof point) =>
      search(engine, p.text).some((r) => r.kind === 'episode' && r.target === p.reveals && `${p.title}. ${p.text}`.includes(r.snippet.replace(/^…|…$/g, '')));
    expect([saying(nothingYet, point), saying(midSeason2, point), saying(everything, point)]).toEqual([false, false, true]);
    expect([saying(nothingYet, earlier), saying(midSeason2, earlier), saying(everything, earlier)]).toEqual([false, true, true]);
    expect(saying(createSearchEngine(corpus, levelOf('upto-s2e5')), point)).toBe(true);
  });

  it('a relationship stage is found only once the level reaches its episode', () => {
    const stage = data.relationships.flatMap((r) => r.stages.map((st) => ({ r, st }))).find(({ st }) => st.reveals === 's2e6')!;
    const from = character(stage.r.from);
    const to = character(stage.r.to);
    const sentence = `${from.name} is ${to.name}’s ${stage.st.fromRole ?? stage.st.type}.`;
    const says = (engine: SearchEngine) => search(engine, `${to.name} ${stage.st.fromRole ?? stage.st.type}`).some((r) => r.snippet === sentence);
    expect([says(nothingYet), says(midSeason2), says(everything)]).toEqual([false, false, true]);
  });

  it('a hidden fact is neither matched, shown, nor counted: results are those of the visible documents alone', () => {
    const levels: [SearchEngine, SpoilerSettings][] = [
      [nothingYet, { showAll: false, watched: 'none' }],
      [midSeason2, { showAll: false, watched: 's2e4' }],
      [everything, { showAll: true, watched: 'none' }],
    ];
    // Words from every gated document, most of them spoilers at some level.
    const queries = [...new Set(gated.flatMap((d) => d.text.match(/\p{L}{6,}/gu) ?? []))].slice(0, 40);
    expect(queries.length).toBeGreaterThan(20);
    for (const [engine, settings] of levels) {
      // Built independently of the split: only what the level may see, indexed from scratch.
      const visible = docs.filter((d) => isRevealed(d.reveals, settings, seasons));
      const reference = createSearchEngine(indexSearchDocuments({ documents: visible }));
      // Which of a page's visible documents stands for it can differ where their scores are close (the index
      // statistics are built up in another order), so a snippet is checked for coming from a visible text.
      const view = (r: SearchResult) => [r.key, r.title, r.why];
      const shownFrom = (r: SearchResult) => r.snippet === '' || visible.some((d) => d.text.includes(r.snippet.replace(/^…|…$/g, '')));
      for (const q of queries) {
        const got = engine.search(q, { limit: 1000 });
        const want = reference.search(q, { limit: 1000 });
        expect(got.total, `${q} at ${settings.watched}`).toBe(want.total);
        expect(got.counts).toEqual(want.counts);
        expect(got.results.map(view).sort()).toEqual(want.results.map(view).sort());
        for (const r of got.results) expect(shownFrom(r), `${q}: “${r.snippet}”`).toBe(true);
        expect(engine.suggest(q)).toBe(reference.suggest(q));
      }
    }
  });
});

describe('shards', () => {
  // Cut small, today's index has the many shards a large one has: an engine given only the heads (the public
  // one and the level's) fetches them as queries name them.
  const small = { terms: 1_000, records: 1_000, whole: 0 };
  const { termShardFiles, recordShardFiles, ...head } = indexSearchDocuments(publicPart, small);
  const { level, files } = indexLevelDocuments(head, partDocs('upto-s2e4'), small);
  const fetch = (need: SearchShard) => {
    const from = need.part === undefined ? { termShardFiles, recordShardFiles } : files;
    return (need.of === 'terms' ? from.termShardFiles[need.shard] : from.recordShardFiles[need.shard])!;
  };

  it('answers from the shards a query names, as the whole index does, fetching a few of them', () => {
    expect(termShardFiles.length).toBeGreaterThan(10);
    expect(recordShardFiles.length).toBeGreaterThan(10);
    expect(files.termShardFiles.length).toBeGreaterThan(1);
    expect(files.recordShardFiles.length).toBeGreaterThan(1);
    const engine = createSearchEngine(head, { part: 'upto-s2e4', index: level });
    // A story point the level may see: found in the level's shards.
    const story = data.story.find((p) => p.reveals === 's2e4')!.title;
    const all: SearchShard[] = [];
    for (const q of ['nick', 'charly spirng', 'charlie sister', 'heat', 'stephane', 'zzzqqq', 'n', story]) {
      const fetched: SearchShard[] = [];
      let answer = engine.run(q, { limit: 7, suggest: true });
      while ('needs' in answer) {
        expect(answer.needs.length, q).toBeGreaterThan(0);
        // What the loader's prefetch asks: the same shards, without working out an answer.
        expect(engine.needs(q, { limit: 7, suggest: true })).toEqual(answer.needs);
        for (const need of answer.needs) engine.add(need, fetch(need));
        fetched.push(...answer.needs);
        answer = engine.run(q, { limit: 7, suggest: true });
      }
      expect(engine.needs(q, { limit: 7, suggest: true }), q).toEqual([]);
      const whole = midSeason2.search(q, { limit: 7 });
      expect(answer.results, q).toEqual(whole.results);
      expect([answer.total, answer.counts]).toEqual([whole.total, whole.counts]);
      expect(answer.suggestion).toBe(whole.total === 0 ? midSeason2.suggest(q) : null);
      expect(fetched.length, q).toBeLessThan(termShardFiles.length + recordShardFiles.length);
      all.push(...fetched);
    }
    expect(new Set(all.filter((n) => n.part === 'upto-s2e4').map((n) => n.of))).toEqual(new Set(['terms', 'records']));
  });

  it('a term shard carries the field lengths MiniSearch counts, for exactly the documents its postings name in each field', () => {
    /** The numbers of the documents a shard's postings name in each field, in order. */
    const namedIn = ({ postings }: TermShard) =>
      [0, 1, 2].map((field) => {
        const docs = new Set<number>();
        for (const fields of postings) (fields[field] ?? []).reduce((n, delta, p) => (p % 2 === 0 ? (docs.add(n + delta), n + delta) : n), 0);
        return [...docs].sort((a, b) => a - b);
      });
    const cases: [documents: readonly SearchDocument[], shards: TermShard[]][] = [
      [publicPart.documents, termShardFiles],
      [partDocs('upto-s2e4'), files.termShardFiles],
    ];
    for (const [documents, shards] of cases) {
      // The same documents indexed whole, in the order of their ids, as the build numbers them.
      const whole = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
      whole.addAll([...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
      const { fieldLength } = whole.toJSON();
      for (const shard of shards) {
        const named = namedIn(shard);
        expect(named.some((docs) => docs.length > 0)).toBe(true);
        expect(shard.fieldLength).toEqual(named.map((docs, field) => docs.map((n) => fieldLength[n]?.[field])));
      }
    }
  });

  it('a level’s part, head and shards, holds the documents that level may see, and no other', () => {
    for (const { part, settings } of levelSpecs(data.episodes)) {
      const { index } = levelOf(part, head, small);
      const ids = (index.recordShardFiles ?? []).flat().map((r) => r.id);
      const allowed = built.documents.filter((d) => d.reveals && isRevealed(d.reveals, settings, seasons)).map((d) => d.id);
      expect(ids.sort(), part).toEqual(allowed.sort());
      expect(index.documentCount).toBe(allowed.length);
    }
  });
});

describe('hostile input', () => {
  const hostile = [
    '',
    '   ',
    '%',
    '%%25%',
    '(*&^%$#@!)',
    '.*+?^${}()|[]\\/',
    '"\'<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '💖🏳️‍🌈👨‍👩‍👧',
    'nick 💖',
    '\u0000\u200b\ufeff',
    'a'.repeat(5000),
    'nick '.repeat(1000),
    'charly '.repeat(1000),
    Array.from({ length: 5000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(''),
    Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' '),
  ];

  // How quickly it answers is measured by `npm run bench` (timings never gate a test).
  it('never throws, whatever the input', () => {
    for (const q of hostile) {
      const found = everything.search(q);
      expect(Array.isArray(found.results), JSON.stringify(q.slice(0, 20))).toBe(true);
      expect(() => everything.suggest(q), JSON.stringify(q.slice(0, 20))).not.toThrow();
    }
  });

  it('searches markup, symbols and emoji as plain text', () => {
    expect(search(nothingYet, '<b>nick</b>')[0]?.target).toBe('nick-nelson');
    expect(search(nothingYet, 'nick 💖')[0]?.target).toBe('nick-nelson');
    expect(nothingYet.search('💖').total).toBe(0);
    expect(nothingYet.search('%').total).toBe(0);
    expect(search(nothingYet, `${'x'.repeat(MAX_QUERY_LENGTH + 10)} nick`)).toEqual([]);
  });
});

describe('size', () => {
  it('keeps the public index small', () => {
    const gzip = gzipSync(JSON.stringify(indexSearchDocuments(publicPart))).length;
    console.info(`search.json: ${(gzip / 1024).toFixed(1)} KB gzip`);
    expect(gzip).toBeLessThan(24 * 1024);
  });
});
