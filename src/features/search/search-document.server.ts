/**
 * Build time: every searchable thing, and the public ones indexed. `src/app/site-documents.server.ts` decides
 * the data files with them; the browser gets the index, and the engine that reads it is in search-index.ts.
 */
import MiniSearch from 'minisearch';
import { groupedBy } from '@/lib/dataset-lookups.server.ts';
import { episodeFacts } from '@/lib/episode-facts.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import type { Dataset } from '@/lib/schema.server.ts';
import { capitalised, listOf, ROLE_WORDS } from '@/lib/words.ts';
import {
  INDEX_OPTIONS,
  KIND_LETTERS,
  pageKey,
  type IndexHead,
  type PlacedDocument,
  type SearchAlias,
  type SearchCorpus,
  type SearchDocument,
  type SearchDocuments,
  type SearchHead,
  type SearchLevel,
  type SearchRecord,
  type SearchShards,
  type TermShard,
} from './search-index.ts';

/** How the index is cut, in bytes of JSON. */
export type ShardSizes = {
  /** About how much a term shard holds: a query fetches the few its words can match. */
  terms: number;
  /** About how much a record shard holds: a query fetches one for each result it shows, at most. */
  records: number;
  /**
   * Up to this, postings or records are one shard: fetched whole with the head when the viewer heads for the
   * field (prefetch-search-corpus.ts), so a small wiki's first query needs no request.
   */
  whole: number;
};

const SHARD_SIZES: ShardSizes = { terms: 16_000, records: 2_000, whole: 64_000 };

const byId = (a: SearchDocument, b: SearchDocument) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const total = (sizes: readonly number[]) => sizes.reduce((a, b) => a + b, 0);

/**
 * Each number as the difference from the one before: how a head keeps numbers that mostly grow (pages, where
 * shards start, places among the public documents), as they compress better so.
 */
const differences = (numbers: readonly number[]) => numbers.map((n, i) => n - (numbers[i - 1] ?? 0));

/** Where each shard starts, cutting `sizes` (in order) into runs of about `target` in total, or one if `whole`. */
function shardStarts(sizes: readonly number[], target: number, whole: boolean): number[] {
  const starts = [0];
  if (whole) return starts;
  let size = 0;
  sizes.forEach((s, i) => {
    if (size > 0 && size + s > target) {
      starts.push(i);
      size = 0;
    }
    size += s;
  });
  return starts;
}

/** Numbers pages in the order of their first public document, sorted by id: the head's page numbers. */
function pageNumbers(sorted: readonly SearchDocument[]): Map<string, number> {
  const pages = new Map<string, number>();
  for (const doc of sorted) if (!pages.has(pageKey(doc.id))) pages.set(pageKey(doc.id), pages.size);
  return pages;
}

/** Postings of a term in its three fields, each as pairs of (document number minus the previous one, frequency). */
type TermPostings = TermShard['postings'][number];

/**
 * A term shard: the postings of a run of words, and for each field the lengths of the documents they name in
 * it, in the order of their numbers (`TermShard`).
 */
function termShard(postings: TermPostings[], fieldLength: Readonly<Record<number, readonly number[]>>): TermShard {
  const named = [0, 1, 2].map((field) => {
    const docs = new Set<number>();
    for (const fields of postings) {
      const pairs = fields[field] ?? [];
      for (let p = 0, n = 0; p < pairs.length; p += 2) docs.add((n += pairs[p] ?? 0));
    }
    return [...docs].sort((a, b) => a - b);
  });
  return { postings, fieldLength: named.map((docs, field) => docs.map((n) => fieldLength[n]?.[field] ?? 0)) };
}

/**
 * Indexes documents sorted by id and cuts the result: their kinds and words, the postings (with the field
 * lengths of the documents they name) by ranges of words and the records by ranges of documents. `json` is
 * MiniSearch's whole index, for statistics.
 */
function cutIndex(sorted: readonly SearchDocument[], pages: readonly number[], cut: ShardSizes, together = false) {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  // MiniSearch numbers documents as they are added: in id order, the same numbers as ours.
  index.addAll(sorted);
  const json = index.toJSON();

  const terms = json.index.map(([term]) => term).sort();
  const postingsOf = new Map(json.index);
  const postings: TermPostings[] = terms.map((term) =>
    [0, 1, 2].map((field) => {
      const docs = Object.entries(postingsOf.get(term)?.[field] ?? {}).map(([n, tf]) => [Number(n), tf] as const).sort((a, b) => a[0] - b[0]);
      return docs.flatMap(([n, tf], i) => [n - (docs[i - 1]?.[0] ?? 0), tf]);
    }),
  );
  const records: SearchRecord[] = sorted.map(({ id, title, target, name, text, aliases, why, date }) => ({
    id,
    title,
    ...(target !== null ? { target } : {}),
    ...(name && name !== title ? { name } : {}),
    ...(text ? { text } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(why ? { why } : {}),
    ...(date ? { date } : {}),
  }));
  const termSizes = postings.map((p) => JSON.stringify(p).length);
  const recordSizes = records.map((r) => JSON.stringify(r).length);
  // With `together`, postings and records are each one shard when both together are at most twice `whole`;
  // otherwise each is one when it alone is at most `whole`.
  const whole = (sizes: readonly number[]) =>
    together ? total(termSizes) + total(recordSizes) <= 2 * cut.whole : total(sizes) <= cut.whole;
  const termShards = shardStarts(termSizes, cut.terms, whole(termSizes));
  const recordShards = shardStarts(recordSizes, cut.records, whole(recordSizes));
  const slices = <T,>(items: readonly T[], starts: readonly number[]) => starts.map((start, i) => items.slice(start, starts[i + 1]));
  const head: IndexHead = {
    documentCount: sorted.length,
    kinds: sorted.map((d) => KIND_LETTERS[d.kind]).join(''),
    pages: differences(pages),
    terms,
    termShards: differences(termShards),
    recordShards: differences(recordShards),
  };
  return {
    json,
    head,
    termShardFiles: slices(postings, termShards).map((shard) => termShard(shard, json.fieldLength)),
    recordShardFiles: slices(records, recordShards),
  };
}

/**
 * Build time, after the gated documents were split off: indexes the public ones, and cuts the index into a
 * head (`search.json`), the postings by ranges of words, and the records by ranges of documents.
 */
export function indexSearchDocuments(
  { documents, moreLater }: SearchDocuments & GatedDocument,
  cut: ShardSizes = SHARD_SIZES,
): SearchCorpus & Required<SearchShards> {
  const sorted = [...documents].sort(byId);
  const pages = pageNumbers(sorted);
  // The engine takes a page's first document for its main one (the page's own summary; see `shownFor`).
  const seen = new Set<string>();
  for (const { id } of sorted) {
    if (!seen.has(pageKey(id)) && id !== pageKey(id)) throw new Error(`indexSearchDocuments: ${pageKey(id)} has no public document of its own before ${id}`);
    seen.add(pageKey(id));
  }
  const { json, head, termShardFiles, recordShardFiles } = cutIndex(sorted, sorted.map((d) => pages.get(pageKey(d.id)) ?? 0), cut);
  return { ...head, averageFieldLength: json.averageFieldLength, ...(moreLater ? { moreLater } : {}), termShardFiles, recordShardFiles };
}

/**
 * Build time: a spoiler level's part of the index, from the gated documents the level may see (its level part
 * from `splitGated`), indexed and cut like the public ones (decision 0034). Its pages are the public pages'
 * numbers, and new ones after them for a page only gated documents make. Postings and records that together
 * come to at most twice `whole` travel in the part itself (`termShardFiles`, `recordShardFiles`): one request,
 * as a level's part always was (today's wiki). Otherwise they are shards, files of their own (`files`).
 */
export function indexLevelDocuments(
  head: SearchHead,
  documents: readonly PlacedDocument[],
  cut: ShardSizes = SHARD_SIZES,
): { level: SearchLevel; files: Required<SearchShards> } {
  const sorted = [...documents].sort(byId);
  let pageCount = head.pages.reduce((a, b) => a + b, 0) + (head.documentCount > 0 ? 1 : 0);
  const newPages = new Map<string, number>();
  const pages = sorted.map(({ id, page }) => {
    if (page !== undefined) return page;
    const key = pageKey(id);
    if (!newPages.has(key)) {
      // As on a public page, its first document must be its own (`shownFor`).
      if (id !== key) throw new Error(`indexLevelDocuments: ${key} has no document of its own before ${id}`);
      newPages.set(key, pageCount++);
    }
    return newPages.get(key) ?? 0;
  });
  const { json, head: levelHead, termShardFiles, recordShardFiles } = cutIndex(sorted, pages, cut, true);
  // The averages as MiniSearch keeps them when these documents are added one by one after the public ones:
  // a field a document lacks leaves the average as it is.
  const averageFieldLength = [...head.averageFieldLength];
  sorted.forEach((_, i) => {
    const before = head.documentCount + i;
    (json.fieldLength[i] ?? []).forEach((length, field) => {
      if (length === null || length === undefined) return;
      averageFieldLength[field] = ((averageFieldLength[field] ?? 0) * before + length) / (before + 1);
    });
  });
  const inline = <T,>(shards: T[]) => (shards.length === 1 ? { inline: shards, files: [] } : { inline: undefined, files: shards });
  const terms = inline(termShardFiles);
  const records = inline(recordShardFiles);
  return {
    level: {
      ...levelHead,
      after: differences(sorted.map(({ after }) => after ?? 0)),
      averageFieldLength,
      ...(terms.inline ? { termShardFiles: terms.inline } : {}),
      ...(records.inline ? { recordShardFiles: records.inline } : {}),
    },
    files: { termShardFiles: terms.files, recordShardFiles: records.files },
  };
}

/**
 * Build time: in id order, each gated document told where it goes among the public ones (`PlacedDocument`),
 * so a level's documents rank and group with the public ones as if they had been indexed together.
 */
function placed(documents: SearchDocument[]): PlacedDocument[] {
  const sorted = [...documents].sort(byId);
  const pages = pageNumbers(sorted.filter((d) => !d.reveals));
  let after = 0;
  return sorted.map((doc) => {
    if (!doc.reveals) {
      after += 1;
      return doc;
    }
    const page = pages.get(pageKey(doc.id));
    return { ...doc, after, ...(page !== undefined ? { page } : {}) };
  });
}

/** Build time: every searchable thing, each with the episode that reveals it. */
export function buildSearchDocuments(data: Dataset): SearchDocuments {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const characters = new Map(data.characters.map((c) => [c.id, c]));
  const documents: SearchDocument[] = [];

  for (const c of data.characters) {
    const aliases: SearchAlias[] = [
      ...(c.aliases ?? []).map((a): SearchAlias => [a, `Also known as ${a}`]),
      ...c.actors.flatMap((id): SearchAlias[] => {
        const actor = people.get(id);
        return actor ? [[actor.name, `${actor.name} plays ${c.name}`]] : [];
      }),
    ];
    const base = { kind: 'character', target: c.id, title: c.name, name: c.name, aliases } as const;
    documents.push({ ...base, id: `character:${c.id}`, text: `${c.tagline} ${c.summary.text}` });
    c.details.forEach((d, i) => {
      documents.push({ ...base, id: `character:${c.id}:${i}`, text: d.text, reveals: d.reveals });
    });
  }

  // Relationships are found on the characters' own documents, one per side and stage, each at its stage's
  // episode: "charlie sister" finds Tori Spring, with the sentence that says so.
  for (const r of data.relationships) {
    const from = characters.get(r.from);
    const to = characters.get(r.to);
    if (!from || !to) continue;
    r.stages.forEach((stage, i) => {
      for (const [self, other, role] of [
        [from, to, stage.fromRole ?? stage.type],
        [to, from, stage.toRole ?? stage.type],
      ] as const) {
        documents.push({
          id: `character:${self.id}:${r.id}:${i}`,
          kind: 'character',
          target: self.id,
          title: self.name,
          name: self.name,
          aliases: [],
          text: `${self.name} is ${other.name}’s ${role}.`,
          reveals: stage.reveals,
        });
      }
    });
  }

  for (const p of data.people) {
    const played = data.characters.filter((c) => c.actors.includes(p.id));
    const crewRoles = p.roles.filter((r) => r !== 'actor').map((r) => ROLE_WORDS[r]);
    const why =
      played.length > 0
        ? `${p.name} plays ${listOf(played.map((c) => c.name))}`
        : `${capitalised(listOf(crewRoles))} on the series`;
    const aliases: SearchAlias[] = [
      ...played.map((c): SearchAlias => [c.name, `${p.name} plays ${c.name}`]),
      ...crewRoles.map((r): SearchAlias => [r, why]),
    ];
    // A person leads to their own cast page, actors and crew alike.
    const base = { kind: 'person', target: p.id, title: p.name, name: p.name, aliases, why } as const;
    if (p.bio?.reveals) {
      // The person is public; only the bio waits for its episode.
      documents.push({ ...base, id: `person:${p.id}`, text: '' });
      documents.push({ ...base, id: `person:${p.id}:bio`, text: p.bio.text, reveals: p.bio.reveals });
    } else {
      documents.push({ ...base, id: `person:${p.id}`, text: p.bio?.text ?? '' });
    }
  }

  // An episode is found by its title and number at every level, and by its logline and story at the levels
  // that may see them (src/lib/episode-facts.ts), each leading to the episode's page.
  const storyOf = groupedBy(data.story, (p) => [p.reveals]);
  for (const e of data.episodes) {
    const base = {
      kind: 'episode',
      target: e.id,
      title: `Season ${e.season}, episode ${e.number}: ${e.title}`,
      name: e.title,
      aliases: [[`Season ${e.season} episode ${e.number} ${e.id}`, `Season ${e.season}, episode ${e.number}`]],
      date: e.released,
    } satisfies Partial<SearchDocument>;
    documents.push({ ...base, id: `episode:${e.id}`, text: '' });
    const { logline } = episodeFacts(e, data.episodes);
    if (logline) documents.push({ ...base, id: `episode:${e.id}:logline`, text: logline.text, reveals: logline.reveals });
    for (const p of storyOf(e.id)) documents.push({ ...base, id: `episode:${e.id}:${p.id}`, text: `${p.title}. ${p.text}`, reveals: p.reveals });
  }

  for (const e of data.events) {
    documents.push({ id: `event:${e.id}`, kind: 'event', target: e.id, title: e.title, name: e.title, text: e.summary, aliases: [], date: e.date, reveals: e.reveals });
  }

  for (const q of data.quotes) {
    const speaker = people.get(q.speaker)?.name ?? q.speaker;
    // A quote is shown on the pages of the characters it is about.
    const about = q.about.find((id) => characters.has(id)) ?? null;
    documents.push({
      id: `quote:${q.id}`,
      kind: 'quote',
      target: about,
      title: `${speaker}, ${q.said}`,
      // Quotes are found by their words and their speaker, never by a name alone outranking a character.
      name: '',
      text: q.text,
      // The title says both: a match on either needs no explaining.
      aliases: [[speaker, ''], [q.said, '']],
      date: q.date,
      reveals: q.reveals,
    });
  }
  return { documents: placed(documents) };
}
